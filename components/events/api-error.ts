import { z } from "zod";

import type { Failure } from "@/lib/events/failure";

export type ApiFailure = Failure;

/**
 * What the client's fetches throw. The server's prefetches reject with a plain ApiFailure
 * instead, because React redacts Error objects that cross from server to client in
 * production; both have the same fields, so components read either alike.
 */
class ApiError extends Error implements ApiFailure {
  readonly code: string;
  readonly retryable: boolean;

  constructor(failure: ApiFailure) {
    super(failure.message);
    this.name = "ApiError";
    this.code = failure.code;
    this.retryable = failure.retryable;
  }
}

const failureBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), retryable: z.boolean() }),
});

export function isRetryable(error: unknown): boolean {
  return error instanceof ApiError && error.retryable;
}

/**
 * GETs one of the dashboard's own JSON routes. Its answers are typed by the route that
 * sends them; failures become ApiErrors with the route's message, or one of our own when
 * the server could not be reached or did not answer in JSON.
 */
export async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await send(url, signal, "application/json");
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok && body !== undefined) return body as T;
  throw failureOf(response, body);
}

/** GETs a streaming route; the caller reads the body. Failures as for getJson. */
export async function getStream(
  url: string,
  signal: AbortSignal,
): Promise<ReadableStream<Uint8Array>> {
  const response = await send(url, signal, "application/x-ndjson");
  if (response.ok && response.body) return response.body;
  throw failureOf(response, await response.json().catch(() => undefined));
}

async function send(url: string, signal: AbortSignal, accept: string): Promise<Response> {
  try {
    return await fetch(url, { signal, headers: { accept } });
  } catch (error) {
    // A cancelled request is the caller's own doing; it must stay an AbortError.
    if (signal.aborted) throw error;
    throw networkError();
  }
}

export function networkError(): ApiError {
  return new ApiError({
    code: "NetworkError",
    message: "The dashboard's server could not be reached. Check your connection and retry.",
    retryable: true,
  });
}

function failureOf(response: Response, body: unknown): ApiError {
  const failure = failureBody.safeParse(body);
  return new ApiError(
    failure.success
      ? failure.data.error
      : {
          code: `HTTP${response.status}`,
          message: `The dashboard's server answered ${response.status} ${response.statusText}.`,
          retryable: response.status >= 500,
        },
  );
}
