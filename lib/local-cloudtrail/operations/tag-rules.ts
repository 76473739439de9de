import "server-only";

import { MAX_TAGS, tagKeyProblem, tagValueProblem } from "@/lib/trails/trail-rules";

import { ServiceError } from "../protocol/service-error";
import type { Tag } from "../types";

export const MAX_TAGS_PER_RESOURCE = MAX_TAGS;

export function assertTags(tags: Tag[]): void {
  for (const tag of tags) {
    const keyProblem = tagKeyProblem(tag.Key ?? "");
    if (keyProblem) {
      throw new ServiceError("InvalidTagParameterException", `A tag key ${keyProblem}.`);
    }
    const valueProblem = tag.Value === undefined ? undefined : tagValueProblem(tag.Value);
    if (valueProblem) {
      throw new ServiceError("InvalidTagParameterException", `A tag value ${valueProblem}.`);
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
