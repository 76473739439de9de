import { describe, expect, it } from "vitest";

import { loadEventsView } from "@/lib/view/events-view";

import {
  compareHref,
  eventPageHref,
  eventPivots,
  MAX_RESOURCE_PIVOTS,
  pivotWindow,
  referencedResources,
} from "./pivots";
import type { TrailEvent } from "./trail-event";

const LEAKED_KEY_CALL: TrailEvent = {
  id: "6f1c2d3e-0000-4000-8000-000000000001",
  name: "GetUser",
  time: "2026-11-22T02:47:20.000Z",
  source: "iam.amazonaws.com",
  region: "us-east-1",
  username: "ci-deployer",
  accessKeyId: "AKIARZ3PQX7MFZPLDA2V",
  resources: [{ type: "AWS::IAM::User", name: "ci-deployer" }],
  sourceIp: "185.220.101.34",
  record: {
    userIdentity: { type: "IAMUser", accessKeyId: "AKIARZ3PQX7MFZPLDA2V" },
    sourceIPAddress: "185.220.101.34",
  },
};

/** What the Events page reads back from a pivot's link. */
function viewOf(href: string) {
  const url = new URL(href, "http://localhost");
  return { pathname: url.pathname, view: loadEventsView(url.searchParams) };
}

describe("eventPivots", () => {
  it("links to the user, key, IP and resource in every region, 15 minutes either side", () => {
    const pivots = eventPivots(LEAKED_KEY_CALL);
    expect(pivots.map((p) => [p.label, p.condition])).toEqual([
      ["Same user", { field: "Username", value: "ci-deployer" }],
      ["Same access key", { field: "AccessKeyId", value: "AKIARZ3PQX7MFZPLDA2V" }],
      ["Same source IP", { field: "sourceIPAddress", value: "185.220.101.34" }],
      ["Same resource", { field: "ResourceName", value: "ci-deployer" }],
    ]);
    for (const pivot of pivots) {
      const { pathname, view } = viewOf(pivot.href);
      expect(pathname).toBe("/events");
      expect(view.regions).toBe("all");
      expect(view.f).toEqual([pivot.condition]);
      expect(view.from?.toISOString()).toBe("2026-11-22T02:32:20.000Z");
      expect(view.to?.toISOString()).toBe("2026-11-22T03:02:20.000Z");
      expect(view.tz).toBe("utc");
    }
    expect(pivots[0].href).toBe(
      "/events?regions=all&f=Username:ci-deployer&from=2026-11-22T02:32:20.000Z&to=2026-11-22T03:02:20.000Z",
    );
  });

  it("keeps the local time zone in the links", () => {
    const [pivot] = eventPivots(LEAKED_KEY_CALL, "local");
    expect(viewOf(pivot.href).view.tz).toBe("local");
  });

  it("leaves out pivots the event has no value for", () => {
    const service: TrailEvent = {
      ...LEAKED_KEY_CALL,
      username: undefined,
      accessKeyId: undefined,
      sourceIp: undefined,
      resources: [],
      record: { userIdentity: { type: "AWSService", accessKeyId: "" } },
    };
    expect(eventPivots(service)).toEqual([]);
  });

  it("takes the access key from the record when LookupEvents gave none", () => {
    const event = {
      ...LEAKED_KEY_CALL,
      accessKeyId: undefined,
      record: { userIdentity: { accessKeyId: "ASIAEXAMPLE" } },
    };
    expect(eventPivots(event).find((p) => p.label === "Same access key")?.value).toBe(
      "ASIAEXAMPLE",
    );
  });

  it("caps resource pivots, and searches the text for ARNs only the record lists", () => {
    const many: TrailEvent = {
      ...LEAKED_KEY_CALL,
      resources: Array.from({ length: 8 }, (_, i) => ({ type: "AWS::IAM::Role", name: `r${i}` })),
    };
    const resources = eventPivots(many).filter((p) => p.label === "Same resource");
    expect(resources).toHaveLength(MAX_RESOURCE_PIVOTS);

    const onlyInRecord: TrailEvent = {
      ...LEAKED_KEY_CALL,
      resources: [],
      record: { resources: [{ type: "AWS::KMS::Key", ARN: "arn:aws:kms:us-west-2:1:key/k" }] },
    };
    expect(eventPivots(onlyInRecord).find((p) => p.label === "Same resource")?.condition).toEqual({
      field: "text",
      value: "arn:aws:kms:us-west-2:1:key/k",
    });
  });

  it("offers nothing for an event whose time cannot be read", () => {
    expect(eventPivots({ ...LEAKED_KEY_CALL, time: "not a time" })).toEqual([]);
    expect(pivotWindow("not a time")).toBeNull();
  });
});

describe("referencedResources", () => {
  it("pairs LookupEvents' names with the record's ARNs, then adds the record's others", () => {
    const event: TrailEvent = {
      ...LEAKED_KEY_CALL,
      resources: [
        { type: "AWS::S3::Bucket", name: "acme-prod-backups" },
        { type: "AWS::S3::Bucket", name: "acme-prod-backups" },
        { type: "AWS::IAM::User", name: "" },
      ],
      record: {
        resources: [
          { type: "AWS::S3::Bucket", ARN: "arn:aws:s3:::acme-prod-backups" },
          { type: "AWS::KMS::Key", ARN: "arn:aws:kms:us-east-1:123456789012:key/abc" },
          { type: "AWS::KMS::Key", ARN: "arn:aws:kms:us-east-1:123456789012:key/abc" },
          { type: "AWS::S3::Object" },
        ],
      },
    };
    expect(referencedResources(event)).toEqual([
      {
        type: "AWS::S3::Bucket",
        name: "acme-prod-backups",
        arn: "arn:aws:s3:::acme-prod-backups",
        source: "lookup",
      },
      {
        type: "AWS::KMS::Key",
        name: "arn:aws:kms:us-east-1:123456789012:key/abc",
        arn: "arn:aws:kms:us-east-1:123456789012:key/abc",
        source: "record",
      },
    ]);
  });
});

describe("eventPageHref and compareHref", () => {
  it("build the event's page and the compare page", () => {
    expect(eventPageHref({ region: "us-east-1", id: "abc-1" })).toBe("/events/us-east-1/abc-1");
    expect(eventPageHref({ region: "us-east-1", id: "abc-1" }, "local")).toBe(
      "/events/us-east-1/abc-1?tz=local",
    );
    expect(
      compareHref([
        { region: "us-east-1", id: "a" },
        { region: "eu-west-1", id: "b" },
      ]),
    ).toBe("/events/compare?e=us-east-1:a&e=eu-west-1:b");
    expect(compareHref([{ region: "us-east-1", id: "a" }], "local")).toBe(
      "/events/compare?e=us-east-1:a&tz=local",
    );
  });
});
