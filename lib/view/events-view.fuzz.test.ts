import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { conditionProblem } from "@/lib/events/conditions";
import { EVENT_ID_PATTERN } from "@/lib/events/event-ref";

import { isColumnId } from "./columns";
import {
  effectiveEventsView,
  eventsViewParsers,
  eventsViewProblems,
  loadEventsView,
  MAX_COLUMNS,
  MAX_CONDITIONS,
  viewRegions,
} from "./events-view";
import { overviewViewProblems, loadOverviewView } from "./overview-view";
import { REGION_PATTERN } from "./regions";

const REGIONS = ["us-east-1", "eu-west-1", "ap-northeast-1"];
const KEYS = Object.keys(eventsViewParsers).concat(["by", "cursor", "__proto__", "constructor"]);
const RUNS = { numRuns: 300 };

/** Text a URL can carry: any code points (lone surrogates too), long runs, and near-misses. */
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ minLength: 2001, maxLength: 5000 }),
  fc.constantFrom(
    "all",
    "us-east-1,,eu-west-1",
    "EventName:",
    "EventName:   ",
    "ReadOnly:maybe",
    "outcome:failure",
    ":value",
    "text:<script>alert(1)</script>",
    "2026-02-30T00:00:00Z",
    "0000-01-01T00:00:00Z",
    "9999-12-31T23:59:59.999Z",
    "2026-01-31T12:00:00+14:00",
    "us-east-1:",
    "us-east-1:" + "a".repeat(129),
    "%E0%A4%A",
    "%%%",
    "\u202eevil",
    "\u0000",
  ),
);

/** A query string as the page receives it: known and unknown keys, repeated, in any order. */
const entries = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), text), {
  maxLength: 30,
});
const searchParams = entries.map((list) => new URLSearchParams(list));
/** The shape Next.js hands a page: a record of strings and string lists. */
const record = entries.map((list) => {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of list) {
    const had = Object.hasOwn(out, key) ? out[key] : undefined;
    out[key] = had === undefined ? value : [had, value].flat();
  }
  return out;
});
const rawParams = fc.oneof(searchParams, record);

describe("the Events view parsers under arbitrary input", () => {
  it("load a well-formed, bounded view from any query string", () => {
    fc.assert(
      fc.property(rawParams, (raw) => {
        const view = loadEventsView(raw);
        expect(view.regions === null || view.regions === "all" || Array.isArray(view.regions)).toBe(
          true,
        );
        if (Array.isArray(view.regions)) {
          expect(view.regions.length).toBeGreaterThan(0);
          for (const region of view.regions) expect(region).toMatch(REGION_PATTERN);
        }
        expect(view.f.length).toBeLessThanOrEqual(MAX_CONDITIONS);
        for (const condition of view.f) expect(conditionProblem(condition)).toBeNull();
        expect(view.cols.length).toBeLessThanOrEqual(MAX_COLUMNS);
        for (const col of view.cols) expect(isColumnId(col)).toBe(true);
        expect(isColumnId(view.sort)).toBe(true);
        for (const date of [view.from, view.to]) {
          if (date !== null) expect(Number.isFinite(date.getTime())).toBe(true);
        }
        if (view.event) {
          expect(view.event.region).toMatch(REGION_PATTERN);
          expect(view.event.id).toMatch(EVENT_ID_PATTERN);
        }
      }),
      RUNS,
    );
  });

  it("name every problem in words, never by throwing", () => {
    fc.assert(
      fc.property(rawParams, (raw) => {
        const problems = eventsViewProblems(raw, REGIONS);
        for (const problem of problems) {
          expect(typeof problem).toBe("string");
          expect(problem.length).toBeGreaterThan(0);
        }
        expect(Array.isArray(overviewViewProblems(raw, REGIONS))).toBe(true);
        expect(loadOverviewView(raw).f.length).toBeLessThanOrEqual(MAX_CONDITIONS);
      }),
      RUNS,
    );
  });

  it("correct any view into one the page can show", () => {
    fc.assert(
      fc.property(rawParams, (raw) => {
        const view = effectiveEventsView(loadEventsView(raw), REGIONS);
        if (view.regions !== "all") {
          expect(view.regions?.length).toBeGreaterThan(0);
          for (const region of view.regions ?? []) expect(REGIONS).toContain(region);
        }
        if (view.from && view.to)
          expect(view.from.getTime()).toBeLessThanOrEqual(view.to.getTime());
        expect(view.cols.length).toBeGreaterThan(0);
        const queried = viewRegions(view, REGIONS);
        expect(queried.length).toBeGreaterThan(0);
        for (const region of queried) expect(REGIONS).toContain(region);
      }),
      RUNS,
    );
  });

  it("keep at most MAX_CONDITIONS conditions and MAX_COLUMNS columns, and say so", () => {
    const params = new URLSearchParams();
    for (let i = 0; i < MAX_CONDITIONS + 5; i++) params.append("f", `EventName:Call${i}`);
    params.set("cols", Array.from({ length: MAX_COLUMNS + 3 }, (_, i) => `path${i}`).join(","));
    const view = loadEventsView(params);
    expect(view.f).toHaveLength(MAX_CONDITIONS);
    expect(view.f[0]).toEqual({ field: "EventName", value: "Call0" });
    expect(view.cols).toHaveLength(MAX_COLUMNS);
    const problems = eventsViewProblems(params, REGIONS);
    expect(problems).toContainEqual(
      expect.stringContaining(`at most ${MAX_CONDITIONS} conditions`),
    );
    expect(problems).toContainEqual(expect.stringContaining(`at most ${MAX_COLUMNS} columns`));
  });
});
