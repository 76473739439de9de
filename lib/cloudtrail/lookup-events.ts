import "server-only";

import { LookupEventsCommand } from "@aws-sdk/client-cloudtrail";

import { getEnv } from "@/lib/env";
import { parseLookupEvent } from "@/lib/events/parse-event";
import type { EventsPage, TrailEvent } from "@/lib/events/trail-event";
import type { LookupAttributeKey } from "@/lib/view/lookup-attributes";

import { getLookupClient } from "./client";
import { getLookupRateLimiter } from "./lookup-rate-limiter";

export interface LookupEventsRequest {
  region: string;
  attribute?: { key: LookupAttributeKey; value: string };
  startTime: number;
  endTime: number;
  insights?: boolean;
  nextToken?: string;
  maxResults?: number;
}

/** Errors worth another attempt: throttling (another client shares the limit) and transient faults. */
const TRANSIENT = new Set([
  "ThrottlingException",
  "RequestLimitExceeded",
  "TooManyRequestsException",
  "InternalFailure",
  "InternalServerError",
  "ServiceUnavailable",
  "RequestTimeout",
  "TimeoutError",
  "ECONNRESET",
  "ETIMEDOUT",
]);

const MAX_ATTEMPTS = 5;

/**
 * One page of a region's event history, as the app's own event type. Each attempt waits
 * its turn at the process-wide rate limiter; a throttled or failed attempt is retried (up
 * to five attempts, backing off) so throttling only reaches the caller when retries run out.
 */
export async function lookupEventsPage(
  request: LookupEventsRequest,
  signal?: AbortSignal,
): Promise<EventsPage> {
  const limiter = getLookupRateLimiter();
  const key = `${getEnv().mode}:${request.region}`;
  for (let attempt = 1; ; attempt++) {
    await limiter.acquire(key, signal);
    try {
      const output = await getLookupClient(request.region).send(
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
      return {
        events: (output.Events ?? []).map(parseLookupEvent),
        nextToken: output.NextToken,
        startTime: request.startTime,
        endTime: request.endTime,
      };
    } catch (error) {
      if (signal?.aborted || attempt >= MAX_ATTEMPTS || !TRANSIENT.has(errorName(error))) {
        throw error;
      }
      if (errorName(error) === "ThrottlingException") limiter.backOff(key);
      await sleep(Math.min(4000, 250 * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2), signal);
    }
  }
}

/** One event by its ID, or undefined when the region's history (90 days) has no such event. */
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
      startTime: now - 90 * 24 * 60 * 60_000,
      endTime: now,
      maxResults: 1,
    },
    signal,
  );
  return page.events[0];
}

function errorName(error: unknown): string {
  if (typeof error !== "object" || error === null) return "";
  const { name, code } = error as { name?: unknown; code?: unknown };
  if (typeof code === "string" && TRANSIENT.has(code)) return code;
  return typeof name === "string" ? name : "";
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
