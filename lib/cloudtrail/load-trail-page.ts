import "server-only";

import type { Failure } from "@/lib/events/failure";
import type { Trail } from "@/lib/trails/trail";
import { trailRefProblems } from "@/lib/trails/trail-ref-schema";

import { findTrail } from "./describe-trails";
import { describeCloudTrailError } from "./errors";

export type TrailPageLookup =
  | { kind: "found"; trail: Trail }
  | { kind: "invalid"; problem: string }
  | { kind: "missing" }
  | { kind: "failed"; failure: Failure };

/**
 * The trail a page's URL names (home region and name), checked before CloudTrail is asked.
 */
export async function loadTrailPage(region: string, name: string): Promise<TrailPageLookup> {
  const problems = trailRefProblems(region, name);
  if (problems.length > 0) return { kind: "invalid", problem: problems[0] };
  try {
    const trail = await findTrail(region, name);
    return trail ? { kind: "found", trail } : { kind: "missing" };
  } catch (error) {
    return { kind: "failed", failure: describeCloudTrailError(error) };
  }
}
