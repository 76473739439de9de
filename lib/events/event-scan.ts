import { matchesFilter, planLookup, type EventFilter, type LookupPlan } from "./conditions";
import type { Failure } from "./failure";
import type { TrailEvent } from "./trail-event";

/**
 * A scan reads a view's events from CloudTrail, region by region in parallel, page by page,
 * and keeps the ones that match on the server. It reports as it goes with these messages
 * (one JSON object per line on the wire); `applyScanMessage` folds them into a ScanState.
 */
export type ScanMessage =
  | {
      type: "start";
      /** The absolute range scanned (epoch ms): a relative range is fixed when a scan starts. */
      startTime: number;
      endTime: number;
      regions: string[];
      plan: LookupPlan;
      /** When this run started (epoch ms), for the rate shown while it runs. */
      startedAt: number;
      /** This run continues a paused one (from its cursor) rather than starting afresh. */
      continuation: boolean;
    }
  | {
      type: "page";
      region: string;
      /** The page's matches, newest first. */
      events: TrailEvent[];
      /** How many events CloudTrail returned on this page, matching or not. */
      scanned: number;
      /** How many matched, when the matches are not sent (the Overview sends counts only). */
      matched?: number;
      /** Where this region continues, or undefined when it has no more events in the range. */
      nextToken?: string;
      /** When the page was read (epoch ms), for the rate shown while the scan runs. */
      at: number;
    }
  | { type: "region-failed"; region: string; failure: Failure }
  | {
      type: "end";
      /**
       * complete: the run read all it could; limit: it stopped at its match limit;
       * cancelled: the user stopped it; first-page: the server's render read one page a region;
       * interrupted: the connection to the server ended early.
       */
      reason: "complete" | "limit" | "cancelled" | "first-page" | "interrupted";
      endedAt: number;
    };

export type RegionScanStatus = "scanning" | "done" | "paused" | "failed";

export interface RegionScan {
  region: string;
  status: RegionScanStatus;
  scanned: number;
  matched: number;
  pages: number;
  nextToken?: string;
  failure?: Failure;
}

export interface ScanState {
  startTime: number;
  endTime: number;
  plan: LookupPlan;
  regions: RegionScan[];
  /** The matches so far, merged across regions, newest first. */
  events: TrailEvent[];
  /**
   * running: a run is reading; paused: a run stopped (match limit, first server page, or
   * cancel) with regions left to read; complete: every region finished or failed.
   */
  phase: "running" | "paused" | "complete";
  pausedBy?: "limit" | "cancelled" | "first-page" | "interrupted";
  /**
   * Set when these results were not read from CloudTrail but filtered, in the browser,
   * from a finished scan of the same regions and time (a narrower filter needs no new scan).
   */
  narrowedFrom?: { matched: number };
  /** Time spent reading across runs (ms), for the rate. */
  elapsedMs: number;
  runStartedAt?: number;
  /** When the latest page of the current run was read. */
  lastPageAt?: number;
}

/** How many matches one run collects before it pauses; "Continue" starts another. */
export const SCAN_MATCH_LIMIT = 10_000;

/** Folds one message into the state. Pure, so the server's first render and the client agree. */
export function applyScanMessage(
  state: ScanState | undefined,
  message: ScanMessage,
): ScanState | undefined {
  if (message.type === "start") {
    // A continuation starts over the same range and keeps what was found.
    if (state && message.continuation) {
      return {
        ...state,
        phase: "running",
        pausedBy: undefined,
        narrowedFrom: undefined,
        runStartedAt: message.startedAt,
        lastPageAt: undefined,
        regions: state.regions.map((r) =>
          message.regions.includes(r.region) ? { ...r, status: "scanning" } : r,
        ),
      };
    }
    return {
      startTime: message.startTime,
      endTime: message.endTime,
      plan: message.plan,
      regions: message.regions.map((region) => ({
        region,
        status: "scanning",
        scanned: 0,
        matched: 0,
        pages: 0,
      })),
      events: [],
      phase: "running",
      elapsedMs: 0,
      runStartedAt: message.startedAt,
    };
  }
  if (!state) return state;
  switch (message.type) {
    case "page":
      return {
        ...state,
        lastPageAt: message.at,
        events: mergeNewestFirst(state.events, message.events),
        regions: state.regions.map((r) =>
          r.region === message.region
            ? {
                ...r,
                scanned: r.scanned + message.scanned,
                matched: r.matched + (message.matched ?? message.events.length),
                pages: r.pages + 1,
                nextToken: message.nextToken,
                status: message.nextToken ? "scanning" : "done",
              }
            : r,
        ),
      };
    case "region-failed":
      return {
        ...state,
        regions: state.regions.map((r) =>
          r.region === message.region ? { ...r, status: "failed", failure: message.failure } : r,
        ),
      };
    case "end": {
      // A region stopped before its first page has everything still to read.
      const regions = state.regions.map((r) =>
        r.status === "scanning"
          ? { ...r, status: r.nextToken || r.pages === 0 ? ("paused" as const) : ("done" as const) }
          : r,
      );
      const paused = regions.some((r) => r.status === "paused");
      return {
        ...state,
        regions,
        phase: paused ? "paused" : "complete",
        pausedBy: paused && message.reason !== "complete" ? message.reason : undefined,
        elapsedMs:
          state.elapsedMs + (state.runStartedAt ? message.endedAt - state.runStartedAt : 0),
        runStartedAt: undefined,
        lastPageAt: undefined,
      };
    }
  }
}

/** Merges a page (newest first) into the list (newest first); ties keep arrival order. */
export function mergeNewestFirst(list: TrailEvent[], page: TrailEvent[]): TrailEvent[] {
  if (page.length === 0) return list;
  const merged: TrailEvent[] = new Array(list.length + page.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < list.length && j < page.length) {
    merged[k++] = list[i].time >= page[j].time ? list[i++] : page[j++];
  }
  while (i < list.length) merged[k++] = list[i++];
  while (j < page.length) merged[k++] = page[j++];
  return merged;
}

/** Where each region with more to read continues, for the next run. */
export interface ScanCursor {
  startTime: number;
  endTime: number;
  /** Each region's NextToken; "" for a region to read from the beginning. */
  tokens: Record<string, string>;
}

export function scanCursor(state: ScanState): ScanCursor | null {
  const tokens: Record<string, string> = {};
  for (const region of state.regions) {
    // A region still "scanning" belongs to a run that was stopped from outside (the view
    // changed, the tab closed) before it could say so; it continues like a paused one.
    // A region that has not returned its first page yet starts from the beginning ("").
    const unfinished = region.status === "paused" || region.status === "scanning";
    if (unfinished && (region.nextToken || region.pages === 0)) {
      tokens[region.region] = region.nextToken ?? "";
    }
  }
  if (Object.keys(tokens).length === 0) return null;
  return { startTime: state.startTime, endTime: state.endTime, tokens };
}

export function totalScanned(state: ScanState): number {
  return state.regions.reduce((sum, r) => sum + r.scanned, 0);
}

export function totalPages(state: ScanState): number {
  return state.regions.reduce((sum, r) => sum + r.pages, 0);
}

/**
 * A cursor travels in the URL as base64url JSON, so its tokens need no further escaping.
 * Tokens are ASCII, so btoa (in browsers and Node) serves.
 */
export function encodeScanCursor(cursor: ScanCursor): string {
  return btoa(JSON.stringify(cursor)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Time spent reading so far (ms): finished runs, and the current one up to its latest page. */
export function scanElapsedMs(state: ScanState): number {
  const current =
    state.runStartedAt && state.lastPageAt ? Math.max(0, state.lastPageAt - state.runStartedAt) : 0;
  return state.elapsedMs + current;
}

/**
 * A finished scan's results under a narrower filter, without reading CloudTrail again: the
 * events it found that the filter keeps, counted per region as if scanned with it.
 */
export function narrowScan(state: ScanState, filter: EventFilter): ScanState {
  const events = state.events.filter((event) => matchesFilter(event, filter));
  const matched = new Map<string, number>();
  for (const event of events) matched.set(event.region, (matched.get(event.region) ?? 0) + 1);
  return {
    ...state,
    plan: planLookup(filter),
    events,
    regions: state.regions.map((region) => ({
      ...region,
      matched: matched.get(region.region) ?? 0,
    })),
    narrowedFrom: { matched: state.events.length },
  };
}
