import { describe, expect, it } from "vitest";

import {
  effectiveEventsView,
  eventsViewProblems,
  loadEventsView,
  serializeEventsView,
  viewRegions,
} from "./events-view";
import { overviewViewProblems } from "./overview-view";

const REGIONS = ["us-east-1", "eu-west-1", "ap-northeast-1"];

describe("the Events view in the URL", () => {
  it("round-trips every part of a view", () => {
    const url = serializeEventsView("/events", {
      regions: ["us-east-1", "eu-west-1"],
      f: [
        { field: "Username", value: "ci-deployer" },
        { field: "userIdentity.arn", value: "arn:aws:iam::1:role/a,b" },
      ],
      failures: true,
      flagged: "cloudtrail-tampering",
      range: "7d",
      from: new Date("2026-11-20T00:00:00Z"),
      to: new Date("2026-11-21T00:00:00Z"),
      tz: "local",
      cols: ["eventTime", "requestParameters.bucketName"],
      sort: "eventName",
      order: "asc",
      event: { region: "eu-west-1", id: "0d7e-1" },
    });
    const view = loadEventsView(new URL(url, "http://x").searchParams);
    expect(view).toEqual({
      regions: ["us-east-1", "eu-west-1"],
      f: [
        { field: "Username", value: "ci-deployer" },
        { field: "userIdentity.arn", value: "arn:aws:iam::1:role/a,b" },
      ],
      failures: true,
      flagged: "cloudtrail-tampering",
      range: "7d",
      from: new Date("2026-11-20T00:00:00Z"),
      to: new Date("2026-11-21T00:00:00Z"),
      tz: "local",
      cols: ["eventTime", "requestParameters.bucketName"],
      sort: "eventName",
      order: "asc",
      event: { region: "eu-west-1", id: "0d7e-1" },
    });
  });

  it("defaults to the first region, the last hour, UTC, newest first", () => {
    const view = effectiveEventsView(loadEventsView(new URLSearchParams()), REGIONS);
    expect(viewRegions(view, REGIONS)).toEqual(["us-east-1"]);
    expect(view).toMatchObject({ range: "1h", tz: "utc", sort: "eventTime", order: "desc", f: [] });
    expect(eventsViewProblems(new URLSearchParams(), REGIONS)).toEqual([]);
  });

  it("takes all regions", () => {
    const view = effectiveEventsView(loadEventsView(new URLSearchParams("regions=all")), REGIONS);
    expect(viewRegions(view, REGIONS)).toEqual(REGIONS);
  });

  it("names every bad parameter, and the view falls back to defaults", () => {
    const params = new URLSearchParams(
      "regions=mars-1&f=Nope:x&f=EventName:&f=ReadOnly:perhaps&f=Username:alice&range=2y&from=yesterday&tz=mars&order=up&cols=eventTime,bad%20path&event=nope&failures=sure",
    );
    const problems = eventsViewProblems(params, REGIONS);
    expect(problems.join("\n")).toContain("f=Nope:x");
    expect(problems.join("\n")).toContain("The Event name condition has no value");
    expect(problems.join("\n")).toContain("Read only must be true or false");
    expect(problems.join("\n")).toContain("range=2y");
    expect(problems.join("\n")).toContain("from=yesterday");
    expect(problems.join("\n")).toContain("tz=mars");
    expect(problems.join("\n")).toContain("order=up");
    expect(problems.join("\n")).toContain("“bad path”");
    expect(problems.join("\n")).toContain("event=nope");
    expect(problems.join("\n")).toContain("failures=sure");
    expect(problems.join("\n")).toContain("regions=mars-1");
    const view = effectiveEventsView(loadEventsView(params), REGIONS);
    expect(view.f).toEqual([{ field: "Username", value: "alice" }]);
    expect(view).toMatchObject({
      range: "1h",
      tz: "utc",
      order: "desc",
      event: null,
      failures: false,
    });
    expect(view.cols).toEqual(["eventTime"]);
    expect(viewRegions(view, REGIONS)).toEqual(["us-east-1"]);
  });

  it("says which regions are not the dashboard's, and keeps the others", () => {
    const params = new URLSearchParams("regions=eu-west-1,sa-east-1");
    expect(eventsViewProblems(params, REGIONS)).toEqual([
      "sa-east-1 is not one of this dashboard's regions (us-east-1, eu-west-1, ap-northeast-1); showing eu-west-1.",
    ]);
    expect(viewRegions(effectiveEventsView(loadEventsView(params), REGIONS), REGIONS)).toEqual([
      "eu-west-1",
    ]);
  });

  it("drops a time range that ends before it starts", () => {
    const params = new URLSearchParams(
      "from=2026-11-24T10:00:00Z&to=2026-11-24T09:00:00Z&range=3h",
    );
    expect(eventsViewProblems(params, REGIONS)).toEqual([
      "The time range starts after it ends; showing the last 3 hours.",
    ]);
    expect(effectiveEventsView(loadEventsView(params), REGIONS)).toMatchObject({
      from: null,
      to: null,
      range: "3h",
    });
  });
});

describe("flagged only and the Overview's stacking in the URL", () => {
  it("reads any or a rule's id, and names anything else", () => {
    expect(loadEventsView(new URLSearchParams("flagged=any")).flagged).toBe("any");
    expect(loadEventsView(new URLSearchParams("flagged=snapshot-shared")).flagged).toBe(
      "snapshot-shared",
    );
    const bad = new URLSearchParams("flagged=<script>&by=color");
    expect(loadEventsView(bad).flagged).toBeNull();
    const problems = eventsViewProblems(bad, ["us-east-1"]);
    expect(problems).toContain(
      "“flagged=<script>” is not “any” or the id of a detection rule; it was ignored.",
    );
    // `by` belongs to the Overview: the Events page has nothing to say about it.
    expect(problems.some((p) => p.includes("by=color"))).toBe(false);
    expect(
      overviewViewProblems(bad, ["us-east-1"]).some((p) =>
        p.startsWith("“by=color” is not one of source, name"),
      ),
    ).toBe(true);
  });
});
