import type { Failure } from "@/lib/events/failure";

/** A refusal or failure as every JSON route of the dashboard answers it: `{ error: Failure }`, never cached. */
export function failureResponse(status: number, code: string, message: string): Response {
  const error: Failure = { code, message, retryable: false };
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}
