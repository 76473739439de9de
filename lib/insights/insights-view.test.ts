import { describe, expect, it } from "vitest";

import { insightsListUrl, insightsRequestFor } from "./insights-request";
import {
  effectiveInsightsView,
  insightsListProblems,
  insightsViewProblems,
  loadInsightsView,
  serializeInsightsView,
} from "./insights-view";

const REGIONS = ["us-east-1", "eu-west-1", "ap-east-1"];
const ID = "026ad264-72ff-47f3-8f40-0b51633e6cd4";

describe("the Insights view in the URL", () => {
  it("reads the last 90 days of all regions by default", () => {
    const view = effectiveInsightsView(loadInsightsView(new URLSearchParams()), REGIONS);
    expect(view).toMatchObject({ regions: "all", range: "90d", from: null, to: null, tz: "utc" });
    expect(view.insight).toBeNull();
    const now = Date.parse("2026-11-24T12:00:00Z");
    expect(insightsRequestFor(view, REGIONS, now)).toEqual({
      regions: REGIONS,
      startTime: now - 90 * 24 * 60 * 60_000,
      endTime: now,
    });
  });

  it("round-trips the open insight as region:sharedEventID", () => {
    const url = serializeInsightsView("/insights", {
      regions: ["eu-west-1"],
      insight: { region: "eu-west-1", id: ID },
    });
    expect(url).toBe(`/insights?regions=eu-west-1&insight=eu-west-1:${ID}`);
    const view = loadInsightsView(new URLSearchParams(url.split("?")[1]));
    expect(view.insight).toEqual({ region: "eu-west-1", id: ID });
    expect(insightsViewProblems(new URLSearchParams(url.split("?")[1]), REGIONS)).toEqual([]);
  });

  it("names a bad insight, region or range, and falls back", () => {
    const params = new URLSearchParams({
      insight: "nonsense",
      regions: "us-east-1,mars_north_9",
      range: "2y",
    });
    expect(insightsViewProblems(params, REGIONS)).toEqual([
      "“regions=us-east-1,mars_north_9” is not “all” or region names separated by commas, such as us-east-1,eu-west-1; it was ignored.",
      "“range=2y” is not one of 15m, 1h, 3h, 12h, 24h, 7d, 30d, 90d; it was ignored.",
      "“insight=nonsense” is not a region and an Insights event ID, such as us-east-1:0d7e5c2a-9b1f-4c3e-8a6d-1234567890ab; it was ignored.",
    ]);
    const view = effectiveInsightsView(loadInsightsView(params), REGIONS);
    expect(view).toMatchObject({ regions: "all", range: "90d", insight: null });
  });

  it("says which regions are not the dashboard's, and a range that ends before it starts", () => {
    const params = new URLSearchParams({
      regions: "eu-west-1,us-west-2",
      from: "2026-11-02T00:00:00Z",
      to: "2026-11-01T00:00:00Z",
    });
    expect(insightsViewProblems(params, REGIONS)).toEqual([
      "us-west-2 is not one of this dashboard's regions (us-east-1, eu-west-1, ap-east-1); showing eu-west-1.",
      "The time range starts after it ends; showing the last 90 days.",
    ]);
    expect(insightsListProblems(params, REGIONS)).toEqual([
      "us-west-2 is not one of this dashboard's regions (us-east-1, eu-west-1, ap-east-1).",
      "The time range starts after it ends.",
    ]);
    expect(
      insightsListProblems(new URLSearchParams({ insight: "x", tz: "mars" }), REGIONS),
    ).toEqual([]);
    const view = effectiveInsightsView(loadInsightsView(params), REGIONS);
    expect(view).toMatchObject({ regions: ["eu-west-1"], from: null, to: null });
  });

  it("builds the list route's URL from what decides the list only", () => {
    const view = effectiveInsightsView(
      loadInsightsView(
        new URLSearchParams({
          regions: "eu-west-1",
          range: "30d",
          tz: "local",
          insight: `eu-west-1:${ID}`,
        }),
      ),
      REGIONS,
    );
    expect(insightsListUrl(view)).toBe("/api/insights?regions=eu-west-1&range=30d");
  });
});
