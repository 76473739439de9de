import { describe, expect, it } from "vitest";

import { loadEventsView } from "./events-view";
import { shareLink } from "./share-link";

const start = Date.parse("2026-03-01T10:00:00.000Z");
const end = Date.parse("2026-03-08T10:00:00.123Z");
const relative = { from: null, to: null };

describe("shareLink", () => {
  it("fixes a relative range to the scanned window and keeps every other parameter", () => {
    const page =
      "http://localhost:3000/events?regions=us-east-1,eu-west-1&f=Username:ci-deployer&f=errorCode:AccessDenied&range=7d&tz=local&event=us-east-1:abc#top";
    const link = new URL(shareLink(page, relative, { start, end }));

    expect(link.origin + link.pathname).toBe("http://localhost:3000/events");
    expect(link.hash).toBe("#top");
    expect(link.searchParams.get("from")).toBe("2026-03-01T10:00:00.000Z");
    expect(link.searchParams.get("to")).toBe("2026-03-08T10:00:00.123Z");
    expect(link.searchParams.getAll("f")).toEqual([
      "Username:ci-deployer",
      "errorCode:AccessDenied",
    ]);
    expect(link.searchParams.get("regions")).toBe("us-east-1,eu-west-1");
    expect(link.searchParams.get("range")).toBe("7d");
    expect(link.searchParams.get("tz")).toBe("local");
    expect(link.searchParams.get("event")).toBe("us-east-1:abc");

    const view = loadEventsView(link.searchParams);
    expect(view.from?.getTime()).toBe(start);
    expect(view.to?.getTime()).toBe(end);
    expect(view.f).toEqual([
      { field: "Username", value: "ci-deployer" },
      { field: "errorCode", value: "AccessDenied" },
    ]);
  });

  it("replaces from/to of a half-open range, which still moves with the clock", () => {
    const page = "http://localhost:3000/events?from=2026-03-05T00:00:00.000Z";
    const link = new URL(
      shareLink(page, { from: new Date("2026-03-05T00:00:00.000Z"), to: null }, { start, end }),
    );
    expect(link.searchParams.getAll("from")).toEqual(["2026-03-01T10:00:00.000Z"]);
    expect(link.searchParams.get("to")).toBe("2026-03-08T10:00:00.123Z");
  });

  it("leaves an absolute range as it is", () => {
    const page =
      "http://localhost:3000/events?from=2026-03-05T00:00:00.000Z&to=2026-03-06T00:00:00.000Z";
    const view = {
      from: new Date("2026-03-05T00:00:00.000Z"),
      to: new Date("2026-03-06T00:00:00.000Z"),
    };
    expect(shareLink(page, view, { start, end })).toBe(page);
  });

  it("keeps a relative range when nothing has been scanned yet", () => {
    const page = "http://localhost:3000/events?range=1h";
    expect(shareLink(page, relative, null)).toBe(page);
  });
});
