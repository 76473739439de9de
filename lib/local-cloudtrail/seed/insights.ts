import "server-only";

import type { CloudTrailRecord, StoredEvent } from "../types";
import type { Caller } from "./actors/types";
import { call } from "./catalog";
import { runInstances } from "./catalog/compute";
import { DAY, DEMO_ACCOUNT_ID, HOUR, MINUTE, SECOND } from "./constants";
import { accessDenied, throttled } from "./errors";
import { assumedRole } from "./identities";
import { sessionKeyFrom } from "./ids";
import { NAT_IPS, IPS, ROLES, type Role, sessionArn } from "./principals";
import { Rng, hash32, hashString } from "./prng";
import { Story } from "./stories/kit";
import { isoSeconds, utcDayStart } from "./time";
import { SDK, TERRAFORM } from "./user-agents";
import { eventTimeMs } from "./window";
import type { World } from "./world";

type InsightType = "ApiCallRateInsight" | "ApiErrorRateInsight";

interface Episode {
  id: string;
  region: string;
  source: string;
  name: string;
  type: InsightType;
  errorCode?: string;
  /** Minute-aligned start of the unusual activity. */
  start: (world: World) => number;
  minutes: number;
  /** Calls (or errors) per minute in the week before: what made the activity unusual. */
  baseline: number;
  baselineCaller?: { arn: string; userAgent: string };
  /** Generates the activity itself; episodes without one measure a story's events. */
  activity?: (world: World, story: Story, start: number, minutes: number) => void;
}

const dayBefore = (world: World, days: number, h: number, m: number) =>
  utcDayStart(world.anchor - days * DAY) + h * HOUR + m * MINUTE;

/** The role-level ARN Insights attributes calls to (it drops the session name). */
const roleCallerArn = (role: Role) => `arn:aws:sts::${DEMO_ACCOUNT_ID}:assumed-role/${role.name}`;

function workload(
  story: Story,
  role: Role,
  session: string,
  region: string,
  start: number,
  userAgent: string,
): Caller {
  return {
    identity: assumedRole(role, session, sessionKeyFrom(story.rng), isoSeconds(start - 3 * MINUTE)),
    principalArn: sessionArn(role, session),
    ip: NAT_IPS[region][0],
    userAgent,
    tls: "tls13",
  };
}

/** `perMinute` calls in each minute of the episode, at whole seconds. */
function spread(
  story: Story,
  start: number,
  minutes: number,
  perMinute: number,
  each: (time: number) => void,
): void {
  for (let m = 0; m < minutes; m++) {
    const count = Math.max(1, perMinute + story.rng.range(-2, 2));
    for (let i = 0; i < count; i++) each(start + m * MINUTE + story.rng.int(60) * SECOND);
  }
}

const EPISODES: readonly Episode[] = [
  {
    id: "flash-sale-scale-out",
    region: "us-east-1",
    source: "ec2.amazonaws.com",
    name: "RunInstances",
    type: "ApiCallRateInsight",
    start: (w) => dayBefore(w, 71, 18, 4),
    minutes: 6,
    baseline: 0.0041,
    baselineCaller: {
      arn: roleCallerArn(ROLES.autoScalingSlr),
      userAgent: "autoscaling.amazonaws.com",
    },
    activity: (world, story, start, minutes) => {
      const caller: Caller = {
        identity: assumedRole(
          ROLES.autoScalingSlr,
          "AutoScaling",
          sessionKeyFrom(story.rng),
          isoSeconds(start - MINUTE),
          {
            invokedBy: "autoscaling.amazonaws.com",
          },
        ),
        principalArn: sessionArn(ROLES.autoScalingSlr, "AutoScaling"),
        ip: "autoscaling.amazonaws.com",
        userAgent: "autoscaling.amazonaws.com",
        tls: "none",
      };
      const template = { ...call("ec2:RunInstances"), build: runInstances };
      spread(story, start, minutes, 5, (time) =>
        story.template(world, caller, template, "us-east-1", time),
      );
    },
  },
  {
    id: "staging-parameter-loop",
    region: "us-west-2",
    source: "ssm.amazonaws.com",
    name: "GetParameters",
    type: "ApiCallRateInsight",
    start: (w) => dayBefore(w, 58, 15, 21),
    minutes: 14,
    baseline: 0.0069,
    baselineCaller: { arn: roleCallerArn(ROLES.orderProcessor), userAgent: SDK.boto3Lambda },
    activity: (world, story, start, minutes) => {
      const caller = workload(
        story,
        ROLES.orderProcessor,
        "order-processor-staging",
        "us-west-2",
        start,
        SDK.boto3Lambda,
      );
      spread(story, start, minutes, 18, (time) =>
        story.template(world, caller, call("ssm:GetParameters"), "us-west-2", time),
      );
    },
  },
  {
    id: "gdpr-export-lost-secret-access",
    region: "eu-west-1",
    source: "secretsmanager.amazonaws.com",
    name: "GetSecretValue",
    type: "ApiErrorRateInsight",
    errorCode: "AccessDeniedException",
    start: (w) => dayBefore(w, 44, 10, 37),
    minutes: 22,
    baseline: 0,
    activity: (world, story, start, minutes) => {
      // An Atlantis apply replaced the role's inline policy without the secret; the next apply put it back.
      const atlantis: Caller = {
        identity: assumedRole(
          ROLES.terraform,
          "atlantis",
          sessionKeyFrom(story.rng),
          isoSeconds(start - 6 * MINUTE),
        ),
        principalArn: sessionArn(ROLES.terraform, "atlantis"),
        ip: IPS.atlantis,
        userAgent: TERRAFORM,
        tls: "tls13",
      };
      const policy = (statement: string) => ({
        roleName: ROLES.gdprExport.name,
        policyName: "gdpr-export-access",
        policyDocument: `{"Version":"2012-10-17","Statement":[${statement}]}`,
      });
      const s3Only =
        '{"Effect":"Allow","Action":["s3:PutObject"],"Resource":"arn:aws:s3:::acme-eu-customer-exports/*"}';
      const withSecret = `${s3Only},{"Effect":"Allow","Action":"secretsmanager:GetSecretValue","Resource":"arn:aws:secretsmanager:eu-west-1:${DEMO_ACCOUNT_ID}:secret:eu-prod/*"}`;
      const roleRes = [{ type: "AWS::IAM::Role", name: ROLES.gdprExport.name }];
      story.call(atlantis, {
        time: start - 4 * MINUTE - 12 * SECOND,
        region: "us-east-1",
        source: "iam",
        name: "PutRolePolicy",
        readOnly: false,
        request: policy(s3Only),
        resources: roleRes,
      });
      const caller = workload(
        story,
        ROLES.gdprExport,
        "gdpr-export",
        "eu-west-1",
        start,
        SDK.boto3Lambda,
      );
      const template = call("secretsmanager:GetSecretValue");
      spread(story, start, minutes, 5, (time) =>
        story.template(
          world,
          caller,
          template,
          "eu-west-1",
          time,
          accessDenied(
            story.rng,
            template.source,
            template.name,
            caller.principalArn,
            `arn:aws:secretsmanager:eu-west-1:${DEMO_ACCOUNT_ID}:secret:eu-prod/payments/db-credentials-*`,
            true,
          ),
        ),
      );
      story.call(atlantis, {
        time: start + (minutes + 1) * MINUTE + 40 * SECOND,
        region: "us-east-1",
        source: "iam",
        name: "PutRolePolicy",
        readOnly: false,
        request: policy(withSecret),
        resources: roleRes,
      });
    },
  },
  {
    id: "image-upload-campaign",
    region: "ap-northeast-1",
    source: "logs.amazonaws.com",
    name: "CreateLogStream",
    type: "ApiCallRateInsight",
    start: (w) => dayBefore(w, 31, 13, 12),
    minutes: 9,
    baseline: 0.012,
    baselineCaller: { arn: roleCallerArn(ROLES.imageResizer), userAgent: SDK.nodeLambda },
    activity: (world, story, start, minutes) => {
      const caller = workload(
        story,
        ROLES.imageResizer,
        "image-resizer-apne1",
        "ap-northeast-1",
        start,
        SDK.nodeLambda,
      );
      spread(story, start, minutes, 14, (time) =>
        story.template(world, caller, call("logs:CreateLogStream"), "ap-northeast-1", time),
      );
    },
  },
  {
    id: "order-peak-kms-throttling",
    region: "us-east-1",
    source: "kms.amazonaws.com",
    name: "Decrypt",
    type: "ApiErrorRateInsight",
    errorCode: "ThrottlingException",
    start: (w) => dayBefore(w, 23, 19, 48),
    minutes: 12,
    baseline: 0.0006,
    baselineCaller: { arn: roleCallerArn(ROLES.orderProcessor), userAgent: SDK.boto3Lambda },
    activity: (world, story, start, minutes) => {
      const caller = workload(
        story,
        ROLES.orderProcessor,
        "order-processor",
        "us-east-1",
        start,
        SDK.boto3Lambda,
      );
      const template = call("kms:Decrypt");
      spread(story, start, minutes, 9, (time) =>
        story.template(world, caller, template, "us-east-1", time, throttled(template.source)),
      );
      spread(story, start, minutes, 6, (time) =>
        story.template(world, caller, template, "us-east-1", time),
      );
    },
  },
  {
    id: "leaked-key-role-enumeration",
    region: "us-east-1",
    source: "iam.amazonaws.com",
    name: "ListAttachedRolePolicies",
    type: "ApiCallRateInsight",
    start: (w) => Math.floor((w.timeline.leakedKey.start + 2 * MINUTE) / MINUTE) * MINUTE,
    minutes: 2,
    baseline: 0.0021,
    baselineCaller: {
      arn: `arn:aws:iam::${DEMO_ACCOUNT_ID}:user/ci-deployer`,
      userAgent: TERRAFORM,
    },
  },
];

interface Tally {
  count: number;
  byArn: Map<string, number>;
  byAgent: Map<string, number>;
  byError: Map<string, number>;
}

/** Measures an episode's calls in [start, end) on the events that make it up, as CloudTrail would. */
function tally(
  episode: Episode,
  start: number,
  end: number,
  events: readonly StoredEvent[],
): Tally {
  const t: Tally = { count: 0, byArn: new Map(), byAgent: new Map(), byError: new Map() };
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const { record } of events) {
    if (
      record.eventSource !== episode.source ||
      record.eventName !== episode.name ||
      record.awsRegion !== episode.region
    )
      continue;
    if (episode.errorCode !== undefined && record.errorCode !== episode.errorCode) continue;
    const time = eventTimeMs({ record, resources: [] });
    if (time < start || time >= end) continue;
    t.count++;
    bump(t.byArn, insightArn(record));
    bump(t.byAgent, record.userAgent ?? "");
    bump(t.byError, record.errorCode ?? "null");
  }
  return t;
}

function insightArn(record: CloudTrailRecord): string {
  const identity = record.userIdentity;
  if (identity?.type === "AssumedRole") {
    const issuer = identity.sessionContext?.sessionIssuer?.userName ?? "";
    return `arn:aws:sts::${DEMO_ACCOUNT_ID}:assumed-role/${issuer}`;
  }
  return identity?.arn ?? identity?.invokedBy ?? "";
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

function attribution(
  name: string,
  counts: Map<string, number>,
  minutes: number,
  baseline: { value: string; average: number }[],
) {
  const insight = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([value, n]) => ({ value, average: round(n / minutes) }));
  return { attribute: name, insight, baseline };
}

function insightRecord(
  rng: Rng,
  episode: Episode,
  state: "Start" | "End",
  time: number,
  sharedEventID: string,
  t: Tally,
  baselineDuration: number,
): StoredEvent {
  // A Start reports the first minute of the activity; an End, the whole of it.
  const minutes = state === "Start" ? 1 : episode.minutes;
  const average = round(t.count / minutes);
  const known = episode.baselineCaller;
  const baselineOf = (value: string | undefined) =>
    value === undefined ? [] : [{ value, average: episode.baseline }];
  const attributions = [
    attribution("userIdentityArn", t.byArn, minutes, baselineOf(known?.arn)),
    attribution("userAgent", t.byAgent, minutes, baselineOf(known?.userAgent)),
    attribution(
      "errorCode",
      t.byError,
      minutes,
      episode.type === "ApiCallRateInsight" ? baselineOf("null") : [],
    ),
  ];
  const record: CloudTrailRecord = {
    eventVersion: "1.08",
    eventTime: isoSeconds(time),
    awsRegion: episode.region,
    eventID: rng.uuid(),
    eventType: "AwsCloudTrailInsight",
    recipientAccountId: DEMO_ACCOUNT_ID,
    sharedEventID,
    // LookupEvents reports an Insights event's source and name; the shared type requires them.
    eventSource: episode.source,
    eventName: episode.name,
    insightDetails: {
      state,
      eventSource: episode.source,
      eventName: episode.name,
      insightType: episode.type,
      ...(episode.errorCode !== undefined && { errorCode: episode.errorCode }),
      insightContext: {
        statistics: {
          baseline: { average: episode.baseline },
          insight: { average },
          insightDuration: episode.minutes,
          baselineDuration,
        },
        attributions,
      },
    },
    eventCategory: "Insight",
  };
  return { record, resources: [] };
}

/**
 * The unusual activity behind each Insight (outside the stories) and the Start/End
 * Insights events CloudTrail raised for it, measured on those very events.
 */
export function insightEvents(world: World, storyEvents: readonly StoredEvent[]): StoredEvent[] {
  const out: StoredEvent[] = [];
  for (const episode of EPISODES) {
    const start = episode.start(world);
    const story = new Story(world, `insight/${episode.id}`);
    episode.activity?.(world, story, start, episode.minutes);
    out.push(...story.events);
    const measured = episode.activity ? story.events : storyEvents;
    const end = start + episode.minutes * MINUTE;
    const rng = new Rng(hash32(world.seed, hashString(`insight-record/${episode.id}`)));
    const shared = rng.uuid();
    const baselineDuration = 10_080 + rng.int(2_000);
    out.push(
      insightRecord(
        rng,
        episode,
        "Start",
        start,
        shared,
        tally(episode, start, start + MINUTE, measured),
        baselineDuration,
      ),
    );
    out.push(
      insightRecord(
        rng,
        episode,
        "End",
        end,
        shared,
        tally(episode, start, end, measured),
        baselineDuration,
      ),
    );
  }
  return out;
}
