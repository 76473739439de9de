/**
 * "trailscope-events-2026-11-24T1530Z.csv": when the export was made, in UTC, without the
 * colons that some file systems refuse.
 */
export function exportFileName(extension: "csv" | "json", now: Date = new Date()): string {
  const stamp = now.toISOString().slice(0, 16).replace(":", "");
  return `trailscope-events-${stamp}Z.${extension}`;
}
