import type { Failure } from "@/lib/events/failure";

import type { ImportProgress, ImportSummary } from "./import-report";

/**
 * What the import route streams back while it loads an uploaded file, one NDJSON line
 * each: progress as it goes, then the summary, or why the file could not be imported.
 */
export type ImportMessage =
  | { type: "progress"; progress: ImportProgress }
  | { type: "summary"; summary: ImportSummary }
  | { type: "failed"; error: Failure };
