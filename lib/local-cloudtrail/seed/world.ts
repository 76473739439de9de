import "server-only";

import { stableHex } from "./ids";
import { inventory } from "./inventory";
import { CI_USER, CI_USER_ROTATED_KEY } from "./principals";
import { type Timeline, timeline } from "./timeline";

/** The generator's fixed inputs and the state of the account the stories leave behind. */
export interface World {
  seed: number;
  anchor: number;
  timeline: Timeline;
}

export function createWorld(seed: number, anchor: number): World {
  return { seed, anchor, timeline: timeline(anchor) };
}

/** The key Jenkins signs with: none while the leaked one is disabled and its successor not yet issued. */
export function ciKeyAt(world: World, time: number): string | null {
  const leak = world.timeline.leakedKey;
  if (time < leak.keyDeactivated) return CI_USER.accessKeyId ?? null;
  if (time < leak.keyRotated) return null;
  return CI_USER_ROTATED_KEY;
}

export const DETECTOR_REGION = "us-east-2";
export const RECREATED_DETECTOR = stableHex(`${DETECTOR_REGION}/guardduty/recreated`, 32);

/** The GuardDuty detector of a region, or null between its deletion by root and its re-creation. */
export function detectorAt(world: World, region: string, time: number): string | null {
  const original = inventory(region).guardDutyDetector;
  if (region !== DETECTOR_REGION) return original;
  const root = world.timeline.rootWithoutMfa;
  if (time < root.detectorDeleted) return original;
  if (time < root.detectorRecreated) return null;
  return RECREATED_DETECTOR;
}

export function trailsExistAt(world: World, time: number): boolean {
  return time >= world.timeline.managementTrailCreated;
}
