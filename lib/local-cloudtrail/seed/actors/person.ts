import "server-only";

import type { UserIdentity } from "../../types";
import { DAY, DEMO_ACCOUNT_ID, HOUR, MINUTE, SECOND } from "../constants";
import {
  assumedRole,
  iamUserConsole,
  iamUserSignIn,
  iamUserWithKey,
  rootConsole,
  rootSignIn,
} from "../identities";
import { sessionKeyFrom } from "../ids";
import type { IamUser, Role } from "../principals";
import { sessionArn } from "../principals";
import { Rng, hash32, hashString } from "../prng";
import { consoleLoginEvent } from "../records";
import { isWeekend, localDay } from "../rhythm";
import { isoSeconds } from "../time";
import { CONSOLE_UA } from "../user-agents";
import { Activities, type ActivitySpec, Regions, secondIn } from "./activities";
import { emitCall } from "./emit";
import type { World } from "../world";
import type { Actor, Caller, FailureProfile, HourContext } from "./types";

export type Principal =
  { kind: "iam"; user: IamUser } | { kind: "sso"; role: Role; email: string } | { kind: "root" };

export interface PersonSpec {
  principal: Principal;
  /** Hours from UTC of where they work. */
  tz: number;
  officeIp: string;
  homeIp: string;
  /** Share of working days spent at home. */
  remoteShare: number;
  browser: string;
  cli: string;
  /** Share of their calls made from the console rather than the CLI. */
  consoleShare: number;
  /** Whether their sign-in uses MFA; a function when that changes during the history. */
  mfa: boolean | ((world: World, time: number) => boolean);
  /** Calls in a full working hour. */
  rate: number;
  /** Chance of working on a given weekday / weekend day. */
  workdayShare: number;
  weekendShare: number;
  /** How long a working session lasts; a full working day unless given. */
  sessionMinutes?: readonly [number, number];
  regions: readonly (readonly [string, number])[];
  activities: ActivitySpec;
  failures: FailureProfile;
}

interface DayPlan {
  start: number;
  end: number;
  ip: string;
  intensity: number;
  consoleKey: string;
  cliKey: string;
  failedLoginFirst: boolean;
}

/** Someone at a desk: a working day with a sign-in, a lunch dip and a mix of console and CLI. */
export function person(spec: PersonSpec): Actor {
  const name = principalName(spec.principal);
  const salt = hashString(`person/${name}`);
  const activities = new Activities(spec.activities);
  const regions = new Regions(spec.regions);

  function plan(seed: number, day: number): DayPlan | undefined {
    const rng = new Rng(hash32(seed, salt, day));
    const weekend = isWeekend(day);
    if (!rng.chance(weekend ? spec.weekendShare : spec.workdayShare)) return undefined;
    const localMidnight = day * DAY - spec.tz * HOUR;
    const start = weekend
      ? localMidnight + rng.range(10 * 60, 20 * 60) * MINUTE
      : localMidnight + rng.range(7 * 60 + 40, 10 * 60) * MINUTE;
    const [shortest, longest] =
      spec.sessionMinutes ?? (weekend ? [20, 110] : [7 * 60, 9 * 60 + 30]);
    const length = rng.range(shortest, longest) * MINUTE;
    const remote = weekend || rng.chance(spec.remoteShare);
    return {
      start: start + rng.int(60) * SECOND,
      end: start + length,
      ip: remote ? spec.homeIp : spec.officeIp,
      intensity: (weekend ? 0.5 : 0.7) + rng.float() * 0.6,
      consoleKey: sessionKeyFrom(rng),
      cliKey: sessionKeyFrom(rng),
      failedLoginFirst: rng.chance(0.03),
    };
  }

  const mfaAt = (world: World, time: number) =>
    typeof spec.mfa === "function" ? spec.mfa(world, time) : spec.mfa;

  function consoleCaller(p: DayPlan, service: string, mfa: boolean): Caller {
    const created = isoSeconds(p.start);
    const principal = spec.principal;
    let identity: UserIdentity;
    let arn: string;
    if (principal.kind === "iam") {
      identity = iamUserConsole(principal.user, p.consoleKey, created, mfa);
      arn = principal.user.arn;
    } else if (principal.kind === "sso") {
      identity = assumedRole(principal.role, principal.email, p.consoleKey, created);
      arn = sessionArn(principal.role, principal.email);
    } else {
      identity = rootConsole(p.consoleKey, created, mfa);
      arn = `arn:aws:iam::${DEMO_ACCOUNT_ID}:root`;
    }
    return {
      identity,
      principalArn: arn,
      ip: p.ip,
      userAgent: service === "ec2" ? "console.ec2.amazonaws.com" : CONSOLE_UA,
      tls: "tls13",
      consoleSession: true,
    };
  }

  function cliCaller(p: DayPlan): Caller | undefined {
    const principal = spec.principal;
    if (principal.kind === "iam" && principal.user.accessKeyId) {
      return {
        identity: iamUserWithKey(principal.user, principal.user.accessKeyId),
        principalArn: principal.user.arn,
        ip: p.ip,
        userAgent: spec.cli,
        cli: true,
        tls: "tls13",
      };
    }
    if (principal.kind === "sso") {
      return {
        identity: assumedRole(
          principal.role,
          principal.email,
          p.cliKey,
          isoSeconds(p.start + 4 * MINUTE),
        ),
        principalArn: sessionArn(principal.role, principal.email),
        ip: p.ip,
        userAgent: spec.cli,
        cli: true,
        tls: "tls13",
      };
    }
    return undefined;
  }

  function signIn(h: HourContext, p: DayPlan): void {
    const principal = spec.principal;
    const identityFor = (failed: boolean): UserIdentity => {
      if (principal.kind === "iam") return iamUserSignIn(principal.user, failed);
      if (principal.kind === "root") return rootSignIn();
      return assumedRole(principal.role, principal.email, "", isoSeconds(p.start));
    };
    // Federated sign-ins leave MFA to the identity provider, so AWS records MFAUsed "No".
    const mfaUsed = principal.kind === "sso" ? false : mfaAt(h.world, p.start);
    if (p.failedLoginFirst && principal.kind !== "sso") {
      h.emit(
        consoleLoginEvent(h.rng, {
          time: p.start - 40 * SECOND,
          identity: identityFor(true),
          ip: p.ip,
          userAgent: spec.browser,
          success: false,
          mfaUsed,
        }),
      );
    }
    h.emit(
      consoleLoginEvent(h.rng, {
        time: p.start,
        identity: identityFor(false),
        ip: p.ip,
        userAgent: spec.browser,
        success: true,
        mfaUsed,
        ...(mfaUsed && { mfaIdentifier: mfaDevice(principal) }),
      }),
    );
  }

  return {
    name,
    hour(h) {
      const day = localDay(h.start, spec.tz);
      const p = plan(h.world.seed, day);
      if (!p) return;
      const from = Math.max(h.start, p.start + SECOND);
      const to = Math.min(h.start + HOUR, p.end);
      if (spec.consoleShare > 0 && p.start >= h.start && p.start < h.start + HOUR) signIn(h, p);
      if (to <= from) return;
      const localHourOfDay = (((Math.floor(h.start / HOUR) + spec.tz) % 24) + 24) % 24;
      const lunch = localHourOfDay === 12 ? 0.45 : 1;
      const count = h.rng.poisson((spec.rate * p.intensity * lunch * (to - from)) / HOUR);
      const cli = cliCaller(p);
      const mfa = mfaAt(h.world, p.start);
      // One console session per day: its callers are built once per hour, not per call.
      const ec2Console = consoleCaller(p, "ec2", mfa);
      const otherConsole = consoleCaller(p, "", mfa);
      for (let i = 0; i < count; i++) {
        const region = regions.draw(h.rng);
        const template = activities.draw(h.rng, region);
        if (!template) continue;
        const viaConsole = !cli || h.rng.chance(spec.consoleShare);
        const caller = !viaConsole
          ? cli
          : template.source === "ec2.amazonaws.com"
            ? ec2Console
            : otherConsole;
        emitCall(h, template, region, secondIn(h.rng, from, to), caller, spec.failures);
      }
    },
  };
}

function mfaDevice(p: Principal): string {
  return p.kind === "iam"
    ? `arn:aws:iam::${DEMO_ACCOUNT_ID}:mfa/${p.user.userName}`
    : `arn:aws:iam::${DEMO_ACCOUNT_ID}:mfa/root-account-mfa-device`;
}

function principalName(p: Principal): string {
  if (p.kind === "iam") return p.user.userName;
  if (p.kind === "sso") return p.email;
  return "root";
}
