import "server-only";

/**
 * An error the local service answers with, in AWS JSON 1.1's format:
 * HTTP status plus `{"__type": code, "message": message}`.
 */
export class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly statusCode = 400,
  ) {
    super(message);
    this.name = code;
  }
}

export const serializationError = (message: string) =>
  new ServiceError("SerializationException", message);

export const validationError = (message: string) =>
  new ServiceError("ValidationException", message);
