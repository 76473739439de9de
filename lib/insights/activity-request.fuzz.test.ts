import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { ACTIVITY_MAX_INSIGHT_MS } from "./insight-activity";
import { activitySearchParams, parseActivitySearchParams } from "./activity-request";

const REGIONS = ["us-east-1", "eu-west-1"];
const NOW = Date.parse("2026-11-24T12:00:00Z");
const DAY = 24 * 60 * 60_000;
const RUNS = { numRuns: 300 };

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  { weight: 4, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 1, arbitrary: fc.string({ minLength: 129, maxLength: 3000 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "us-east-1",
      "ec2.amazonaws.com",
      "RunInstances",
      "AccessDenied",
      "<img src=x onerror=alert(1)>",
      "2026-11-24T11:00:00Z",
      "2026-11-24T11:00:00+25:00",
      "0000-01-01T00:00:00Z",
      "9999-12-31T23:59:59Z",
    ),
  },
);
const time = fc
  .integer({ min: NOW - 100 * DAY, max: NOW + DAY })
  .map((ms) => new Date(ms).toISOString());
/** Mostly a value the route accepts, sometimes anything: both paths are walked. */
const field = (valid: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: text });
const name = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,20}$/);
const params = fc
  .record(
    {
      region: field(fc.constantFrom(...REGIONS)),
      eventSource: field(name),
      eventName: field(name),
      errorCode: field(name),
      start: field(time),
      end: field(time),
    },
    { requiredKeys: ["region", "eventSource", "eventName", "start"] },
  )
  .chain((values) =>
    fc.array(fc.tuple(fc.string(), text), { maxLength: 5 }).map((extra) => {
      const search = new URLSearchParams(extra);
      for (const [key, value] of Object.entries(values)) search.append(key, value);
      return search;
    }),
  );

describe("the insight activity query string under arbitrary input", () => {
  it("is a request within CloudTrail's bounds or a problem in words, never a throw", () => {
    let accepted = 0;
    fc.assert(
      fc.property(params, (search) => {
        const parsed = parseActivitySearchParams(search, REGIONS, NOW);
        if (!parsed.ok) {
          expect(parsed.error.length).toBeGreaterThan(0);
          return;
        }
        accepted++;
        const { request } = parsed;
        expect(REGIONS).toContain(request.region);
        for (const name of [request.eventSource, request.eventName, request.errorCode ?? "x"]) {
          expect(name.length).toBeLessThanOrEqual(128);
          expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/);
        }
        expect(request.start).toBeLessThanOrEqual(NOW);
        expect(request.start).toBeGreaterThanOrEqual(NOW - 91 * DAY);
        if (request.end !== undefined) {
          expect(request.end).toBeGreaterThanOrEqual(request.start);
          expect(request.end - request.start).toBeLessThanOrEqual(ACTIVITY_MAX_INSIGHT_MS);
        }
        // What the route reads back is what the page would have asked for.
        expect(parseActivitySearchParams(activitySearchParams(request), REGIONS, NOW)).toEqual(
          parsed,
        );
      }),
      RUNS,
    );
    // The generator reaches the accepting path, not only refusals.
    expect(accepted).toBeGreaterThan(0);
  });
});
