import type { z } from "zod";

import type { ActionResult } from "./action-result";

/**
 * An action's input that failed its schema, as a result: each problem at the top-level field
 * it concerns (the forms show it there) and all of them in the message, for a caller that
 * has no such field to show it at.
 */
export function invalidInput(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    fieldErrors[String(issue.path[0] ?? "input")] ??= issue.message;
  }
  return {
    ok: false,
    error: `Nothing was saved: ${Object.values(fieldErrors).join(" ")}`,
    fieldErrors,
  };
}
