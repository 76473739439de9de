import "server-only";

import { roleArn } from "../arns";
import { DEMO_ACCOUNT_ID, HOUR, MINUTE, SECOND } from "../constants";
import { assumedRole, awsService, iamUserWithKey, type AssumedRoleExtras } from "../identities";
import { sessionKeyFrom } from "../ids";
import { type IamUser, type Role, sessionArn } from "../principals";
import { Rng, hash32, hashString } from "../prng";
import { apiEvent, type TlsProfile } from "../records";
import { isoSeconds, javaDate } from "../time";
import { Activities, type ActivitySpec, secondIn } from "./activities";
import { emitCall, NO_FAILURES } from "./emit";
import type { Actor, Caller, FailureProfile, HourContext } from "./types";

/** How a machine caller reaches AWS: its address, agent and TLS. */
export interface Agent {
  ip: (h: HourContext, region: string) => string;
  userAgent: string;
  cli?: boolean;
  tls: TlsProfile;
  vpcEndpointId?: (region: string) => string;
}

export interface RoleSession {
  role: Role;
  session: string | ((rng: Rng, region: string) => string);
  /** The AWS service that assumes the role for its workload, recorded as an AWSService AssumeRole. */
  assumedBy?: string;
  extras?: AssumedRoleExtras;
}

/** Who calls during one hour of one region, and from when; undefined when nobody can. */
export type SessionSource = (
  h: HourContext,
  region: string,
) => { caller: Caller; from: number } | undefined;

export interface AutomationSpec {
  name: string;
  regions: readonly string[];
  /** Expected calls in one hour of one region. */
  rate: (region: string, time: number) => number;
  activities: ActivitySpec;
  caller: SessionSource;
  failures?: FailureProfile;
  /**
   * Regions polled on a fixed cadence (minutes) instead of at random: a poller leaves no
   * hour, and no sliding hour, without a call.
   */
  every?: Readonly<Record<string, number>>;
}

/** The AssumeRole a service makes to hand a workload its role's credentials. */
export function emitServiceAssumeRole(
  h: HourContext,
  service: string,
  role: Role,
  session: string,
  sessionKey: string,
  time: number,
): void {
  const arn = roleArn(role.name);
  h.emit(
    apiEvent(h.rng, {
      time,
      region: "us-east-1",
      source: "sts.amazonaws.com",
      name: "AssumeRole",
      identity: awsService(service),
      ip: service,
      userAgent: service,
      readOnly: true,
      requestParameters: { roleArn: arn, roleSessionName: session },
      responseElements: {
        credentials: {
          accessKeyId: sessionKey,
          sessionToken: "<redacted>",
          expiration: javaDate(time + 6 * HOUR),
        },
        assumedRoleUser: {
          assumedRoleId: `${role.principalId}:${session}`,
          arn: sessionArn(role, session),
        },
      },
      recordResources: [{ accountId: DEMO_ACCOUNT_ID, type: "AWS::IAM::Role", ARN: arn }],
      sharedEventID: h.rng.uuid(),
      tls: "none",
      resources: [{ type: "AWS::IAM::Role", name: role.name }],
    }),
  );
}

/**
 * A role session that lives for `hours` hours: created at the start of its block of hours
 * (where the service's AssumeRole is recorded) and reused until the block ends. The
 * session is drawn from the block, not the hour, so every hour of it agrees.
 */
export const roleSession =
  (s: RoleSession, agent: Agent, hours = 1): SessionSource =>
  (h, region) => {
    const block = Math.floor(h.hour / hours);
    const blockStart = block * hours * HOUR;
    const rng = new Rng(hash32(h.world.seed, hashString(`${s.role.name}/${region}`), block));
    const session = typeof s.session === "string" ? s.session : s.session(rng, region);
    const key = sessionKeyFrom(rng);
    const created = blockStart + rng.range(0, 4 * 60) * SECOND;
    const first = h.start === blockStart;
    if (s.assumedBy && first) emitServiceAssumeRole(h, s.assumedBy, s.role, session, key, created);
    return {
      caller: {
        identity: assumedRole(s.role, session, key, isoSeconds(created), s.extras),
        principalArn: sessionArn(s.role, session),
        ip: agent.ip(h, region),
        userAgent: agent.userAgent,
        cli: agent.cli,
        tls: agent.tls,
        vpcEndpointId: agent.vpcEndpointId?.(region),
      },
      from: first ? created + SECOND : h.start,
    };
  };

/** An IAM user signing with a long-term key, when it has one at that time. */
export const userKey =
  (user: IamUser, keyAt: (h: HourContext) => string | null, agent: Agent): SessionSource =>
  (h, region) => {
    const key = keyAt(h);
    if (key === null) return undefined;
    return {
      caller: {
        identity: iamUserWithKey(user, key),
        principalArn: user.arn,
        ip: agent.ip(h, region),
        userAgent: agent.userAgent,
        cli: agent.cli,
        tls: agent.tls,
      },
      from: h.start,
    };
  };

export const constantRate = (perHour: number) => () => perHour;

/** Machines that call at a steady rate around the clock, shaped by load where they follow it. */
export function automation(spec: AutomationSpec): Actor {
  const activities = new Activities(spec.activities);
  return {
    name: spec.name,
    hour(h) {
      for (const region of spec.regions) {
        const cadence = spec.every?.[region];
        const count = cadence
          ? Math.round(60 / cadence)
          : h.rng.poisson(spec.rate(region, h.start));
        if (count === 0) continue;
        const session = spec.caller(h, region);
        if (!session) continue;
        const { caller, from } = session;
        for (let i = 0; i < count; i++) {
          const template = activities.draw(h.rng, region);
          if (!template) continue;
          const time = cadence
            ? Math.max(from, h.start + i * cadence * MINUTE + h.rng.int(90) * SECOND)
            : secondIn(h.rng, from, h.start + HOUR);
          emitCall(h, template, region, time, caller, spec.failures ?? NO_FAILURES);
        }
      }
    },
  };
}
