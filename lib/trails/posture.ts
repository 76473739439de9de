import { formatCount } from "@/lib/format/format-count";

import type {
  AdvancedEventSelector,
  AdvancedFieldSelector,
  BasicEventSelector,
  EventSelectors,
} from "./event-selectors";
import type { Trail, TrailStatusResult, TrailsListing } from "./trail";

/**
 * Posture checks after AWS Security Hub's CloudTrail controls, worked out from what the
 * dashboard reads (DescribeTrails, GetTrailStatus, GetEventSelectors). Pure: runs on the
 * server and in the browser.
 */

export type PostureControlId = "CloudTrail.1" | "CloudTrail.2" | "CloudTrail.4" | "CloudTrail.5";

export type PostureStatus = "pass" | "fail" | "unknown";

/** A trail by what its pages are addressed by: its home region and name. */
export interface TrailRef {
  homeRegion: string;
  name: string;
}

/**
 * A dashboard page where a fix is made: a trail's own page (start logging), its edit page,
 * its selectors page, or the create page. The caller turns it into an href.
 */
export type FixTarget = { page: "new" } | ({ page: "trail" | "edit" | "selectors" } & TrailRef);

export interface PostureFix {
  /** A concrete step, e.g. "Start logging on management-events." */
  text: string;
  /** Where in the dashboard to take it, when the dashboard can. */
  target?: FixTarget;
}

export interface PostureCheck {
  control: PostureControlId;
  /** Security Hub's title of the control. */
  title: string;
  status: PostureStatus;
  /** A sentence naming the facts the status rests on. */
  why: string;
  /** Steps to pass; empty when passing or when the facts are not known. */
  fixes: PostureFix[];
  /** Security Hub's documentation of the control. */
  docsUrl: string;
}

/** An account-wide view of a per-trail control: how many trails fail it, and which. */
export interface ControlSummary extends PostureCheck {
  total: number;
  failing: TrailRef[];
}

export interface AccountPosture {
  /** CloudTrail.1, across every trail. */
  multiRegion: PostureCheck;
  /** CloudTrail.2, .4 and .5, in that order. */
  perTrail: ControlSummary[];
}

/** A trail with what is known about it; `selectors` undefined means not loaded (yet). */
export interface PostureSubject {
  trail: Trail;
  status: TrailStatusResult;
  selectors?: EventSelectors;
}

const DOCS = "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html";

const POSTURE_CONTROLS: Record<PostureControlId, { title: string; docsUrl: string }> = {
  "CloudTrail.1": {
    title:
      "CloudTrail should be enabled and configured with at least one multi-Region trail that includes read and write management events",
    docsUrl: `${DOCS}#cloudtrail-1`,
  },
  "CloudTrail.2": {
    title: "CloudTrail should have encryption at-rest enabled",
    docsUrl: `${DOCS}#cloudtrail-2`,
  },
  "CloudTrail.4": {
    title: "CloudTrail log file validation should be enabled",
    docsUrl: `${DOCS}#cloudtrail-4`,
  },
  "CloudTrail.5": {
    title: "CloudTrail trails should be integrated with Amazon CloudWatch Logs",
    docsUrl: `${DOCS}#cloudtrail-5`,
  },
};

function check(
  control: PostureControlId,
  status: PostureStatus,
  why: string,
  fixes: PostureFix[] = [],
): PostureCheck {
  return { control, ...POSTURE_CONTROLS[control], status, why, fixes };
}

function ref(trail: Trail): TrailRef {
  return { homeRegion: trail.homeRegion, name: trail.name };
}

/** "a", "a and b", "a, b and c". */
function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

type Coverage = { status: "pass" } | { status: "fail" | "unknown"; gap: string };

const SOURCE_NAMES: Record<string, string> = {
  "kms.amazonaws.com": "AWS KMS",
  "rdsdata.amazonaws.com": "Amazon RDS Data API",
};

function sourceName(source: string): string {
  return SOURCE_NAMES[source] ?? source;
}

/**
 * Basic selectors: one selector must include management events, read and write, from every
 * source. AWS Config's multi-region-cloudtrail-enabled rule, which CloudTrail.1 runs, is
 * NON_COMPLIANT when ExcludeManagementEventSources is not empty, so excluding AWS KMS or
 * RDS Data API events fails it.
 */
function basicCoverage(selectors: readonly BasicEventSelector[]): Coverage {
  const management = selectors.filter((s) => s.includeManagementEvents);
  if (management.length === 0) return { status: "fail", gap: "records no management events" };
  const readWrite = management.filter((s) => s.readWriteType === "All");
  if (readWrite.some((s) => s.excludeManagementEventSources.length === 0)) {
    return { status: "pass" };
  }
  if (readWrite.length > 0) {
    const excluded = readWrite[0].excludeManagementEventSources.map(sourceName);
    return {
      status: "fail",
      gap: `excludes ${joinAnd(excluded)} events from its management events`,
    };
  }
  const types = new Set(management.map((s) => s.readWriteType));
  return {
    status: "fail",
    gap:
      types.size > 1
        ? "records read-only and write-only management events only in separate selectors, not both in one"
        : `records only ${types.has("ReadOnly") ? "read-only" : "write-only"} management events`,
  };
}

/** Whether a field's conditions let an event whose field has `value` through (every operator must hold). */
export function fieldAdmits(selector: AdvancedFieldSelector, value: string): boolean {
  const { equals, startsWith, endsWith, notEquals, notStartsWith, notEndsWith } = selector;
  return (
    (equals === undefined || equals.includes(value)) &&
    (startsWith === undefined || startsWith.some((prefix) => value.startsWith(prefix))) &&
    (endsWith === undefined || endsWith.some((suffix) => value.endsWith(suffix))) &&
    (notEquals === undefined || !notEquals.includes(value)) &&
    (notStartsWith === undefined || !notStartsWith.some((prefix) => value.startsWith(prefix))) &&
    (notEndsWith === undefined || !notEndsWith.some((suffix) => value.endsWith(suffix)))
  );
}

function admits(selector: AdvancedEventSelector, field: string, value: string): boolean {
  return selector.fieldSelectors
    .filter((f) => f.field === field)
    .every((f) => fieldAdmits(f, value));
}

function selectsManagement(selector: AdvancedEventSelector): boolean {
  return (
    selector.fieldSelectors.some((f) => f.field === "eventCategory") &&
    admits(selector, "eventCategory", "Management")
  );
}

/** What keeps a management selector from recording every read and write management event, if anything. */
function advancedGap(selector: AdvancedEventSelector): string | undefined {
  const reads = admits(selector, "readOnly", "true");
  const writes = admits(selector, "readOnly", "false");
  if (!reads && !writes) return "records no management events";
  if (!reads || !writes) {
    const kind = reads ? "read-only" : "write-only";
    return `records only ${kind} management events (readOnly equals ${reads ? "true" : "false"})`;
  }
  const other = selector.fieldSelectors.find(
    (f) => f.field !== "eventCategory" && f.field !== "readOnly",
  );
  if (!other) return undefined;
  const onlyNotEquals = Object.keys(other).every((key) => key === "field" || key === "notEquals");
  if (other.field === "eventSource" && onlyNotEquals && other.notEquals) {
    return `excludes ${joinAnd(other.notEquals.map(sourceName))} events from its management events`;
  }
  return `records only the management events whose ${other.field} matches its conditions`;
}

function advancedCoverage(selectors: readonly AdvancedEventSelector[]): Coverage {
  const management = selectors.filter(selectsManagement);
  if (management.length === 0) return { status: "fail", gap: "records no management events" };
  const gaps: string[] = [];
  for (const selector of management) {
    const gap = advancedGap(selector);
    if (gap === undefined) return { status: "pass" };
    gaps.push(gap);
  }
  return { status: "fail", gap: gaps[0] };
}

/**
 * A trail without custom event selectors records all read and write management events
 * (CloudTrail's default); otherwise the answer is in its selectors, once they are loaded.
 */
function managementCoverage(trail: Trail, selectors: EventSelectors | undefined): Coverage {
  if (selectors) {
    return selectors.kind === "basic"
      ? basicCoverage(selectors.selectors)
      : advancedCoverage(selectors.selectors);
  }
  if (!trail.hasCustomEventSelectors) return { status: "pass" };
  return { status: "unknown", gap: "its event selectors are not loaded yet" };
}

interface MultiRegionVerdict {
  check: PostureCheck;
  /** What fails or is not known, without the trail's name, for the account's summary. */
  gaps: string[];
}

function multiRegionVerdict(subject: PostureSubject): MultiRegionVerdict {
  const { trail, status, selectors } = subject;
  const name = trail.name;
  const failed: string[] = [];
  const unknown: string[] = [];
  const fixes: PostureFix[] = [];

  if (!trail.isMultiRegion) {
    failed.push(`records only its home Region (${trail.homeRegion})`);
    fixes.push({
      text: `Apply ${name} to all Regions (multi-Region trail).`,
      target: { page: "edit", ...ref(trail) },
    });
  }
  if (!status.ok) {
    unknown.push(`its logging status failed to load (${status.failure.message})`);
  } else if (!status.status.isLogging) {
    failed.push("is not logging");
    fixes.push({ text: `Start logging on ${name}.`, target: { page: "trail", ...ref(trail) } });
  }
  const coverage = managementCoverage(trail, selectors);
  if (coverage.status === "fail") {
    failed.push(coverage.gap);
    fixes.push({
      text: `Record read and write management events from every source in the event selectors of ${name}.`,
      target: { page: "selectors", ...ref(trail) },
    });
  } else if (coverage.status === "unknown") {
    unknown.push(coverage.gap);
  }

  if (failed.length > 0) {
    return {
      check: check("CloudTrail.1", "fail", `${name} ${joinAnd(failed)}.`, fixes),
      gaps: failed,
    };
  }
  if (unknown.length > 0) {
    return {
      check: check(
        "CloudTrail.1",
        "unknown",
        `${name} is multi-Region, but ${joinAnd(unknown)}, so whether it is logging read and write management events is not known.`,
      ),
      gaps: unknown,
    };
  }
  return {
    check: check(
      "CloudTrail.1",
      "pass",
      `${name} is multi-Region and logging, and records read and write management events.`,
    ),
    gaps: [],
  };
}

/** "key/1234…" or "alias/cloudtrail" from a key ARN; an id as given. */
function kmsKeyName(kmsKeyId: string): string {
  return kmsKeyId.startsWith("arn:") ? kmsKeyId.split(":").slice(5).join(":") : kmsKeyId;
}

/** The group's name from "arn:aws:logs:region:account:log-group:NAME:*". */
export function logGroupName(arn: string): string {
  const match = /:log-group:(.+?)(?::\*)?$/.exec(arn);
  return match ? match[1] : arn;
}

function encryption(trail: Trail): PostureCheck {
  if (trail.kmsKeyId) {
    return check(
      "CloudTrail.2",
      "pass",
      `${trail.name} encrypts its log files with the KMS key ${kmsKeyName(trail.kmsKeyId)}.`,
    );
  }
  return check(
    "CloudTrail.2",
    "fail",
    `${trail.name} has no KMS key: its log files are encrypted only with S3-managed keys (SSE-S3).`,
    [
      {
        text: `Choose a KMS key for ${trail.name}; its key policy must let CloudTrail encrypt with it and those who read the logs decrypt.`,
        target: { page: "edit", ...ref(trail) },
      },
    ],
  );
}

function validation(trail: Trail): PostureCheck {
  if (trail.logFileValidationEnabled) {
    return check(
      "CloudTrail.4",
      "pass",
      `${trail.name} has log file validation on: hourly digest files show whether a delivered log file was changed or deleted.`,
    );
  }
  return check(
    "CloudTrail.4",
    "fail",
    `${trail.name} has log file validation off, so a changed or deleted log file cannot be detected.`,
    [
      {
        text: `Turn on log file validation for ${trail.name}.`,
        target: { page: "edit", ...ref(trail) },
      },
    ],
  );
}

function cloudWatchLogs(trail: Trail): PostureCheck {
  if (trail.cloudWatchLogsLogGroupArn) {
    return check(
      "CloudTrail.5",
      "pass",
      `${trail.name} sends its events to the CloudWatch Logs group ${logGroupName(trail.cloudWatchLogsLogGroupArn)}.`,
    );
  }
  return check(
    "CloudTrail.5",
    "fail",
    `${trail.name} sends no events to CloudWatch Logs, so no metric filter or alarm can watch its activity.`,
    [
      {
        text: `Connect ${trail.name} to a CloudWatch Logs group, with a role CloudTrail can assume to write to it.`,
        target: { page: "edit", ...ref(trail) },
      },
    ],
  );
}

/** The per-trail controls, with how a failing trail is described in the account's summary. */
const PER_TRAIL: {
  control: PostureControlId;
  evaluate: (trail: Trail) => PostureCheck;
  failure: string;
}[] = [
  { control: "CloudTrail.2", evaluate: encryption, failure: "not encrypted with a KMS key" },
  { control: "CloudTrail.4", evaluate: validation, failure: "without log file validation" },
  {
    control: "CloudTrail.5",
    evaluate: cloudWatchLogs,
    failure: "not connected to CloudWatch Logs",
  },
];

/**
 * A trail's checks: whether it would satisfy CloudTrail.1 on its own, then CloudTrail.2,
 * .4 and .5 (which depend only on its settings).
 */
export function trailPosture(subject: PostureSubject): PostureCheck[] {
  return [
    multiRegionVerdict(subject).check,
    ...PER_TRAIL.map(({ evaluate }) => evaluate(subject.trail)),
  ];
}

const CREATE_TRAIL: PostureFix = {
  text: "Create a multi-Region trail that records read and write management events, and start logging.",
  target: { page: "new" },
};

function accountMultiRegion(subjects: readonly PostureSubject[], unread: boolean): PostureCheck {
  if (subjects.length === 0) {
    if (unread) {
      return check(
        "CloudTrail.1",
        "unknown",
        "The trails could not be read in any Region, so whether the account has a qualifying trail is not known.",
      );
    }
    return check(
      "CloudTrail.1",
      "fail",
      "The account has no trails: nothing is kept beyond the 90 days of Event history.",
      [CREATE_TRAIL],
    );
  }

  const verdicts = subjects.map((subject) => ({ subject, ...multiRegionVerdict(subject) }));
  const passing = verdicts.filter((v) => v.check.status === "pass");
  if (passing.length > 0) {
    const others = passing.length - 1;
    const more =
      others > 0
        ? ` ${others === 1 ? "1 other trail qualifies" : `${others} other trails qualify`} too.`
        : "";
    return check("CloudTrail.1", "pass", `${passing[0].check.why}${more}`);
  }

  const unknown = verdicts.filter((v) => v.check.status === "unknown");
  if (unknown.length > 0) {
    const reasons = unknown.map((v) => `${v.subject.trail.name}: ${joinAnd(v.gaps)}`);
    return check(
      "CloudTrail.1",
      "unknown",
      `No trail is known to qualify yet (${reasons.join("; ")}).`,
    );
  }

  const reasons = verdicts.map((v) => `${v.subject.trail.name} ${joinAnd(v.gaps)}`);
  // Fix the multi-Region trail closest to passing; a single-Region trail often serves
  // another purpose (data events for a few buckets), so then suggest a new trail instead.
  const closest = verdicts
    .filter((v) => v.subject.trail.isMultiRegion)
    .sort((a, b) => a.gaps.length - b.gaps.length)[0];
  const fixes = closest ? closest.check.fixes : [CREATE_TRAIL];
  return check("CloudTrail.1", "fail", `No trail qualifies: ${reasons.join("; ")}.`, fixes);
}

function summarize(
  { control, evaluate, failure }: (typeof PER_TRAIL)[number],
  trails: readonly Trail[],
  unread: boolean,
): ControlSummary {
  const results = trails.map((trail) => ({ trail, result: evaluate(trail) }));
  const failed = results.filter(({ result }) => result.status === "fail");
  const total = trails.length;
  const failing = failed.map(({ trail }) => ref(trail));
  if (total === 0) {
    const why = unread
      ? "The trails could not be read in any Region."
      : "There are no trails to check.";
    return { ...check(control, "unknown", why), total, failing };
  }
  if (failed.length === 0) {
    const why = total === 1 ? "The account's one trail passes." : `All ${total} trails pass.`;
    return { ...check(control, "pass", why), total, failing };
  }
  const why = `${failed.length} of ${formatCount(total, "trail")} ${failed.length === 1 ? "is" : "are"} ${failure}: ${joinAnd(failing.map((t) => t.name))}.`;
  const fixes = failed.flatMap(({ result }) => result.fixes);
  return { ...check(control, "fail", why, fixes), total, failing };
}

/**
 * The account's posture: CloudTrail.1 across all trails (one qualifying trail is enough),
 * and how many trails fail each per-trail control. An organization trail counts like any
 * other. When DescribeTrails failed in every Region, nothing is known.
 */
export function accountPosture(
  listing: Pick<TrailsListing, "regions" | "regionFailures"> & {
    trails: readonly PostureSubject[];
  },
): AccountPosture {
  const unread =
    listing.regions.length > 0 && listing.regionFailures.length >= listing.regions.length;
  const trails = listing.trails.map((subject) => subject.trail);
  return {
    multiRegion: accountMultiRegion(listing.trails, unread),
    perTrail: PER_TRAIL.map((control) => summarize(control, trails, unread)),
  };
}
