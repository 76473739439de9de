import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseLookupEvent } from "@/lib/events/parse-event";

import { INSIGHT_TYPES, parseInsights } from "./insight";

/**
 * Insights records come from the account's event history, and the events around them from
 * whoever called AWS: reading them never throws, and what is kept of them stays short.
 */

const RUNS = { numRuns: 150 };
const NOW = Date.parse("2026-11-24T12:00:00Z");
const DAY = 24 * 60 * 60_000;

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.string({ minLength: 257, maxLength: 2000 }) },
);
/**
 * JSON nested far deeper than any record, where a record holds a name. JSON.stringify cannot
 * write it, so a marker stands in until the record's text is written.
 */
const deep = fc.integer({ min: 1_000, max: 10_000 }).map((depth) => `@@deep:${depth}@@`);
const recordText = (record: unknown) =>
  JSON.stringify(record).replace(/"@@deep:(\d+)@@"/g, (_, depth: string) =>
    "[".repeat(Number(depth)).concat("]".repeat(Number(depth))),
  );
const value = fc.oneof(
  { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 2, arbitrary: text },
  { weight: 1, arbitrary: deep },
);
const average = fc.oneof(fc.double(), fc.constantFrom(-1, 0, 1e308, 3.5), value);
const sideOf = fc.array(
  fc.record({ value: fc.oneof(text, value), average }, { requiredKeys: [] }),
  {
    maxLength: 15,
  },
);
const insightRecord = fc.record(
  {
    eventID: fc.uuid(),
    sharedEventID: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom("a1", "b2", "c3") },
      { weight: 1, arbitrary: value },
    ),
    eventTime: fc.oneof(
      fc.date().map((d) => (Number.isNaN(d.getTime()) ? "x" : d.toISOString())),
      value,
    ),
    insightDetails: fc.oneof(
      {
        weight: 5,
        arbitrary: fc.record(
          {
            state: fc.oneof(fc.constantFrom("Start", "End"), value),
            insightType: fc.oneof(fc.constantFrom(...INSIGHT_TYPES), value),
            eventSource: fc.oneof(fc.constant("ec2.amazonaws.com"), text, value),
            eventName: fc.oneof(fc.constant("RunInstances"), text, value),
            errorCode: fc.oneof(text, value),
            insightContext: fc.record(
              {
                statistics: fc.record(
                  {
                    baseline: fc.record({ average }, { requiredKeys: [] }),
                    insight: fc.record({ average }, { requiredKeys: [] }),
                    insightDuration: fc.oneof(
                      fc.integer({ min: -5, max: 600 }),
                      fc.double(),
                      value,
                    ),
                    baselineDuration: fc.oneof(fc.integer(), value),
                  },
                  { requiredKeys: [] },
                ),
                attributions: fc.oneof(
                  fc.array(
                    fc.record(
                      {
                        attribute: fc.oneof(fc.constant("userAgent"), text, value),
                        insight: sideOf,
                        baseline: sideOf,
                      },
                      { requiredKeys: [] },
                    ),
                    { maxLength: 15 },
                  ),
                  value,
                ),
              },
              { requiredKeys: [] },
            ),
          },
          { requiredKeys: ["state", "insightType"] },
        ),
      },
      { weight: 1, arbitrary: value },
    ),
  },
  { requiredKeys: ["eventID"] },
);
const lookupEvent = fc.record(
  {
    EventId: fc.uuid(),
    EventName: fc.oneof(fc.constant("RunInstances"), text),
    EventSource: fc.oneof(fc.constant("ec2.amazonaws.com"), text),
    EventTime: fc.integer({ min: NOW - 100 * DAY, max: NOW }).map((ms) => new Date(ms)),
    CloudTrailEvent: fc.oneof(
      { weight: 6, arbitrary: insightRecord.map(recordText) },
      { weight: 1, arbitrary: fc.oneof(text, fc.constant("{"), fc.constant("null")) },
    ),
  },
  { requiredKeys: ["EventId"] },
);

const WELL_FORMED = (["Start", "End"] as const).map((state, index) => ({
  EventId: `0000000${index}-0000-4000-8000-000000000000`,
  EventName: "RunInstances",
  EventSource: "ec2.amazonaws.com",
  EventTime: new Date(NOW - DAY + index * 600_000),
  CloudTrailEvent: JSON.stringify({
    eventID: `0000000${index}-0000-4000-8000-000000000000`,
    sharedEventID: "well-formed",
    eventTime: new Date(NOW - DAY + index * 600_000).toISOString(),
    insightDetails: {
      state,
      insightType: "ApiCallRateInsight",
      eventSource: "ec2.amazonaws.com",
      eventName: "RunInstances",
      insightContext: {
        statistics: { baseline: { average: 0.1 }, insight: { average: 5 }, insightDuration: 10 },
        attributions: [],
      },
    },
  }),
}));

describe("Insights records under arbitrary content", () => {
  it("are read into insights or named as unreadable, never by throwing, and stay short", () => {
    let read = 0;
    fc.assert(
      fc.property(fc.array(lookupEvent, { maxLength: 8 }), (events) => {
        const { insights, unreadable } = parseInsights("us-east-1", events.map(parseLookupEvent));
        read += insights.length;
        expect(insights.length + unreadable.length).toBeLessThanOrEqual(events.length);
        for (const problem of unreadable) expect(problem.problem.length).toBeLessThan(400);
        for (const insight of insights) {
          expect(insight.region).toBe("us-east-1");
          expect(Number.isNaN(Date.parse(insight.start))).toBe(false);
          for (const name of [insight.eventSource, insight.eventName, insight.errorCode ?? ""])
            expect(name.length).toBeLessThanOrEqual(256);
          expect(insight.attributions.length).toBeLessThanOrEqual(10);
          for (const attribution of insight.attributions) {
            expect(attribution.attribute.length).toBeLessThanOrEqual(256);
            expect(attribution.values.length).toBeLessThanOrEqual(20);
            for (const { value: text } of attribution.values)
              expect(text.length).toBeLessThanOrEqual(256);
          }
        }
      }),
      // A well-formed insight first, whatever the draws: the reading path runs, not only the refusals.
      { ...RUNS, examples: [[WELL_FORMED]] },
    );
    expect(read).toBeGreaterThan(0);
  });

  it("names a nested value in a message instead of writing it out (regression: a stack overflow)", () => {
    const depth = 20_000;
    const record = `{"sharedEventID":"a1","insightDetails":{"state":${"[".repeat(depth)}${"]".repeat(depth)},"insightType":{"x":1}}}`;
    const { unreadable } = parseInsights("us-east-1", [
      parseLookupEvent({ EventId: "e1", EventTime: new Date(NOW), CloudTrailEvent: record }),
    ]);
    expect(unreadable.map((problem) => problem.problem)).toEqual(["unknown state “a list”"]);
  });
});
