import { z } from "zod";

import { REGION_PATTERN } from "@/lib/view/regions";

import { ACTIVITY_MAX_INSIGHT_MS, type ActivityRequest } from "./insight-activity";

const DAY = 24 * 60 * 60_000;

// CloudTrail's names are short words; these admit them and no markup, spaces or controls.
const EVENT_SOURCE = /^[A-Za-z0-9][A-Za-z0-9.-]{0,127}$/;
const EVENT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
const ERROR_CODE = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

const isoTime = (name: string) =>
  z.iso
    .datetime({
      offset: true,
      error: `${name} must be a date and time such as 2026-01-31T12:00:00Z.`,
    })
    .transform((text) => Date.parse(text));

const activitySchema = z
  .object({
    region: z.string().regex(REGION_PATTERN, "region must be an AWS region such as us-east-1."),
    eventSource: z
      .string()
      .regex(
        EVENT_SOURCE,
        "eventSource must be a service's event source such as ec2.amazonaws.com.",
      ),
    eventName: z.string().regex(EVENT_NAME, "eventName must be an API name such as RunInstances."),
    errorCode: z
      .string()
      .regex(ERROR_CODE, "errorCode must be an error code such as AccessDenied.")
      .optional(),
    start: isoTime("start"),
    end: isoTime("end").optional(),
  })
  .check((ctx) => {
    const { start, end } = ctx.value;
    if (end !== undefined && end < start)
      ctx.issues.push({ code: "custom", input: end, message: "end must not be before start." });
    if (end !== undefined && end - start > ACTIVITY_MAX_INSIGHT_MS)
      ctx.issues.push({
        code: "custom",
        input: end,
        message: "Insights longer than 12 hours are not charted minute by minute.",
      });
  });

const KEYS = ["region", "eventSource", "eventName", "errorCode", "start", "end"] as const;

/** The activity route's query string for an insight's calls. */
export function activitySearchParams(request: ActivityRequest): URLSearchParams {
  const params = new URLSearchParams({
    region: request.region,
    eventSource: request.eventSource,
    eventName: request.eventName,
  });
  if (request.errorCode !== undefined) params.set("errorCode", request.errorCode);
  params.set("start", new Date(request.start).toISOString());
  if (request.end !== undefined) params.set("end", new Date(request.end).toISOString());
  return params;
}

/**
 * Reads and checks the activity route's query string. Every problem is named in words, for
 * a 400 answer: the values come from records anyone with write access to the account shaped.
 */
export function parseActivitySearchParams(
  params: URLSearchParams,
  regions: readonly string[],
  now: number,
  /** How far back the event history reaches; null: a local store without limits. */
  historyDays: number | null = 90,
): { ok: true; request: ActivityRequest } | { ok: false; error: string } {
  const raw: Record<string, string> = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value !== null) raw[key] = value;
  }
  const parsed = activitySchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      issue.code === "invalid_type" && issue.path.length === 1
        ? `${String(issue.path[0])} is missing.`
        : issue.message,
    );
    return { ok: false, error: problems.join(" ") };
  }
  const request = parsed.data;
  if (!regions.includes(request.region))
    return {
      ok: false,
      error: `${request.region} is not one of this dashboard's regions (${regions.join(", ")}).`,
    };
  // A day's slack for an insight read just before midnight.
  const oldest = historyDays === null ? -Infinity : now - (historyDays + 1) * DAY;
  if (request.start > now || request.start < oldest)
    return {
      ok: false,
      error: `start must lie within CloudTrail's event history: the last ${historyDays} days.`,
    };
  return { ok: true, request };
}
