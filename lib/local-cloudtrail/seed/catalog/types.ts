import "server-only";

import type { EventResource } from "../../types";
import type { RegionInventory } from "../inventory";
import type { Rng } from "../prng";
import type { RecordResource } from "../records";
import type { World } from "../world";

export interface CallContext {
  rng: Rng;
  region: string;
  inv: RegionInventory;
  time: number;
  world: World;
  requestId: string;
}

export interface CallDetails {
  request: Record<string, unknown> | null;
  response?: Record<string, unknown> | null;
  resources?: EventResource[];
  recordResources?: RecordResource[];
  additionalEventData?: Record<string, unknown>;
  /** The ARN a denial names; "*" when the call is not about one resource. */
  deniedResource?: string;
  /** A failure the call meets by itself (no such bucket policy, a deleted detector). */
  error?: { code: string; message: string };
}

export interface EventTemplate {
  /** "ec2:DescribeInstances": how actors and stories refer to it. */
  key: string;
  source: string;
  name: string;
  readOnly: boolean;
  build: (ctx: CallContext) => CallDetails;
  /** False when the region has nothing for this call to act on. */
  available: (inv: RegionInventory) => boolean;
}
