import "server-only";

import { cache } from "react";

import type { Failure } from "@/lib/events/failure";
import type { Trail } from "@/lib/trails/trail";
import { trailNameProblem } from "@/lib/trails/trail-rules";
import { REGION_PATTERN } from "@/lib/view/regions";

import { findTrail } from "./describe-trails";
import { describeCloudTrailError } from "./errors";

export type TrailPageLookup =
  | { kind: "found"; trail: Trail }
  | { kind: "invalid"; problem: string }
  | { kind: "missing" }
  | { kind: "failed"; failure: Failure };

/**
 * The trail a page's URL names (home region and name), checked before CloudTrail is asked.
 * Shared by a page and its metadata within one request.
 */
export const loadTrailPage = cache(
  async (region: string, name: string): Promise<TrailPageLookup> => {
    if (!REGION_PATTERN.test(region)) {
      return { kind: "invalid", problem: `“${region}” is not a region name such as us-east-1.` };
    }
    const problem = trailNameProblem(name);
    if (problem)
      return { kind: "invalid", problem: `“${name}” is not a trail name: it ${problem}.` };
    try {
      const trail = await findTrail(region, name);
      return trail ? { kind: "found", trail } : { kind: "missing" };
    } catch (error) {
      return { kind: "failed", failure: describeCloudTrailError(error) };
    }
  },
);
