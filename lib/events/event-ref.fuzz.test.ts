import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { EVENT_ID_PATTERN, eventRefProblems, formatEventRef, splitEventRef } from "./event-ref";

const REGIONS = ["us-east-1", "eu-west-1"];
const RUNS = { numRuns: 300 };

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  { weight: 4, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 1, arbitrary: fc.string({ minLength: 129, maxLength: 3000 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "us-east-1:0d7e5c2a-9b1f-4c3e-8a6d-123456789abc",
      "us-east-1:",
      ":0d7e",
      "us-east-1:a:b",
      "zz-fake-1:abc",
      "us-east-1:%00",
      "us-east-1:" + "a".repeat(128),
      "__proto__:x",
    ),
  },
);

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
