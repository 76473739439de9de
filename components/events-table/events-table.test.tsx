import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

import type { TrailEvent } from "@/lib/events/trail-event";

import { EventsTable, type EventsTableProps } from "./events-table";

// The server's render of the table: what the first paint shows before any script runs.

function events(count: number): TrailEvent[] {
  const start = Date.parse("2026-11-24T12:00:00.000Z");
  return Array.from({ length: count }, (_, i) => ({
    id: `id-${i}`,
    name: ["GetObject", "ConsoleLogin", "AssumeRole"][i % 3],
    time: new Date(start - i * 60_000).toISOString(),
    source: "s3.amazonaws.com",
    region: "us-east-1",
    username: i % 4 === 0 ? undefined : `user-${(i * 7) % 50}`,
    resources: [],
    errorCode: i % 10 === 0 ? "AccessDenied" : undefined,
    record: { requestParameters: { bucketName: `bucket-${i % 5}` } },
  }));
}

function render(overrides: Partial<EventsTableProps> = {}): string {
  const props: EventsTableProps = {
    events: events(1000),
    columns: ["eventTime", "eventName", "username", "errorCode"],
    sort: "eventTime",
    order: "desc",
    timeZone: "utc",
    label: "Events in the last hour in us-east-1",
    openEvent: null,
    eventHref: (ref) => `/events?event=${ref.region}:${ref.id}`,
    onOpenEvent: () => {},
    onSortChange: () => {},
    onColumnsChange: () => {},
    selected: [],
    onSelectedChange: () => {},
    ...overrides,
  };
  return renderToString(<EventsTable {...props} />);
}

/** The data rows' cells' text, row by row (tags stripped). */
function cellTexts(html: string): string[][] {
  const rows = html.match(/<tr aria-rowindex="(?!1")\d+"[^>]*>.*?<\/tr>/g) ?? [];
  return rows.map((row) =>
    [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((cell) => cell[1].replace(/<[^>]+>/g, "")),
  );
}

describe("EventsTable on the server", () => {
  it("renders a named table of the first rows only, with the full row count", () => {
    const html = render();
    expect(html).toContain("<caption");
    expect(html).toContain("Events in the last hour in us-east-1");
    expect(html).toContain('aria-rowcount="1001"');
    const rows = cellTexts(html);
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0].slice(1, 3)).toEqual(["2026-11-24 12:00:00", "GetObject"]);
    expect(html).toContain('aria-rowindex="2"');
    expect(html).toContain('href="/events?event=us-east-1:id-0"');
  });

  it("sorts by the sort column, with empty cells last either way", () => {
    for (const order of ["asc", "desc"] as const) {
      const users = cellTexts(render({ sort: "username", order })).map((cells) => cells[3]);
      const named = users.filter((u) => u !== "—");
      const sorted = [...named].sort((a, b) =>
        a.localeCompare(b, "en", { numeric: true, sensitivity: "base" }),
      );
      expect(named).toEqual(order === "asc" ? sorted : sorted.reverse());
    }
    // Among 1,000 events the empty ones (every fourth) come after the first 40 rows.
    const asc = cellTexts(render({ sort: "username", order: "asc" })).map((cells) => cells[3]);
    expect(asc).not.toContain("—");
  });

  it("marks the sorted header, and sorts by a column that is not shown", () => {
    const html = render({ sort: "requestParameters.bucketName", order: "asc" });
    expect(html).not.toContain("aria-sort");
    expect(html).not.toContain("requestParameters.bucketName</span>");
    expect(cellTexts(html)[0][2]).toBe("GetObject");
    expect(render({ sort: "eventName", order: "asc" })).toMatch(/aria-sort="ascending"/);
  });

  it("leaves local times to the browser, whose time zone the server does not know", () => {
    const rows = cellTexts(render({ timeZone: "local" }));
    expect(rows[0][1]).toBe("");
    expect(render({ timeZone: "local" })).toContain("Time (local)");
  });

  it("ticks selected rows and disables the rest once five are selected", () => {
    const selected = [0, 1, 2, 3, 4].map((i) => ({ region: "us-east-1", id: `id-${i}` }));
    const html = render({ selected });
    const boxes = html.match(/<input type="checkbox"[^>]*>/g) ?? [];
    expect(boxes.filter((box) => box.includes('checked=""'))).toHaveLength(5);
    const disabled = boxes.filter((box) => box.includes('disabled=""'));
    expect(disabled).toHaveLength(boxes.length - 5);
    expect(disabled[0]).toContain("You can compare up to 5 events");
  });

  it("shows error codes as badges and empty cells as a dash", () => {
    const first = cellTexts(render())[0];
    expect(first[4]).toBe("AccessDenied");
    expect(first[3]).toBe("—");
  });
});
