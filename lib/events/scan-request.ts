import "server-only";

import { z } from "zod";

import type { ScanRequest } from "@/lib/cloudtrail/scan-events";
import {
  effectiveEventsView,
  loadEventsView,
  viewRegions,
  type EventsView,
} from "@/lib/view/events-view";
import { REGION_PATTERN } from "@/lib/view/regions";
import { resolveTimeRange } from "@/lib/view/time-range";

/** The scan a view asks for. The page's server component and the scan route both go through here. */
export function scanRequestFor(
  view: EventsView,
  regions: readonly string[],
  now: number,
): ScanRequest {
  const effective = effectiveEventsView(view, regions);
  const { start, end } = resolveTimeRange(effective, now);
  return {
    regions: viewRegions(effective, regions),
    filter: {
      conditions: effective.f,
      failuresOnly: effective.failures,
      flagged: effective.flagged,
    },
    startTime: start,
    endTime: end,
  };
}

/** The last instant a Date can hold: a later time cannot be sent to CloudTrail. */
const MAX_DATE_MS = 8.64e15;

const cursorSchema = z
  .object({
    startTime: z.number().int().nonnegative().max(MAX_DATE_MS),
    endTime: z.number().int().nonnegative().max(MAX_DATE_MS),
    tokens: z.record(z.string().regex(REGION_PATTERN), z.string().max(4096)),
  })
  .refine((cursor) => cursor.startTime <= cursor.endTime);

export function scanRequestFromSearchParams(
  params: URLSearchParams,
  regions: readonly string[],
  now: number,
): { ok: true; request: ScanRequest } | { ok: false; error: string } {
  const request = scanRequestFor(loadEventsView(params), regions, now);
  const encoded = params.get("cursor");
  if (encoded === null) return { ok: true, request };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
  } catch {
    json = undefined;
  }
  const cursor = cursorSchema.safeParse(json);
  if (!cursor.success) {
    return {
      ok: false,
      error: "The scan's continuation is not well-formed. Start the scan again.",
    };
  }
  return { ok: true, request: { ...request, cursor: cursor.data } };
}
