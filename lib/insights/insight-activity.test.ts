import { describe, expect, it } from "vitest";

import { parseActivitySearchParams, activitySearchParams } from "./activity-request";
import { activityRequestOf, activityWindow, countByMinute } from "./insight-activity";
import { insightEventsHref } from "./insight-events-link";
import type { Insight } from "./insight";

const MINUTE = 60_000;
const NOW = Date.parse("2026-11-24T12:00:00Z");
const REGIONS = ["us-east-1", "eu-west-1"];

const errorRate: Insight = {
  id: "026ad264-72ff-47f3-8f40-0b51633e6cd4",
  region: "eu-west-1",
  type: "ApiErrorRateInsight",
  eventSource: "secretsmanager.amazonaws.com",
  eventName: "GetSecretValue",
  errorCode: "AccessDeniedException",
  start: "2026-10-11T10:37:00.000Z",
  end: "2026-10-11T10:59:00.000Z",
  baselineAverage: 0,
  insightAverage: 5,
  insightDuration: 22,
  attributions: [],
};

describe("activityWindow", () => {
  it("pads a short insight by 30 minutes each side", () => {
    const start = Date.parse("2026-09-14T18:04:00Z");
    expect(activityWindow({ start, end: start + 6 * MINUTE }, NOW)).toEqual({
      from: start - 30 * MINUTE,
      to: start + 36 * MINUTE,
      insightStart: start,
      insightEnd: start + 6 * MINUTE,
    });
  });

  it("pads a long insight by its own length, in whole minutes", () => {
    const start = Date.parse("2026-09-14T18:04:30Z");
    const window = activityWindow({ start, end: start + 90 * MINUTE }, NOW);
    expect(window.insightStart).toBe(Date.parse("2026-09-14T18:04:00Z"));
    expect(window.insightEnd).toBe(Date.parse("2026-09-14T19:35:00Z"));
    expect(window.from).toBe(window.insightStart - 91 * MINUTE);
    expect(window.to).toBe(window.insightEnd + 91 * MINUTE);
  });

  it("does not depend on the clock for an insight that ended long ago", () => {
    const start = Date.parse("2026-09-14T18:04:00Z");
    const ended = { start, end: start + 6 * MINUTE };
    expect(activityWindow(ended, Infinity)).toEqual(activityWindow(ended, NOW));
  });

  it("stops at now for an open insight", () => {
    const start = NOW - 10 * MINUTE;
    expect(activityWindow({ start }, NOW)).toEqual({
      from: start - 30 * MINUTE,
      to: NOW,
      insightStart: start,
      insightEnd: NOW,
    });
  });
});

describe("countByMinute", () => {
  it("counts calls in each minute, quiet minutes as 0, and nothing outside", () => {
    const from = Date.parse("2026-09-14T18:00:00Z");
    const times = [from + 1000, from + 59_999, from + MINUTE, from - 1, from + 3 * MINUTE];
    expect(countByMinute(times, from, from + 3 * MINUTE)).toEqual([
      { at: from, count: 2 },
      { at: from + MINUTE, count: 1 },
      { at: from + 2 * MINUTE, count: 0 },
    ]);
  });
});

describe("the activity route's parameters", () => {
  it("round-trip an insight's calls, with the error code of an error rate", () => {
    const request = activityRequestOf(errorRate);
    const params = activitySearchParams(request);
    expect(params.toString()).toBe(
      "region=eu-west-1&eventSource=secretsmanager.amazonaws.com&eventName=GetSecretValue&errorCode=AccessDeniedException&start=2026-10-11T10%3A37%3A00.000Z&end=2026-10-11T10%3A59%3A00.000Z",
    );
    expect(parseActivitySearchParams(params, REGIONS, NOW)).toEqual({ ok: true, request });
  });

  it("leave out the error code of a call rate insight", () => {
    const request = activityRequestOf({
      ...errorRate,
      type: "ApiCallRateInsight",
      end: undefined,
    });
    expect(request.errorCode).toBeUndefined();
    expect(request.end).toBeUndefined();
  });

  it("answer bad input with words, not a crash", () => {
    const parse = (entries: Record<string, string>) =>
      parseActivitySearchParams(new URLSearchParams(entries), REGIONS, NOW);
    const good = Object.fromEntries(activitySearchParams(activityRequestOf(errorRate)));
    expect(parse({})).toEqual({
      ok: false,
      error: "region is missing. eventSource is missing. eventName is missing. start is missing.",
    });
    expect(parse({ ...good, eventName: "<img src=x onerror=alert(1)>" })).toEqual({
      ok: false,
      error: "eventName must be an API name such as RunInstances.",
    });
    expect(parse({ ...good, start: "yesterday" })).toEqual({
      ok: false,
      error: "start must be a date and time such as 2026-01-31T12:00:00Z.",
    });
    expect(parse({ ...good, end: "2026-10-11T10:00:00Z" })).toEqual({
      ok: false,
      error: "end must not be before start.",
    });
    expect(parse({ ...good, end: "2026-10-12T10:00:00Z" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/longer than 12 hours/),
    });
    expect(parse({ ...good, region: "ap-south-1" })).toEqual({
      ok: false,
      error: "ap-south-1 is not one of this dashboard's regions (us-east-1, eu-west-1).",
    });
    expect(parse({ ...good, start: "2025-01-01T00:00:00Z", end: "2025-01-01T00:10:00Z" })).toEqual({
      ok: false,
      error: "start must lie within CloudTrail's event history: the last 90 days.",
    });
  });
});

describe("insightEventsHref", () => {
  it("opens the Events page on the chart's calls and window", () => {
    const request = activityRequestOf(errorRate);
    const window = activityWindow(request, NOW);
    const href = insightEventsHref(request, window, "utc");
    const url = new URL(href, "http://localhost");
    expect(url.pathname).toBe("/events");
    expect(url.searchParams.get("regions")).toBe("eu-west-1");
    expect(url.searchParams.getAll("f")).toEqual([
      "EventName:GetSecretValue",
      "EventSource:secretsmanager.amazonaws.com",
      "errorCode:AccessDeniedException",
    ]);
    expect(url.searchParams.get("from")).toBe("2026-10-11T10:07:00.000Z");
    expect(url.searchParams.get("to")).toBe("2026-10-11T11:29:00.000Z");
    expect(url.searchParams.has("tz")).toBe(false);
  });
});
