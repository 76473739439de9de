import "server-only";

import { ServiceError } from "../protocol/service-error";
import { findTrailByArn, saveTrail } from "../store/trails-repo";
import type { Tag, Trail } from "../types";
import type { OperationContext, OperationHandler } from "./context";
import { inputList, inputString } from "./input";
import { assertTrailArn } from "./resolve-trail";
import { assertTags, mergeTags } from "./tag-rules";

export const addTags: OperationHandler = (ctx, input) => {
  const trail = taggedTrail(ctx, inputString(input, "ResourceId")!);
  const tags = inputList<Tag>(input, "TagsList")!;
  assertTags(tags);
  saveTrail(ctx.db, { ...trail, tags: mergeTags(trail.tags, tags) });
  return {};
};

export const removeTags: OperationHandler = (ctx, input) => {
  const trail = taggedTrail(ctx, inputString(input, "ResourceId")!);
  const tags = inputList<Tag>(input, "TagsList")!;
  assertTags(tags);
  const removed = new Set(tags.map((t) => t.Key));
  saveTrail(ctx.db, { ...trail, tags: trail.tags.filter((t) => !removed.has(t.Key)) });
  return {};
};

export const listTags: OperationHandler = (ctx, input) => {
  const ids = inputList<string>(input, "ResourceIdList")!;
  return {
    ResourceTagList: ids.map((id) => ({ ResourceId: id, TagsList: taggedTrail(ctx, id).tags })),
  };
};

/** Tags are addressed by ARN only; the local service has trails, not event data stores or channels. */
function taggedTrail(ctx: OperationContext, resourceId: string): Trail {
  assertTrailArn(resourceId);
  const trail = findTrailByArn(ctx.db, resourceId);
  if (!trail) {
    throw new ServiceError("ResourceNotFoundException", `Resource ${resourceId} was not found.`);
  }
  ctx.auditResources.push({ type: "AWS::CloudTrail::Trail", name: resourceId });
  return trail;
}
