/** What the file picker offers: CloudTrail's .json.gz, saved .json, one record per line, any of them compressed. */
export const LOG_FILE_ACCEPT = ".json,.jsonl,.ndjson,.gz";

const LOG_FILE = /\.(?:json|jsonl|ndjson)(?:\.gz)?$|\.gz$/i;

export const NOT_A_LOG_FILE = "not a log file (.json, .jsonl, .ndjson or .gz)";

/** Whether a file's name says it may hold CloudTrail records (the content decides the format). */
export function isLogFileName(name: string): boolean {
  return LOG_FILE.test(name);
}
