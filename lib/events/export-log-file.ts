import { eventsToCloudTrailJson } from "./export-json";
import type { TrailEvent } from "./trail-event";

/** The media type of a gzip file, as S3 serves CloudTrail's log files. */
export const LOG_FILE_TYPE = "application/gzip";

/**
 * The events as a CloudTrail log file: `{"Records":[...]}` (see export-json.ts), gzipped
 * as CloudTrail delivers its files to S3, so the file imports back, here or into any tool
 * that reads CloudTrail's logs, as the same records. Compressed by the platform's own
 * CompressionStream (every current browser, and Node), so the client bundle carries no
 * compression library.
 */
export async function eventsToLogFile(events: readonly TrailEvent[]): Promise<Blob> {
  const gzip = new Blob([eventsToCloudTrailJson(events)])
    .stream()
    .pipeThrough(new CompressionStream("gzip"));
  return new Response(gzip, { headers: { "Content-Type": LOG_FILE_TYPE } }).blob();
}
