import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { safeReturnPath } from "./return-path";
import { urlLikeText as text } from "./testing/url-like-text";

const BASE = "http://trailscope.invalid";
const RUNS = { numRuns: 300 };

describe("where a sign-in returns to, under arbitrary input", () => {
  it("is always a path on this dashboard, never the sign-in page, with no control character", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.anything()), (value) => {
        const path = safeReturnPath(value);
        expect(path.startsWith("/")).toBe(true);
        expect(path.startsWith("//") || path.startsWith("/\\")).toBe(false);
        expect(path).not.toMatch(/[\u0000-\u001f\u007f\\]/);
        const url = new URL(path, BASE);
        expect(url.origin).toBe(BASE);
        expect(url.pathname).not.toBe("/sign-in");
      }),
      RUNS,
    );
  });
});
