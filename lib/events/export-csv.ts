import { columnLabel } from "@/lib/view/columns";

import { readColumn } from "./read-column";
import type { TrailEvent } from "./trail-event";

// A spreadsheet reads a cell that starts with one of these as a formula (or, for tab, CR
// and NUL, may strip them and then do so): OWASP's list, and ASVS 1.2.10's NUL. A record's
// fields are attacker-controlled — a user agent or a bucket name can be "=HYPERLINK(...)" —
// so such cells get a leading quote.
const FORMULA_START = /^[=+\-@\t\r\0]/;

/** One CSV field: defused against formulas, then quoted as RFC 4180 requires. */
export function csvField(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The events as CSV (RFC 4180, CRLF line ends): a header row of column labels, then one
 * row per event with each column's text as the table shows it (times in ISO 8601 UTC).
 */
export function eventsToCsv(events: readonly TrailEvent[], columns: readonly string[]): string {
  const lines = [columns.map((id) => csvField(columnLabel(id))).join(",")];
  for (const event of events) {
    lines.push(columns.map((id) => csvField(readColumn(event, id))).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}
