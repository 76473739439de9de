import "server-only";

import { ServiceError } from "../protocol/service-error";
import { findTrailByArn, listAllTrails, trailArn } from "../store/trails-repo";
import type { Trail } from "../types";
import type { OperationContext } from "./context";
import { assertTrailName } from "./trail-rules";

const TRAIL_ARN = /^arn:aws[a-z-]*:cloudtrail:([a-z0-9-]+):(\d{12}):trail\/(.+)$/;

export function isArn(value: string): boolean {
  return value.startsWith("arn:");
}

export function assertTrailArn(arn: string): void {
  if (!TRAIL_ARN.test(arn)) {
    throw new ServiceError(
      "CloudTrailARNInvalidException",
      `${arn} is not a valid trail ARN. The format is arn:aws:cloudtrail:<region>:<account>:trail/<name>.`,
    );
  }
}

/** Trails visible in the caller's region: its own, plus shadows of multi-region trails. */
export function trailsInRegion(ctx: OperationContext, includeShadows: boolean): Trail[] {
  return listAllTrails(ctx.db).filter(
    (t) => t.homeRegion === ctx.region || (includeShadows && t.isMultiRegionTrail),
  );
}

export type TrailAccess =
  /** Reads that accept a shadow trail by name or ARN (GetTrail, Get*Selectors). */
  | "read"
  /** GetTrailStatus: a shadow trail only by its ARN, as AWS documents. */
  | "status"
  /** Changes: only in the trail's home region (InvalidHomeRegionException elsewhere). */
  | "write";

/**
 * Finds the trail a request names by name or ARN, applying CloudTrail's region rules, and
 * records it as the resource of the call's event.
 */
export function resolveTrail(ctx: OperationContext, nameOrArn: string, access: TrailAccess): Trail {
  const byArn = isArn(nameOrArn);
  let trail: Trail | undefined;
  if (byArn) {
    assertTrailArn(nameOrArn);
    trail = findTrailByArn(ctx.db, nameOrArn);
  } else {
    assertTrailName(nameOrArn);
    trail = trailsInRegion(ctx, true).find((t) => t.name === nameOrArn);
  }

  const notFound = () =>
    new ServiceError(
      "TrailNotFoundException",
      `Unknown trail: ${nameOrArn} for the user: ${ctx.accountId}`,
    );
  if (!trail) throw notFound();

  const isShadow = trail.homeRegion !== ctx.region;
  if (isShadow) {
    if (!trail.isMultiRegionTrail) throw notFound();
    if (access === "status" && !byArn) throw notFound();
    if (access === "write") {
      throw new ServiceError(
        "InvalidHomeRegionException",
        `This operation must be called from the trail's home region, ${trail.homeRegion}.`,
      );
    }
  }
  ctx.auditResources.push({ type: "AWS::CloudTrail::Trail", name: trailArn(trail) });
  return trail;
}
