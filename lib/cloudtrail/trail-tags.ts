import "server-only";

import { ListTagsCommand } from "@aws-sdk/client-cloudtrail";

import { getEnv } from "@/lib/env";
import type { Trail } from "@/lib/trails/trail";

import { trailCall } from "./trail-call";
import { cachedTrailRead } from "./trail-read-cache";

export interface TrailTag {
  key: string;
  value: string;
}

/** A trail's tags (ListTags, asked of its home region), for pages. Cached briefly. */
export function readTrailTags(trail: Trail): Promise<TrailTag[]> {
  return cachedTrailRead(`${getEnv().mode}:${trail.arn}:tags`, () => listTrailTags(trail));
}

/** A trail's tags as they are now, uncached: what a change of tags is measured against. */
export async function listTrailTags(trail: Trail): Promise<TrailTag[]> {
  const output = await trailCall(trail.homeRegion, "ListTags", (client) =>
    client.send(new ListTagsCommand({ ResourceIdList: [trail.arn] })),
  );
  const tags = output.ResourceTagList?.find((r) => r.ResourceId === trail.arn)?.TagsList ?? [];
  return tags.map((tag) => ({ key: tag.Key ?? "", value: tag.Value ?? "" }));
}
