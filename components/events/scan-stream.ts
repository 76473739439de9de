import type { ScanMessage } from "@/lib/events/event-scan";
import { readNdjson } from "@/lib/http/read-ndjson";

import { getStream, networkError } from "./api-error";

type EndMessage = Extract<ScanMessage, { type: "end" }>;

/** User cancels, by query hash: react-query's own cancel would roll the results back. */
const userCancels = new Map<string, AbortController>();

/** Stops the run streaming into a query, keeping what it has sent. */
export function cancelScanStream(queryHash: string): void {
  userCancels.get(queryHash)?.abort();
}

/**
 * Streams a scan route's NDJSON messages into a query, batch by batch. A run cancelled by
 * the user ends with an "end: cancelled" message (its results stay); one whose connection
 * drops ends with "end: interrupted" and then fails, so the page offers Retry.
 */
export async function* streamScanRoute<M extends { type: string }>(
  url: string,
  queryHash: string,
  signal: AbortSignal,
): AsyncGenerator<(M | EndMessage)[]> {
  const cancel = new AbortController();
  userCancels.set(queryHash, cancel);
  const both = AbortSignal.any([signal, cancel.signal]);
  let ended = false;
  try {
    const body = await getStream(url, both);
    for await (const batch of readNdjson<M>(body)) {
      if (batch.some((message) => message.type === "end")) ended = true;
      yield batch;
    }
    if (!ended) {
      yield [{ type: "end", reason: "interrupted", endedAt: Date.now() }];
      throw networkError();
    }
  } catch (error) {
    if (cancel.signal.aborted && !signal.aborted) {
      yield [{ type: "end", reason: "cancelled", endedAt: Date.now() }];
      return;
    }
    throw error;
  } finally {
    if (userCancels.get(queryHash) === cancel) userCancels.delete(queryHash);
  }
}
