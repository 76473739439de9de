/**
 * What every server action answers: its data, or a message a person can act on, with the
 * form fields the problem concerns when there are any. Safe for the client bundle.
 */
export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string> };
