import "server-only";

import { ServiceError } from "../protocol/service-error";
import type { Tag } from "../types";

export const MAX_TAGS_PER_RESOURCE = 50;

export function assertTags(tags: Tag[]): void {
  for (const tag of tags) {
    if (!tag.Key || tag.Key.length > 128) {
      throw new ServiceError(
        "InvalidTagParameterException",
        "A tag key must be 1 to 128 characters.",
      );
    }
    if (tag.Key.toLowerCase().startsWith("aws:")) {
      throw new ServiceError("InvalidTagParameterException", "Tag keys may not start with aws:.");
    }
    if (tag.Value !== undefined && tag.Value.length > 256) {
      throw new ServiceError(
        "InvalidTagParameterException",
        "A tag value must be at most 256 characters.",
      );
    }
  }
}

/** Adds or replaces tags by key, keeping the 50-tag limit. */
export function mergeTags(existing: Tag[], added: Tag[]): Tag[] {
  const byKey = new Map(existing.map((t) => [t.Key, t]));
  for (const tag of added) byKey.set(tag.Key, { Key: tag.Key, Value: tag.Value ?? "" });
  if (byKey.size > MAX_TAGS_PER_RESOURCE) {
    throw new ServiceError(
      "TagsLimitExceededException",
      `A resource can have at most ${MAX_TAGS_PER_RESOURCE} tags.`,
    );
  }
  return [...byKey.values()];
}
