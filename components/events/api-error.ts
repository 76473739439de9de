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
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: "application/json" } });
  } catch (error) {
    // A cancelled request is react-query's own doing; it must stay an AbortError.
    if (signal.aborted) throw error;
    throw new ApiError({
      code: "NetworkError",
      message: "The dashboard's server could not be reached. Check your connection and retry.",
      retryable: true,
    });
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok && body !== undefined) return body as T;
  const failure = failureBody.safeParse(body);
  throw new ApiError(
    failure.success
      ? failure.data.error
      : {
          code: `HTTP${response.status}`,
          message: `The dashboard's server answered ${response.status} ${response.statusText}.`,
          retryable: response.status >= 500,
        },
  );
}
