import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { MAX_CONDITIONS, loadEventsView } from "@/lib/view/events-view";
import { REGION_PATTERN } from "@/lib/view/regions";

import { scanRequestFor, scanRequestFromSearchParams } from "./scan-request";

const REGIONS = ["us-east-1", "eu-west-1", "ap-northeast-1"];
const NOW = Date.parse("2026-11-24T12:00:00Z");
const RUNS = { numRuns: 300 };

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ minLength: 4097, maxLength: 6000 }),
  fc.constantFrom("", "e30", "bnVsbA", "W10", "%%%", "eyJ0b2tlbnMiOnt9fQ"),
);
const date = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom(
    "0000-01-01T00:00:00Z",
    "1969-12-31T23:59:59Z",
    "9999-12-31T23:59:59Z",
    "2026-11-25T00:00:00Z",
    "2026-11-24T12:00:00+14:00",
  ),
);

/** A continuation the scan route itself would have handed out. */
const wellFormedCursor = fc
  .tuple(
    fc.integer({ min: 0, max: NOW }),
    fc.integer({ min: 0, max: 90 * 24 * 60 * 60_000 }),
    fc.dictionary(fc.constantFrom(...REGIONS), fc.string({ maxLength: 100 }), { maxKeys: 3 }),
  )
  .map(([startTime, length, tokens]) => ({ startTime, endTime: startTime + length, tokens }));

/** Any JSON a cursor could decode to, and near-misses of a real one. */
const cursorJson = fc.oneof(
  wellFormedCursor,
  fc.jsonValue(),
  fc.record({
    startTime: fc.oneof(
      fc.integer(),
      fc.double(),
      fc.constant(Number.MAX_SAFE_INTEGER),
      fc.constant(9e15),
    ),
    endTime: fc.oneof(
      fc.integer(),
      fc.double(),
      fc.constant(Number.MAX_SAFE_INTEGER),
      fc.constant(9e15),
    ),
    tokens: fc.dictionary(
      fc.oneof(fc.constantFrom(...REGIONS, "__proto__", "constructor", "zz-fake-1"), fc.string()),
      fc.oneof(fc.string(), fc.string({ minLength: 4097, maxLength: 5000 }), fc.jsonValue()),
      { maxKeys: 8 },
    ),
  }),
);
const cursor = fc.oneof(
  text,
  cursorJson.map((json) => Buffer.from(JSON.stringify(json) ?? "", "utf8").toString("base64url")),
);

const params = fc
  .record(
    {
      regions: fc.oneof(text, fc.constantFrom("all", "us-east-1,eu-west-1", "zz-fake-1")),
      f: fc.array(text, { maxLength: 30 }),
      from: fc.oneof(text, date),
      to: fc.oneof(text, date),
      range: fc.oneof(text, fc.constantFrom("15m", "90d")),
      failures: text,
      flagged: text,
      cursor,
    },
    { requiredKeys: [] },
  )
  .map((values) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(values)) {
      for (const item of [value].flat()) search.append(key, item);
    }
    return search;
  });

describe("the scan request under arbitrary query strings", () => {
  it("is always a bounded scan or a clear problem, never a throw", () => {
    let continued = 0;
    fc.assert(
      fc.property(params, (search) => {
        const parsed = scanRequestFromSearchParams(search, REGIONS, NOW);
        if (!parsed.ok) {
          expect(parsed.error).toMatch(/continuation/);
          return;
        }
        const { request } = parsed;
        expect(request.regions.length).toBeGreaterThan(0);
        for (const region of request.regions) expect(REGIONS).toContain(region);
        expect(request.filter.conditions.length).toBeLessThanOrEqual(MAX_CONDITIONS);
        expect(request.startTime).toBeLessThanOrEqual(request.endTime);
        expect(Number.isFinite(new Date(request.startTime).getTime())).toBe(true);
        expect(Number.isFinite(new Date(request.endTime).getTime())).toBe(true);
        if (request.cursor) {
          continued++;
          const { startTime, endTime, tokens } = request.cursor;
          expect(startTime).toBeLessThanOrEqual(endTime);
          expect(Number.isFinite(new Date(endTime).getTime())).toBe(true);
          expect(Object.getPrototypeOf(tokens)).toBe(Object.prototype);
          for (const [region, token] of Object.entries(tokens)) {
            expect(region).toMatch(REGION_PATTERN);
            expect(token.length).toBeLessThanOrEqual(4096);
          }
        }
      }),
      RUNS,
    );
    // The generator reaches well-formed continuations, not only refusals.
    expect(continued).toBeGreaterThan(0);
  });

  it("asks for a time window that starts no later than it ends", () => {
    fc.assert(
      fc.property(params, (search) => {
        const request = scanRequestFor(loadEventsView(search), REGIONS, NOW);
        expect(request.startTime).toBeLessThanOrEqual(request.endTime);
      }),
      RUNS,
    );
  });

  it("clips a start after now to the range before it (regression: from in the future alone)", () => {
    const request = scanRequestFor(
      loadEventsView(new URLSearchParams({ from: "9999-12-31T23:59:59Z", range: "1h" })),
      REGIONS,
      NOW,
    );
    expect(request.startTime).toBeLessThanOrEqual(request.endTime);
  });

  it("refuses a continuation whose window ends before it starts or lies past the last valid date", () => {
    const encode = (json: unknown) =>
      Buffer.from(JSON.stringify(json), "utf8").toString("base64url");
    for (const cursor of [
      { startTime: 2000, endTime: 1000, tokens: {} },
      { startTime: 0, endTime: 9e15, tokens: {} },
    ]) {
      const parsed = scanRequestFromSearchParams(
        new URLSearchParams({ cursor: encode(cursor) }),
        REGIONS,
        NOW,
      );
      expect(parsed.ok).toBe(false);
    }
  });
});
