import "server-only";

import { matchesFilter, planLookup, type EventFilter } from "@/lib/events/conditions";
import { SCAN_MATCH_LIMIT, type ScanCursor, type ScanMessage } from "@/lib/events/event-scan";

import { describeCloudTrailError } from "./errors";
import { lookupEventsPage } from "./lookup-events";

export interface ScanRequest {
  regions: string[];
  filter: EventFilter;
  startTime: number;
  endTime: number;
  /** Continue where an earlier run paused: only the regions it names, from their tokens. */
  cursor?: ScanCursor;
  /** Stop each region after this many pages (the server's first render reads one). */
  maxPagesPerRegion?: number;
  /** Stop all regions once this many matches were found in this run. */
  matchLimit?: number;
}

/**
 * Reads a view's events from every region in parallel, each region page by page at
 * CloudTrail's pace (the shared rate limiter), sending CloudTrail the most selective
 * lookup attribute and testing the rest of the filter on each page. Yields progress as
 * ScanMessages; stops when the regions are exhausted, the match limit is reached, or
 * `signal` aborts. A region that fails reports its error; the others go on.
 */
export async function* scanEvents(
  request: ScanRequest,
  signal: AbortSignal,
): AsyncGenerator<ScanMessage> {
  const plan = planLookup(request.filter);
  const startTime = request.cursor?.startTime ?? request.startTime;
  const endTime = request.cursor?.endTime ?? request.endTime;
  const regions = request.cursor
    ? request.regions.filter((region) => region in request.cursor!.tokens)
    : request.regions;
  const matchLimit = request.matchLimit ?? SCAN_MATCH_LIMIT;

  yield {
    type: "start",
    startTime,
    endTime,
    regions,
    plan,
    startedAt: Date.now(),
    continuation: !!request.cursor,
  };

  const queue = new MessageQueue();
  let matched = 0;
  const stop = new AbortController();
  const abortAll = () => stop.abort(signal.reason);
  signal.addEventListener("abort", abortAll, { once: true });

  const scanRegion = async (region: string) => {
    let nextToken = request.cursor?.tokens[region] || undefined;
    try {
      for (let pages = 0; ;) {
        const page = await lookupEventsPage(
          {
            region,
            attribute: plan.cloudTrail
              ? { key: plan.cloudTrail.field, value: plan.cloudTrail.value }
              : undefined,
            startTime,
            endTime,
            nextToken,
          },
          stop.signal,
        );
        const events = page.events.filter((event) => matchesFilter(event, request.filter));
        matched += events.length;
        nextToken = page.nextToken;
        queue.push({
          type: "page",
          region,
          events,
          scanned: page.events.length,
          nextToken,
          at: Date.now(),
        });
        pages++;
        if (!nextToken || stop.signal.aborted) return;
        if (request.maxPagesPerRegion !== undefined && pages >= request.maxPagesPerRegion) return;
        if (matched >= matchLimit) return stop.abort("limit");
      }
    } catch (error) {
      if (stop.signal.aborted) return;
      queue.push({ type: "region-failed", region, failure: describeCloudTrailError(error) });
    }
  };

  const done = Promise.all(regions.map(scanRegion)).then(() => queue.close());
  try {
    for await (const message of queue.drain()) {
      if (signal.aborted) break;
      yield message;
    }
    await done;
  } finally {
    signal.removeEventListener("abort", abortAll);
    stop.abort("finished");
  }
  if (signal.aborted) return;
  const reason =
    matched >= matchLimit
      ? "limit"
      : request.maxPagesPerRegion !== undefined
        ? "first-page"
        : "complete";
  yield { type: "end", reason, endedAt: Date.now() };
}

/** An async queue: region workers push, the generator drains in arrival order. */
class MessageQueue {
  private readonly items: ScanMessage[] = [];
  private wake?: () => void;
  private closed = false;

  push(message: ScanMessage): void {
    this.items.push(message);
    this.wake?.();
  }

  close(): void {
    this.closed = true;
    this.wake?.();
  }

  async *drain(): AsyncGenerator<ScanMessage> {
    for (;;) {
      while (this.items.length > 0) yield this.items.shift()!;
      if (this.closed) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }
}
