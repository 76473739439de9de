import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { REGION_PATTERN } from "@/lib/view/regions";

import { MAX_COMPARED, parseCompareRefs } from "./compare-refs";
import { EVENT_ID_PATTERN, formatEventRef } from "./event-ref";
import { eventRefText as text } from "./testing/event-ref-text";

const REGIONS = ["us-east-1", "eu-west-1"];
const RUNS = { numRuns: 300 };

/** A reference a URL could name: often a usable one, to reach the dedup and the limit. */
const ref = fc.oneof(
  text,
  fc
    .tuple(fc.constantFrom(...REGIONS), fc.stringMatching(/^[A-Za-z0-9-]{1,12}$/))
    .map(([region, id]) => `${region}:${id}`),
);

describe("a compare URL's events under arbitrary input", () => {
  it("compare at most five distinct usable events, and account for every other value", () => {
    fc.assert(
      fc.property(fc.array(ref, { maxLength: 40 }), (values) => {
        const { refs, problems } = parseCompareRefs(values, REGIONS);
        expect(refs.length).toBeLessThanOrEqual(MAX_COMPARED);
        const keys = refs.map(formatEventRef);
        expect(new Set(keys).size).toBe(keys.length);
        for (const { region, id } of refs) {
          expect(region).toMatch(REGION_PATTERN);
          expect(REGIONS).toContain(region);
          expect(id).toMatch(EVENT_ID_PATTERN);
        }
        // Each value left out is named once; past the limit, one problem names them all.
        const leftOut = values.length - refs.length;
        expect(problems.length).toBeLessThanOrEqual(leftOut);
        if (leftOut > 0) expect(problems.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
});
