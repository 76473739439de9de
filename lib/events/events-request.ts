import "server-only";

import { z } from "zod";

import type { LookupEventsRequest } from "@/lib/cloudtrail/lookup-events";
import { effectiveEventsView, loadEventsView, type EventsView } from "@/lib/view/events-view";
import { resolveTimeRange } from "@/lib/view/time-range";

/** A continuation: the token and the absolute range the first page was fetched for. */
const continuationSchema = z.object({
  token: z.string().min(1).max(4096),
  start: z.coerce.number().int().nonnegative(),
  end: z.coerce.number().int().nonnegative(),
});

/**
 * The LookupEvents request a view (and, for later pages, a continuation) asks for. The
 * page's server component and the GET route both go through here.
 */
export function eventsRequestFor(
  view: EventsView,
  regions: readonly string[],
  now: number,
): LookupEventsRequest {
  const effective = effectiveEventsView(view, regions);
  const { start, end } = resolveTimeRange(effective, now);
  return {
    region: effective.region!,
    attribute:
      effective.attr && effective.value
        ? { key: effective.attr, value: effective.value }
        : undefined,
    startTime: start,
    endTime: end,
  };
}

export function eventsRequestFromSearchParams(
  params: URLSearchParams,
  regions: readonly string[],
  now: number,
): { ok: true; request: LookupEventsRequest } | { ok: false; error: string } {
  const request = eventsRequestFor(loadEventsView(params), regions, now);
  if (!params.has("token")) return { ok: true, request };
  const continuation = continuationSchema.safeParse(Object.fromEntries(params));
  if (!continuation.success) {
    return {
      ok: false,
      error: "The page token, start and end must be given together and be well-formed.",
    };
  }
  const { token, start, end } = continuation.data;
  return { ok: true, request: { ...request, nextToken: token, startTime: start, endTime: end } };
}
