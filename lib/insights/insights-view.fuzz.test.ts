import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { EVENT_ID_PATTERN } from "@/lib/events/event-ref";
import { REGION_PATTERN } from "@/lib/view/regions";

import { insightsRequestFor } from "./insights-request";
import {
  effectiveInsightsView,
  insightsListProblems,
  insightsViewProblems,
  loadInsightsView,
} from "./insights-view";

const REGIONS = ["us-east-1", "eu-west-1", "ap-east-1"];
const NOW = Date.parse("2026-11-24T12:00:00Z");
const KEYS = ["regions", "range", "from", "to", "tz", "insight", "__proto__", "hasOwnProperty"];
const RUNS = { numRuns: 300 };

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  { weight: 4, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 1, arbitrary: fc.string({ minLength: 2000, maxLength: 4000 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "all",
      "us-east-1,zz-fake-1",
      ",",
      "90d",
      "0000-01-01T00:00:00Z",
      "9999-12-31T23:59:59Z",
      "2026-11-25T00:00:00Z",
      "2026-02-29T00:00:00Z",
      "us-east-1:026ad264-72ff-47f3-8f40-0b51633e6cd4",
      "us-east-1:",
      "%zz",
    ),
  },
);
const entries = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), text), {
  maxLength: 20,
});
const rawParams = fc.oneof(
  entries.map((list) => new URLSearchParams(list)),
  entries.map((list) => {
    const out: Record<string, string | string[]> = {};
    for (const [key, value] of list) {
      const had = Object.hasOwn(out, key) ? out[key] : undefined;
      out[key] = had === undefined ? value : [had, value].flat();
    }
    return out;
  }),
);

describe("the Insights view parsers under arbitrary input", () => {
  it("load a well-formed view and say what is wrong in words, never by throwing", () => {
    fc.assert(
      fc.property(rawParams, (raw) => {
        const view = loadInsightsView(raw);
        if (Array.isArray(view.regions)) {
          for (const region of view.regions) expect(region).toMatch(REGION_PATTERN);
        }
        if (view.insight) {
          expect(view.insight.region).toMatch(REGION_PATTERN);
          expect(view.insight.id).toMatch(EVENT_ID_PATTERN);
        }
        for (const problem of [
          ...insightsViewProblems(raw, REGIONS),
          ...insightsListProblems(raw, REGIONS),
        ]) {
          expect(typeof problem).toBe("string");
        }
      }),
      RUNS,
    );
  });

  it("read only the dashboard's regions, over a window that starts no later than it ends", () => {
    fc.assert(
      fc.property(rawParams, (raw) => {
        const view = effectiveInsightsView(loadInsightsView(raw), REGIONS);
        const request = insightsRequestFor(view, REGIONS, NOW);
        expect(request.regions.length).toBeGreaterThan(0);
        for (const region of request.regions) expect(REGIONS).toContain(region);
        expect(request.startTime).toBeLessThanOrEqual(request.endTime);
        expect(Number.isFinite(request.startTime)).toBe(true);
        expect(Number.isFinite(request.endTime)).toBe(true);
      }),
      RUNS,
    );
  });
});
