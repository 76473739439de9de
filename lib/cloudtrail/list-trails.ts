import "server-only";

import type { Failure } from "@/lib/events/failure";
import type { ListedTrail, Trail, TrailsListing } from "@/lib/trails/trail";

import { describeRegionTrails, readTrailStatusResult } from "./describe-trails";
import { describeCloudTrailError } from "./errors";

/**
 * Every trail of the account seen from `regions`, each once: a multi-region trail appears in
 * every region (its shadows) and is listed once, with its home region. Each trail's status
 * is read from its home region; a region or status that fails is reported beside the others.
 */
export async function listTrails(regions: string[]): Promise<TrailsListing> {
  const described = await Promise.allSettled(regions.map((region) => describeRegionTrails(region)));
  const byArn = new Map<string, Trail>();
  const regionFailures: { region: string; failure: Failure }[] = [];
  described.forEach((result, index) => {
    if (result.status === "rejected") {
      regionFailures.push({
        region: regions[index],
        failure: describeCloudTrailError(result.reason),
      });
      return;
    }
    for (const trail of result.value) if (!byArn.has(trail.arn)) byArn.set(trail.arn, trail);
  });

  const trails = [...byArn.values()].sort(
    (a, b) => a.homeRegion.localeCompare(b.homeRegion) || a.name.localeCompare(b.name),
  );
  const listed: ListedTrail[] = await Promise.all(
    trails.map(async (trail) => ({ trail, status: await readTrailStatusResult(trail) })),
  );
  return { trails: listed, regionFailures, regions, readAt: Date.now() };
}
