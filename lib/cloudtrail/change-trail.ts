import "server-only";

import {
  AddTagsCommand,
  CreateTrailCommand,
  type CreateTrailCommandOutput,
  DeleteTrailCommand,
  RemoveTagsCommand,
  StartLoggingCommand,
  StopLoggingCommand,
  UpdateTrailCommand,
  type UpdateTrailCommandInput,
} from "@aws-sdk/client-cloudtrail";

import type { Trail } from "@/lib/trails/trail";
import type { TrailChange } from "@/lib/trails/trail-change";
import type { CreateTrailValues, UpdateTrailValues } from "@/lib/trails/trail-form";

import { describeCloudTrailError } from "./errors";
import { makeTrailChange } from "./make-trail-change";
import { trailCall } from "./trail-call";
import { forgetTrailReads } from "./trail-read-cache";
import { listTrailTags, type TrailTag } from "./trail-tags";

/**
 * The changes an admin makes to trails' settings and logging, each from the trail's home
 * region and each returned as a TrailChange (see makeTrailChange).
 */

const orUndefined = (value: string) => (value === "" ? undefined : value);

export interface CreatedTrail {
  arn: string;
  changes: TrailChange[];
  /** The trail was created but StartLogging failed: what CloudTrail said. */
  startLoggingError?: string;
}

export async function createTrail(values: CreateTrailValues): Promise<CreatedTrail> {
  const region = values.region;
  const at = Date.now();
  let output: CreateTrailCommandOutput;
  try {
    output = await trailCall(region, "CreateTrail", (client) =>
      client.send(
        new CreateTrailCommand({
          Name: values.name,
          S3BucketName: values.s3BucketName,
          S3KeyPrefix: orUndefined(values.s3KeyPrefix),
          SnsTopicName: orUndefined(values.snsTopicName),
          IncludeGlobalServiceEvents: values.includeGlobalServiceEvents,
          IsMultiRegionTrail: values.isMultiRegion,
          IsOrganizationTrail: values.isOrganization,
          EnableLogFileValidation: values.logFileValidationEnabled,
          KmsKeyId: orUndefined(values.kmsKeyId),
          CloudWatchLogsLogGroupArn: orUndefined(values.cloudWatchLogsLogGroupArn),
          CloudWatchLogsRoleArn: orUndefined(values.cloudWatchLogsRoleArn),
          TagsList: values.tags.length > 0 ? toSdkTags(values.tags) : undefined,
        }),
      ),
    );
  } finally {
    forgetTrailReads();
  }
  const arn = output.TrailARN ?? "";
  const changes: TrailChange[] = [{ eventName: "CreateTrail", region, trailArn: arn, at }];
  if (!values.startLogging) return { arn, changes };
  try {
    changes.push(await startLogging({ homeRegion: region, arn }));
    return { arn, changes };
  } catch (error) {
    return { arn, changes, startLoggingError: describeCloudTrailError(error).message };
  }
}

/**
 * UpdateTrail with the settings that differ from the trail as it is (an unchanged KMS key or
 * topic is not sent to be checked again), then the tags that were added, changed or removed.
 * Returns no changes when nothing differs.
 */
export async function updateTrail(trail: Trail, values: UpdateTrailValues): Promise<TrailChange[]> {
  const input = updateInput(trail, values);
  const changes: TrailChange[] = [];
  if (Object.keys(input).length > 1) {
    changes.push(
      await makeTrailChange(trail, "UpdateTrail", (client) =>
        client.send(new UpdateTrailCommand(input)),
      ),
    );
  }
  const current = await listTrailTags(trail);
  const wanted = new Map(values.tags.map((tag) => [tag.key, tag.value]));
  const removed = current.filter((tag) => !wanted.has(tag.key));
  const added = values.tags.filter(
    (tag) => current.find((c) => c.key === tag.key)?.value !== tag.value,
  );
  if (removed.length > 0) {
    changes.push(
      await makeTrailChange(trail, "RemoveTags", (client) =>
        client.send(new RemoveTagsCommand({ ResourceId: trail.arn, TagsList: toSdkTags(removed) })),
      ),
    );
  }
  if (added.length > 0) {
    changes.push(
      await makeTrailChange(trail, "AddTags", (client) =>
        client.send(new AddTagsCommand({ ResourceId: trail.arn, TagsList: toSdkTags(added) })),
      ),
    );
  }
  return changes;
}

/** UpdateTrail's input: the trail, and each setting whose value differs ("" clears one). */
export function updateInput(trail: Trail, values: UpdateTrailValues): UpdateTrailCommandInput {
  const input: UpdateTrailCommandInput = { Name: trail.arn };
  const text = (now: string | undefined, next: string) => ((now ?? "") === next ? undefined : next);
  input.S3BucketName = text(trail.s3BucketName, values.s3BucketName);
  input.S3KeyPrefix = text(trail.s3KeyPrefix, values.s3KeyPrefix);
  // The form shows the topic's ARN; either form of the same topic is no change.
  const sameTopic = [trail.snsTopicArn ?? "", trail.snsTopicName ?? ""].includes(
    values.snsTopicName,
  );
  input.SnsTopicName = sameTopic ? undefined : values.snsTopicName;
  input.KmsKeyId = text(trail.kmsKeyId, values.kmsKeyId);
  const logsChanged =
    (trail.cloudWatchLogsLogGroupArn ?? "") !== values.cloudWatchLogsLogGroupArn ||
    (trail.cloudWatchLogsRoleArn ?? "") !== values.cloudWatchLogsRoleArn;
  // CloudTrail takes the log group and its role together.
  if (logsChanged) {
    input.CloudWatchLogsLogGroupArn = values.cloudWatchLogsLogGroupArn;
    input.CloudWatchLogsRoleArn = values.cloudWatchLogsRoleArn;
  }
  const flag = (now: boolean, next: boolean) => (now === next ? undefined : next);
  input.IsMultiRegionTrail = flag(trail.isMultiRegion, values.isMultiRegion);
  input.IsOrganizationTrail = flag(trail.isOrganization, values.isOrganization);
  input.IncludeGlobalServiceEvents = flag(
    trail.includeGlobalServiceEvents,
    values.includeGlobalServiceEvents,
  );
  input.EnableLogFileValidation = flag(
    trail.logFileValidationEnabled,
    values.logFileValidationEnabled,
  );
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined),
  ) as UpdateTrailCommandInput;
}

export function deleteTrail(trail: Trail): Promise<TrailChange> {
  return makeTrailChange(trail, "DeleteTrail", (client) =>
    client.send(new DeleteTrailCommand({ Name: trail.arn })),
  );
}

export function startLogging(trail: Pick<Trail, "homeRegion" | "arn">): Promise<TrailChange> {
  return makeTrailChange(trail, "StartLogging", (client) =>
    client.send(new StartLoggingCommand({ Name: trail.arn })),
  );
}

export function stopLogging(trail: Pick<Trail, "homeRegion" | "arn">): Promise<TrailChange> {
  return makeTrailChange(trail, "StopLogging", (client) =>
    client.send(new StopLoggingCommand({ Name: trail.arn })),
  );
}

function toSdkTags(tags: TrailTag[]) {
  return tags.map((tag) => ({ Key: tag.key, Value: tag.value }));
}
