import "server-only";

import { ServiceError } from "../protocol/service-error";
import { listAllTrails, saveTrail, trailArn } from "../store/trails-repo";
import type { Trail } from "../types";
import type { OperationHandler } from "./context";
import { inputBoolean, inputString } from "./input";
import { resolveTrail } from "./resolve-trail";
import { toTrailSettingsShape } from "./trail-shape";
import { assertTrailSettings } from "./trail-settings";

export const updateTrail: OperationHandler = (ctx, input) => {
  const current = resolveTrail(ctx, inputString(input, "Name")!, "write");
  // An empty string clears an optional setting, as on AWS.
  const optional = (name: string, value: string | undefined) => {
    const given = inputString(input, name);
    if (given === undefined) return value;
    return given === "" ? undefined : given;
  };
  const updated: Trail = {
    ...current,
    s3BucketName: inputString(input, "S3BucketName") ?? current.s3BucketName,
    s3KeyPrefix: optional("S3KeyPrefix", current.s3KeyPrefix),
    snsTopicName: optional("SnsTopicName", current.snsTopicName),
    includeGlobalServiceEvents:
      inputBoolean(input, "IncludeGlobalServiceEvents") ?? current.includeGlobalServiceEvents,
    isMultiRegionTrail: inputBoolean(input, "IsMultiRegionTrail") ?? current.isMultiRegionTrail,
    isOrganizationTrail: inputBoolean(input, "IsOrganizationTrail") ?? current.isOrganizationTrail,
    logFileValidationEnabled:
      inputBoolean(input, "EnableLogFileValidation") ?? current.logFileValidationEnabled,
    cloudWatchLogsLogGroupArn: optional(
      "CloudWatchLogsLogGroupArn",
      current.cloudWatchLogsLogGroupArn,
    ),
    cloudWatchLogsRoleArn: optional("CloudWatchLogsRoleArn", current.cloudWatchLogsRoleArn),
    kmsKeyId: optional("KmsKeyId", current.kmsKeyId),
  };
  if (updated.isMultiRegionTrail && !current.isMultiRegionTrail) {
    // Its new shadows would collide with a same-named trail in another region.
    const clash = listAllTrails(ctx.db).find(
      (t) => t.name === updated.name && t.homeRegion !== updated.homeRegion,
    );
    if (clash) {
      throw new ServiceError(
        "TrailAlreadyExistsException",
        `Trail ${trailArn(clash)} already exists for customer: ${ctx.accountId}`,
      );
    }
  }
  assertTrailSettings(updated);
  saveTrail(ctx.db, updated);
  return toTrailSettingsShape(updated);
};
