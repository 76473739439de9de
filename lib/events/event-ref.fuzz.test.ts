import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { EVENT_ID_PATTERN, eventRefProblems, formatEventRef, splitEventRef } from "./event-ref";
import { eventRefText as text } from "./testing/event-ref-text";

const REGIONS = ["us-east-1", "eu-west-1"];
const RUNS = { numRuns: 300 };

describe("event references under arbitrary input", () => {
  it("split any text into a region and an ID, or nothing, and round-trip what they split", () => {
    fc.assert(
      fc.property(text, (value) => {
        const split = splitEventRef(value);
        if (split === null) return;
        expect(split.region.length).toBeGreaterThan(0);
        expect(formatEventRef(split)).toBe(value);
      }),
      RUNS,
    );
  });

  it("accept only a dashboard region and a well-formed ID, and say why otherwise", () => {
    fc.assert(
      fc.property(text, text, (region, id) => {
        const problems = eventRefProblems(region, id, REGIONS);
        const usable = REGIONS.includes(region) && EVENT_ID_PATTERN.test(id);
        expect(problems.length === 0).toBe(usable);
        for (const problem of problems) expect(typeof problem).toBe("string");
      }),
      RUNS,
    );
  });
});
