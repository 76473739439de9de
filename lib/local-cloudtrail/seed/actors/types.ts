import "server-only";

import type { StoredEvent, UserIdentity } from "../../types";
import type { Rng } from "../prng";
import type { TlsProfile } from "../records";
import type { World } from "../world";

/** One UTC hour of one actor: its own random stream, so actors do not disturb each other. */
export interface HourContext {
  world: World;
  hour: number;
  start: number;
  rng: Rng;
  emit: (event: StoredEvent) => void;
}

export interface Actor {
  name: string;
  hour: (h: HourContext) => void;
}

export interface Caller {
  identity: UserIdentity;
  /** The ARN a denial names (the session ARN for assumed roles). */
  principalArn: string;
  ip: string;
  /** A CLI prefix is completed with the command; other agents are used as they are. */
  userAgent: string;
  cli?: boolean;
  tls: TlsProfile;
  consoleSession?: boolean;
  vpcEndpointId?: string;
}

/** How often an actor's calls fail for reasons of its own (permissions, rate, bad input). */
export interface FailureProfile {
  denied: number;
  throttled: number;
  invalid: number;
  /** Read-only permission sets: every write they attempt is denied. */
  writesDenied?: boolean;
  /** Calls outside the caller's permissions ("iam:GetRole" for a power user): always denied. */
  deniedKeys?: ReadonlySet<string>;
}
