/** The longest upload name taken: S3 keys of CloudTrail's layout stay well under it. */
export const MAX_UPLOAD_NAME = 1024;

// Control, format (bidi overrides, zero-width), private-use and unassigned characters: a
// name is shown back on the page and in the audit log, where these would hide or reorder it.
const UNSAFE_CHARACTER = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u;

/**
 * The name an uploaded file is imported under. It labels the file in the summary and the
 * audit log, and CloudTrail's AWSLogs/<account>/CloudTrail/<region>/ layout in it supplies
 * a record's missing account or region; it never names a file on the server.
 */
export function parseUploadName(
  value: string | null,
): { ok: true; name: string } | { ok: false; error: string } {
  if (!value) return { ok: false, error: "Say the file's name: ?name=<file name>." };
  if (value.length > MAX_UPLOAD_NAME)
    return { ok: false, error: `A file name is at most ${MAX_UPLOAD_NAME} characters.` };
  if (UNSAFE_CHARACTER.test(value))
    return {
      ok: false,
      error: "The file name holds control or invisible characters; rename the file and try again.",
    };
  return { ok: true, name: value };
}
