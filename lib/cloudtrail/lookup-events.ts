import "server-only";

import { LookupEventsCommand } from "@aws-sdk/client-cloudtrail";

import { getEnv } from "@/lib/env";
import { parseLookupEvent } from "@/lib/events/parse-event";
import type { EventsPage, TrailEvent } from "@/lib/events/trail-event";
import type { LookupAttributeKey } from "@/lib/view/lookup-attributes";

import { getCloudTrailClient } from "./client";
import { HISTORY_DAYS } from "./dashboard-config";
import { getLookupRateLimiter } from "./lookup-rate-limiter";
import { rateLimitedCall } from "./rate-limited-call";

export interface LookupEventsRequest {
  region: string;
  attribute?: { key: LookupAttributeKey; value: string };
  startTime: number;
  endTime: number;
  insights?: boolean;
  nextToken?: string;
  maxResults?: number;
}

/**
 * One page of a region's event history, as the app's own event type, within the
 * process-wide LookupEvents rate.
 */
export async function lookupEventsPage(
  request: LookupEventsRequest,
  signal?: AbortSignal,
): Promise<EventsPage> {
  const { mode, localLimits } = getEnv();
  const call = () =>
    getCloudTrailClient(request.region).send(
      new LookupEventsCommand({
        LookupAttributes: request.attribute && [
          { AttributeKey: request.attribute.key, AttributeValue: request.attribute.value },
        ],
        StartTime: new Date(request.startTime),
        EndTime: new Date(request.endTime),
        EventCategory: request.insights ? "insight" : undefined,
        MaxResults: request.maxResults ?? 50,
        NextToken: request.nextToken,
      }),
      { abortSignal: signal },
    );
  // A local store without CloudTrail's limits is read as fast as it answers.
  const output =
    localLimits === "none"
      ? await call()
      : await rateLimitedCall(getLookupRateLimiter(), `${mode}:${request.region}`, call, signal);
  return {
    events: (output.Events ?? []).map(parseLookupEvent),
    nextToken: output.NextToken,
    startTime: request.startTime,
    endTime: request.endTime,
  };
}

/**
 * One event by its ID, or undefined when the region's history (90 days, or all of a local
 * store without CloudTrail's limits) has no such event.
 */
export async function lookupEventById(
  region: string,
  eventId: string,
  signal?: AbortSignal,
): Promise<TrailEvent | undefined> {
  const now = Date.now();
  const page = await lookupEventsPage(
    {
      region,
      attribute: { key: "EventId", value: eventId },
      startTime: getEnv().localLimits === "none" ? 0 : now - HISTORY_DAYS * 24 * 60 * 60_000,
      endTime: now,
      maxResults: 1,
    },
    signal,
  );
  return page.events[0];
}
