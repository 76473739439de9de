import { describe, expect, it } from "vitest";

import type { AdvancedEventSelector, BasicEventSelector, EventSelectors } from "./event-selectors";
import {
  accountPosture,
  fieldAdmits,
  logGroupName,
  trailPosture,
  type PostureCheck,
  type PostureSubject,
} from "./posture";
import type { Trail, TrailStatusResult } from "./trail";

const NOW = Date.parse("2026-11-24T12:00:00.000Z");

function trail(overrides: Partial<Trail> = {}): Trail {
  const name = overrides.name ?? "management-events";
  const homeRegion = overrides.homeRegion ?? "us-east-1";
  return {
    arn: `arn:aws:cloudtrail:${homeRegion}:123456789012:trail/${name}`,
    name,
    homeRegion,
    isMultiRegion: true,
    isOrganization: false,
    s3BucketName: "acme-cloudtrail-logs",
    includeGlobalServiceEvents: true,
    logFileValidationEnabled: true,
    kmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    cloudWatchLogsLogGroupArn:
      "arn:aws:logs:us-east-1:123456789012:log-group:aws-cloudtrail-logs-management-events:*",
    cloudWatchLogsRoleArn: "arn:aws:iam::123456789012:role/CloudTrailCloudWatchLogsRole",
    hasCustomEventSelectors: true,
    hasInsightSelectors: false,
    ...overrides,
  };
}

const logging: TrailStatusResult = { ok: true, status: { isLogging: true, readAt: NOW } };
const stopped: TrailStatusResult = {
  ok: true,
  status: { isLogging: false, stoppedAt: NOW - 3_600_000, readAt: NOW },
};
const failedStatus: TrailStatusResult = {
  ok: false,
  failure: { code: "ThrottlingException", message: "Rate exceeded", retryable: true },
};

function basic(...selectors: Partial<BasicEventSelector>[]): EventSelectors {
  return {
    kind: "basic",
    selectors: selectors.map((s) => ({
      readWriteType: "All",
      includeManagementEvents: true,
      excludeManagementEventSources: [],
      dataResources: [],
      ...s,
    })),
  };
}

function advanced(...selectors: AdvancedEventSelector["fieldSelectors"][]): EventSelectors {
  return { kind: "advanced", selectors: selectors.map((fieldSelectors) => ({ fieldSelectors })) };
}

const MANAGEMENT = { field: "eventCategory", equals: ["Management"] };

function subject(overrides: Partial<PostureSubject> = {}): PostureSubject {
  return { trail: trail(), status: logging, selectors: basic({}), ...overrides };
}

function control1(s: PostureSubject): PostureCheck {
  const [first] = trailPosture(s);
  expect(first.control).toBe("CloudTrail.1");
  return first;
}

describe("trailPosture: CloudTrail.1 for one trail", () => {
  it("passes a multi-Region, logging trail recording all read and write management events", () => {
    const check = control1(subject());
    expect(check).toMatchObject({
      status: "pass",
      why: "management-events is multi-Region and logging, and records read and write management events.",
      fixes: [],
      docsUrl:
        "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-1",
    });
    expect(check.title).toMatch(/at least one multi-Region trail/);
  });

  it("passes a trail without custom selectors before its selectors load: CloudTrail's default is all management events", () => {
    const check = control1(
      subject({ trail: trail({ hasCustomEventSelectors: false }), selectors: undefined }),
    );
    expect(check.status).toBe("pass");
  });

  it("is unknown while custom selectors are not loaded", () => {
    const check = control1(subject({ selectors: undefined }));
    expect(check.status).toBe("unknown");
    expect(check.why).toBe(
      "management-events is multi-Region, but its event selectors are not loaded yet, so whether it is logging read and write management events is not known.",
    );
    expect(check.fixes).toEqual([]);
  });

  it("is unknown when the status failed to load, naming the failure", () => {
    const check = control1(subject({ status: failedStatus }));
    expect(check.status).toBe("unknown");
    expect(check.why).toContain("its logging status failed to load (Rate exceeded)");
  });

  it("fails a stopped trail, with a fix on the trail's page", () => {
    const check = control1(subject({ status: stopped }));
    expect(check.status).toBe("fail");
    expect(check.why).toBe("management-events is not logging.");
    expect(check.fixes).toEqual([
      {
        text: "Start logging on management-events.",
        target: { page: "trail", homeRegion: "us-east-1", name: "management-events" },
      },
    ]);
  });

  it("fails on a known fact even when another is unknown", () => {
    const check = control1(
      subject({ trail: trail({ isMultiRegion: false }), status: failedStatus }),
    );
    expect(check.status).toBe("fail");
    expect(check.why).toBe("management-events records only its home Region (us-east-1).");
  });

  it("names every failed condition and gives a fix for each", () => {
    const check = control1(
      subject({
        trail: trail({ name: "eu-data-events", homeRegion: "eu-west-1", isMultiRegion: false }),
        status: stopped,
        selectors: basic({ includeManagementEvents: false }),
      }),
    );
    expect(check.why).toBe(
      "eu-data-events records only its home Region (eu-west-1), is not logging and records no management events.",
    );
    expect(check.fixes.map((f) => f.target?.page)).toEqual(["edit", "trail", "selectors"]);
  });

  it("counts an organization trail like any other", () => {
    expect(control1(subject({ trail: trail({ isOrganization: true }) })).status).toBe("pass");
  });

  describe("basic selectors", () => {
    it("passes when one of several selectors records all management events", () => {
      const selectors = basic(
        {
          includeManagementEvents: false,
          dataResources: [{ type: "AWS::S3::Object", values: ["arn:aws:s3"] }],
        },
        {},
      );
      expect(control1(subject({ selectors })).status).toBe("pass");
    });

    it("fails read-only management events", () => {
      const check = control1(subject({ selectors: basic({ readWriteType: "ReadOnly" }) }));
      expect(check.status).toBe("fail");
      expect(check.why).toBe("management-events records only read-only management events.");
    });

    it("fails write-only management events", () => {
      const check = control1(subject({ selectors: basic({ readWriteType: "WriteOnly" }) }));
      expect(check.why).toBe("management-events records only write-only management events.");
    });

    it("fails read-only and write-only in separate selectors: the control wants one selector with both", () => {
      const check = control1(
        subject({
          selectors: basic({ readWriteType: "ReadOnly" }, { readWriteType: "WriteOnly" }),
        }),
      );
      expect(check.status).toBe("fail");
      expect(check.why).toMatch(/only in separate selectors/);
    });

    it("fails when AWS KMS or RDS Data API events are excluded (multi-region-cloudtrail-enabled rule)", () => {
      const check = control1(
        subject({
          selectors: basic({
            excludeManagementEventSources: ["kms.amazonaws.com", "rdsdata.amazonaws.com"],
          }),
        }),
      );
      expect(check.status).toBe("fail");
      expect(check.why).toBe(
        "management-events excludes AWS KMS and Amazon RDS Data API events from its management events.",
      );
      expect(check.fixes[0].target).toEqual({
        page: "selectors",
        homeRegion: "us-east-1",
        name: "management-events",
      });
    });

    it("passes when another selector records every source", () => {
      const selectors = basic({ excludeManagementEventSources: ["kms.amazonaws.com"] }, {});
      expect(control1(subject({ selectors })).status).toBe("pass");
    });

    it("fails an empty selector list", () => {
      const check = control1(subject({ selectors: { kind: "basic", selectors: [] } }));
      expect(check.why).toBe("management-events records no management events.");
    });
  });

  describe("advanced selectors", () => {
    it("passes eventCategory equals Management with no other condition", () => {
      expect(control1(subject({ selectors: advanced([MANAGEMENT]) })).status).toBe("pass");
    });

    it("fails readOnly equals true", () => {
      const check = control1(
        subject({ selectors: advanced([MANAGEMENT, { field: "readOnly", equals: ["true"] }]) }),
      );
      expect(check.status).toBe("fail");
      expect(check.why).toBe(
        "management-events records only read-only management events (readOnly equals true).",
      );
    });

    it("fails readOnly equals false as write-only", () => {
      const check = control1(
        subject({ selectors: advanced([MANAGEMENT, { field: "readOnly", equals: ["false"] }]) }),
      );
      expect(check.why).toContain("only write-only management events (readOnly equals false)");
    });

    it("fails readOnly notEquals true as write-only", () => {
      const check = control1(
        subject({ selectors: advanced([MANAGEMENT, { field: "readOnly", notEquals: ["true"] }]) }),
      );
      expect(check.why).toContain("only write-only management events");
    });

    it("passes a readOnly condition that admits both values", () => {
      const selectors = advanced([MANAGEMENT, { field: "readOnly", equals: ["true", "false"] }]);
      expect(control1(subject({ selectors })).status).toBe("pass");
    });

    it("fails an excluded event source", () => {
      const check = control1(
        subject({
          selectors: advanced([
            MANAGEMENT,
            { field: "eventSource", notEquals: ["kms.amazonaws.com"] },
          ]),
        }),
      );
      expect(check.why).toBe(
        "management-events excludes AWS KMS events from its management events.",
      );
    });

    it("fails other conditions on management events", () => {
      const check = control1(
        subject({
          selectors: advanced([MANAGEMENT, { field: "eventSource", startsWith: ["iam."] }]),
        }),
      );
      expect(check.why).toContain("only the management events whose eventSource matches");
    });

    it("fails data-event-only selectors", () => {
      const check = control1(
        subject({
          selectors: advanced([
            { field: "eventCategory", equals: ["Data"] },
            { field: "resources.type", equals: ["AWS::S3::Object"] },
          ]),
        }),
      );
      expect(check.why).toBe("management-events records no management events.");
    });

    it("passes when a second selector records all management events", () => {
      const selectors = advanced(
        [MANAGEMENT, { field: "readOnly", equals: ["true"] }],
        [MANAGEMENT],
      );
      expect(control1(subject({ selectors })).status).toBe("pass");
    });
  });
});

describe("trailPosture: per-trail controls", () => {
  it("passes CloudTrail.2, .4 and .5 for a fully set up trail, naming the key and group", () => {
    const [, encryption, validation, cloudWatch] = trailPosture(subject());
    expect(encryption).toMatchObject({ control: "CloudTrail.2", status: "pass" });
    expect(encryption.why).toBe(
      "management-events encrypts its log files with the KMS key key/1234abcd-12ab-34cd-56ef-1234567890ab.",
    );
    expect(validation).toMatchObject({ control: "CloudTrail.4", status: "pass" });
    expect(cloudWatch).toMatchObject({ control: "CloudTrail.5", status: "pass" });
    expect(cloudWatch.why).toBe(
      "management-events sends its events to the CloudWatch Logs group aws-cloudtrail-logs-management-events.",
    );
    expect(cloudWatch.docsUrl).toMatch(/#cloudtrail-5$/);
  });

  it("fails each with a fix on the edit page", () => {
    const bare = trail({
      name: "bare",
      kmsKeyId: undefined,
      logFileValidationEnabled: false,
      cloudWatchLogsLogGroupArn: undefined,
      cloudWatchLogsRoleArn: undefined,
    });
    const checks = trailPosture(subject({ trail: bare })).slice(1);
    expect(checks.map((c) => [c.control, c.status])).toEqual([
      ["CloudTrail.2", "fail"],
      ["CloudTrail.4", "fail"],
      ["CloudTrail.5", "fail"],
    ]);
    expect(checks[0].why).toBe(
      "bare has no KMS key: its log files are encrypted only with S3-managed keys (SSE-S3).",
    );
    for (const check of checks) {
      expect(check.fixes).toHaveLength(1);
      expect(check.fixes[0].target).toEqual({
        page: "edit",
        homeRegion: "us-east-1",
        name: "bare",
      });
    }
  });

  it("does not depend on the status: settings checks stand when the status failed to load", () => {
    const statuses = trailPosture(subject({ status: failedStatus })).map((c) => c.status);
    expect(statuses).toEqual(["unknown", "pass", "pass", "pass"]);
  });
});

describe("accountPosture", () => {
  const regions = ["us-east-1", "eu-west-1"];

  it("fails CloudTrail.1 with no trails at all, and suggests creating one", () => {
    const posture = accountPosture({ regions, regionFailures: [], trails: [] });
    expect(posture.multiRegion.status).toBe("fail");
    expect(posture.multiRegion.why).toMatch(/no trails/);
    expect(posture.multiRegion.fixes).toEqual([
      expect.objectContaining({ target: { page: "new" } }),
    ]);
    expect(posture.perTrail.map((s) => [s.control, s.status, s.total])).toEqual([
      ["CloudTrail.2", "unknown", 0],
      ["CloudTrail.4", "unknown", 0],
      ["CloudTrail.5", "unknown", 0],
    ]);
  });

  it("knows nothing when every Region failed to read", () => {
    const failure = { code: "AccessDenied", message: "no", retryable: false };
    const posture = accountPosture({
      regions,
      regionFailures: regions.map((region) => ({ region, failure })),
      trails: [],
    });
    expect(posture.multiRegion.status).toBe("unknown");
    expect(posture.perTrail[0].why).toBe("The trails could not be read in any Region.");
  });

  it("passes when one trail qualifies, whatever the others", () => {
    const posture = accountPosture({
      regions,
      regionFailures: [],
      trails: [subject({ trail: trail({ name: "regional", isMultiRegion: false }) }), subject()],
    });
    expect(posture.multiRegion.status).toBe("pass");
    expect(posture.multiRegion.why).toBe(
      "management-events is multi-Region and logging, and records read and write management events.",
    );
  });

  it("says how many others qualify", () => {
    const posture = accountPosture({
      regions,
      regionFailures: [],
      trails: [subject(), subject({ trail: trail({ name: "second" }) })],
    });
    expect(posture.multiRegion.why).toMatch(/ 1 other trail qualifies too\.$/);
  });

  it("is unknown rather than failing while a candidate's facts are missing", () => {
    const posture = accountPosture({
      regions,
      regionFailures: [],
      trails: [
        subject({ trail: trail({ name: "regional", isMultiRegion: false }) }),
        subject({ selectors: undefined }),
      ],
    });
    expect(posture.multiRegion.status).toBe("unknown");
    expect(posture.multiRegion.why).toBe(
      "No trail is known to qualify yet (management-events: its event selectors are not loaded yet).",
    );
  });

  it("fails with each trail's reasons, fixing the multi-Region trail closest to passing", () => {
    const posture = accountPosture({
      regions,
      regionFailures: [],
      trails: [
        subject({
          trail: trail({ name: "eu-data-events", homeRegion: "eu-west-1", isMultiRegion: false }),
          selectors: basic({ includeManagementEvents: false }),
        }),
        subject({ status: stopped }),
        subject({
          trail: trail({ name: "read-only" }),
          status: stopped,
          selectors: basic({ readWriteType: "ReadOnly" }),
        }),
      ],
    });
    expect(posture.multiRegion.status).toBe("fail");
    expect(posture.multiRegion.why).toBe(
      "No trail qualifies: eu-data-events records only its home Region (eu-west-1) and records no management events; management-events is not logging; read-only is not logging and records only read-only management events.",
    );
    expect(posture.multiRegion.fixes).toEqual([
      {
        text: "Start logging on management-events.",
        target: { page: "trail", homeRegion: "us-east-1", name: "management-events" },
      },
    ]);
  });

  it("suggests a new trail when no trail is multi-Region", () => {
    const posture = accountPosture({
      regions,
      regionFailures: [],
      trails: [subject({ trail: trail({ name: "regional", isMultiRegion: false }) })],
    });
    expect(posture.multiRegion.fixes.map((f) => f.target)).toEqual([{ page: "new" }]);
  });

  it("counts the trails failing each per-trail control, with their fixes", () => {
    const posture = accountPosture({
      regions,
      regionFailures: [],
      trails: [
        subject(),
        subject({ trail: trail({ name: "a", kmsKeyId: undefined }) }),
        subject({
          trail: trail({ name: "b", kmsKeyId: undefined, logFileValidationEnabled: false }),
        }),
      ],
    });
    const [encryption, validation, cloudWatch] = posture.perTrail;
    expect(encryption).toMatchObject({
      control: "CloudTrail.2",
      status: "fail",
      total: 3,
      failing: [
        { homeRegion: "us-east-1", name: "a" },
        { homeRegion: "us-east-1", name: "b" },
      ],
      why: "2 of 3 trails are not encrypted with a KMS key: a and b.",
    });
    expect(encryption.fixes.map((f) => f.target)).toEqual([
      { page: "edit", homeRegion: "us-east-1", name: "a" },
      { page: "edit", homeRegion: "us-east-1", name: "b" },
    ]);
    expect(validation.why).toBe("1 of 3 trails is without log file validation: b.");
    expect(cloudWatch).toMatchObject({ status: "pass", why: "All 3 trails pass.", failing: [] });
  });
});

describe("logGroupName", () => {
  it("takes the name from a log group ARN, with or without the trailing :*", () => {
    expect(logGroupName("arn:aws:logs:us-east-1:123456789012:log-group:a/b:c:*")).toBe("a/b:c");
    expect(logGroupName("arn:aws:logs:us-east-1:123456789012:log-group:trail-logs")).toBe(
      "trail-logs",
    );
  });
});

describe("fieldAdmits", () => {
  it("requires every operator to hold", () => {
    const field = { field: "eventSource", startsWith: ["s3."], notEndsWith: [".net"] };
    expect(fieldAdmits(field, "s3.amazonaws.com")).toBe(true);
    expect(fieldAdmits(field, "s3.example.net")).toBe(false);
    expect(fieldAdmits(field, "iam.amazonaws.com")).toBe(false);
  });

  it("handles the negative operators", () => {
    expect(fieldAdmits({ field: "readOnly", notEquals: ["true"] }, "true")).toBe(false);
    expect(fieldAdmits({ field: "x", notStartsWith: ["a"] }, "abc")).toBe(false);
    expect(fieldAdmits({ field: "x", endsWith: ["c"] }, "abc")).toBe(true);
  });
});
