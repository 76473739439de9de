import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { accountPosture, trailPosture, type FixTarget } from "@/lib/trails/posture";
import type { Trail } from "@/lib/trails/trail";

import { AccountPostureCard, TrailPostureChecks } from "./posture-checks";

const NOW = Date.parse("2026-11-24T12:00:00.000Z");

const trail: Trail = {
  arn: "arn:aws:cloudtrail:eu-west-1:123456789012:trail/eu-data-events",
  name: "eu-data-events",
  homeRegion: "eu-west-1",
  isMultiRegion: false,
  isOrganization: false,
  s3BucketName: "acme-eu-logs",
  includeGlobalServiceEvents: false,
  logFileValidationEnabled: true,
  hasCustomEventSelectors: false,
  hasInsightSelectors: false,
};

const subject = { trail, status: { ok: true as const, status: { isLogging: true, readAt: NOW } } };

function fixHref(target: FixTarget): string {
  return target.page === "new"
    ? "/trails/new"
    : `/trails/${target.homeRegion}/${encodeURIComponent(target.name)}/${target.page}`;
}

describe("TrailPostureChecks", () => {
  const checks = trailPosture(subject);

  it("shows each check's status in words, why, and a link to its documentation", () => {
    const html = renderToString(<TrailPostureChecks checks={checks} trailName="eu-data-events" />);
    expect(html).toContain('aria-label="Posture checks of eu-data-events"');
    expect(html.match(/data-posture-status="fail"/g)).toHaveLength(3);
    expect(html.match(/data-posture-status="pass"/g)).toHaveLength(1);
    expect(html).toContain("eu-data-events records only its home Region (eu-west-1).");
    expect(html).toContain(
      'href="https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-2"',
    );
  });

  it("links fixes only when it is told how to build the links", () => {
    const plain = renderToString(<TrailPostureChecks checks={checks} trailName="eu-data-events" />);
    expect(plain).toContain("Apply eu-data-events to all Regions (multi-Region trail).");
    expect(plain).not.toContain("/trails/");
    const linked = renderToString(
      <TrailPostureChecks checks={checks} trailName="eu-data-events" fixHref={fixHref} />,
    );
    expect(linked).toContain('href="/trails/eu-west-1/eu-data-events/edit"');
    expect(linked).toContain("Edit eu-data-events");
  });
});

describe("AccountPostureCard", () => {
  it("tallies the controls and shows the account's CloudTrail.1 with its fix", () => {
    const posture = accountPosture({
      regions: ["eu-west-1"],
      regionFailures: [],
      trails: [subject],
    });
    const html = renderToString(<AccountPostureCard posture={posture} fixHref={fixHref} />);
    expect(html).toContain("Security Hub CloudTrail controls: <!-- -->1 pass, 3 fail");
    expect(html).toContain("No trail qualifies: eu-data-events records only its home Region");
    expect(html).toContain('href="/trails/new"');
  });
});
