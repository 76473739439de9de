import "server-only";

import { ServiceError } from "../protocol/service-error";
import { listAllTrails, saveTrail, trailArn } from "../store/trails-repo";
import type { Tag, Trail } from "../types";
import type { OperationHandler } from "./context";
import { inputBoolean, inputList, inputString } from "./input";
import { trailsInRegion } from "./resolve-trail";
import { assertTags, mergeTags } from "./tag-rules";
import { toTrailSettingsShape } from "./trail-shape";
import { assertTrailName } from "./trail-rules";
import { assertTrailSettings } from "./trail-settings";

export const MAX_TRAILS_PER_REGION = 5;

export const createTrail: OperationHandler = (ctx, input) => {
  const name = inputString(input, "Name")!;
  assertTrailName(name);
  const isMultiRegionTrail = inputBoolean(input, "IsMultiRegionTrail") ?? false;

  const clash = listAllTrails(ctx.db).find(
    (t) =>
      t.name === name &&
      (t.homeRegion === ctx.region || t.isMultiRegionTrail || isMultiRegionTrail),
  );
  if (clash) {
    throw new ServiceError(
      "TrailAlreadyExistsException",
      `Trail ${trailArn(clash)} already exists for customer: ${ctx.accountId}`,
    );
  }
  if (trailsInRegion(ctx, true).length >= MAX_TRAILS_PER_REGION) {
    throw new ServiceError(
      "MaximumNumberOfTrailsExceededException",
      `User: ${ctx.accountId} already has ${MAX_TRAILS_PER_REGION} trails in ${ctx.region}.`,
    );
  }

  const tags = inputList<Tag>(input, "TagsList") ?? [];
  assertTags(tags);
  const trail: Trail = {
    name,
    homeRegion: ctx.region,
    accountId: ctx.accountId,
    s3BucketName: inputString(input, "S3BucketName")!,
    s3KeyPrefix: inputString(input, "S3KeyPrefix"),
    snsTopicName: inputString(input, "SnsTopicName"),
    includeGlobalServiceEvents: inputBoolean(input, "IncludeGlobalServiceEvents") ?? true,
    isMultiRegionTrail,
    isOrganizationTrail: inputBoolean(input, "IsOrganizationTrail") ?? false,
    logFileValidationEnabled: inputBoolean(input, "EnableLogFileValidation") ?? false,
    cloudWatchLogsLogGroupArn: inputString(input, "CloudWatchLogsLogGroupArn"),
    cloudWatchLogsRoleArn: inputString(input, "CloudWatchLogsRoleArn"),
    kmsKeyId: inputString(input, "KmsKeyId"),
    isLogging: false,
    createdAt: ctx.now,
    insightSelectors: [],
    tags: mergeTags([], tags),
  };
  assertTrailSettings(trail);
  saveTrail(ctx.db, trail);
  ctx.auditResources.push({ type: "AWS::CloudTrail::Trail", name: trailArn(trail) });
  return toTrailSettingsShape(trail);
};
