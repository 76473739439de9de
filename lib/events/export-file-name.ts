/** The kinds of export file, by the extension that names them. */
export type ExportExtension = "csv" | "json" | "json.gz";

/**
 * "trailscope-events-2026-11-24T1530Z.csv": when the export was made, in UTC, without the
 * colons that some file systems refuse. A log file ends in ".json.gz", as CloudTrail's do,
 * so tools that pick CloudTrail's files by their extension pick it too.
 */
export function exportFileName(extension: ExportExtension, now: Date = new Date()): string {
  const stamp = now.toISOString().slice(0, 16).replace(":", "");
  return `trailscope-events-${stamp}Z.${extension}`;
}
