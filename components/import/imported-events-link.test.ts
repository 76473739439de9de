import { describe, expect, it } from "vitest";

import { loadEventsView } from "@/lib/view/events-view";

import { importedEventsHref, outsideHistory } from "./imported-events-link";

const DAY = 24 * 60 * 60_000;

describe("importedEventsHref", () => {
  it("opens the Event history on the files' regions, padded time span and single account", () => {
    const href = importedEventsHref({
      regions: ["apiso-northsouth-3r", "us-east-1"],
      accounts: ["123456789012"],
      firstEventTime: Date.parse("2020-09-14T00:44:20Z"),
      lastEventTime: Date.parse("2020-09-14T01:13:20Z"),
    })!;
    const url = new URL(href, "http://localhost");
    expect(url.pathname).toBe("/events");
    const view = loadEventsView(url.searchParams);
    expect(view.regions).toEqual(["apiso-northsouth-3r", "us-east-1"]);
    expect(view.f).toEqual([{ field: "recipientAccountId", value: "123456789012" }]);
    expect(view.from?.toISOString()).toBe("2020-09-14T00:43:20.000Z");
    expect(view.to?.toISOString()).toBe("2020-09-14T01:14:20.000Z");
  });

  it("leaves the account out for several, and has no link when no record was read", () => {
    const href = importedEventsHref({
      regions: ["us-east-1"],
      accounts: ["111111111111", "222222222222"],
      firstEventTime: 0,
      lastEventTime: 1,
    })!;
    expect(new URL(href, "http://localhost").searchParams.getAll("f")).toEqual([]);
    expect(importedEventsHref({ regions: [], accounts: [] })).toBeUndefined();
  });
});

describe("outsideHistory", () => {
  const start = Date.parse("2026-01-01T00:00:00Z");
  it("tells whether all, some or none of the records are older than the history", () => {
    expect(
      outsideHistory({ firstEventTime: start - 2 * DAY, lastEventTime: start - DAY }, start),
    ).toBe("all");
    expect(outsideHistory({ firstEventTime: start - DAY, lastEventTime: start + DAY }, start)).toBe(
      "some",
    );
    expect(outsideHistory({ firstEventTime: start + DAY, lastEventTime: start + DAY }, start)).toBe(
      "none",
    );
    expect(outsideHistory({ firstEventTime: 0, lastEventTime: 0 }, null)).toBe("none");
    expect(outsideHistory({}, start)).toBe("none");
  });
});
