import { z } from "zod";

import { REGION_PATTERN } from "@/lib/view/regions";

import {
  kmsKeyIdProblem,
  logGroupArnProblem,
  MAX_TAGS,
  roleArnProblem,
  s3BucketNameProblem,
  s3KeyPrefixProblem,
  snsTopicProblem,
  tagKeyProblem,
  tagValueProblem,
  trailNameProblem,
} from "./trail-rules";
import type { Trail } from "./trail";
import { trailRefShape } from "./trail-ref-schema";

/**
 * The trail form's values, as the create and edit forms hold them and the server actions
 * receive them: text fields are strings ("" = not set), so one schema checks both sides.
 * Safe for the client bundle.
 */

/** A text field checked by one of CloudTrail's rules, when it is filled in. */
const optionalText = (problem: (value: string) => string | undefined, subject: string) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const found = value === "" ? undefined : problem(value);
      if (found) ctx.addIssue({ code: "custom", message: `${subject} ${found}.` });
    });

const tagSchema = z.object({
  key: z
    .string()
    .trim()
    .superRefine((key, ctx) => {
      const problem = tagKeyProblem(key);
      if (problem) ctx.addIssue({ code: "custom", message: `The tag key ${problem}.` });
    }),
  value: z.string().superRefine((value, ctx) => {
    const problem = tagValueProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: `The tag value ${problem}.` });
  }),
});

const settingsShape = {
  s3BucketName: z
    .string()
    .trim()
    .superRefine((name, ctx) => {
      if (name === "") return ctx.addIssue({ code: "custom", message: "Name the S3 bucket." });
      const problem = s3BucketNameProblem(name);
      if (problem) ctx.addIssue({ code: "custom", message: `The bucket name ${problem}.` });
    }),
  s3KeyPrefix: optionalText(s3KeyPrefixProblem, "The key prefix"),
  isMultiRegion: z.boolean(),
  isOrganization: z.boolean(),
  includeGlobalServiceEvents: z.boolean(),
  logFileValidationEnabled: z.boolean(),
  kmsKeyId: optionalText(kmsKeyIdProblem, "The KMS key"),
  snsTopicName: optionalText(snsTopicProblem, "The SNS topic"),
  cloudWatchLogsLogGroupArn: optionalText(logGroupArnProblem, "The log group ARN"),
  cloudWatchLogsRoleArn: optionalText(roleArnProblem, "The role ARN"),
  tags: z.array(tagSchema).max(MAX_TAGS, `A trail has at most ${MAX_TAGS} tags.`),
};

/** What the cross-field rules read, checked for type only. */
const combinationFields = z.object({
  isMultiRegion: z.boolean(),
  includeGlobalServiceEvents: z.boolean(),
  cloudWatchLogsLogGroupArn: z.string(),
  cloudWatchLogsRoleArn: z.string(),
  tags: z.array(z.object({ key: z.string() })),
});

/**
 * The cross-field rules run even when a field has a problem of its own (zod would skip
 * them), so the form shows every problem at once; only when what they read is well typed.
 */
const crossFieldCheck = {
  when: (payload: { value: unknown }) => combinationFields.safeParse(payload.value).success,
};

/** Rules that span fields, as CloudTrail applies them. */
function checkCombinations(values: z.infer<typeof combinationFields>, ctx: z.RefinementCtx): void {
  if (values.isMultiRegion && !values.includeGlobalServiceEvents) {
    ctx.addIssue({
      code: "custom",
      path: ["includeGlobalServiceEvents"],
      message: "A multi-Region trail must include global service events (IAM, STS, CloudFront).",
    });
  }
  const group = values.cloudWatchLogsLogGroupArn !== "";
  const role = values.cloudWatchLogsRoleArn !== "";
  if (group !== role) {
    ctx.addIssue({
      code: "custom",
      path: [group ? "cloudWatchLogsRoleArn" : "cloudWatchLogsLogGroupArn"],
      message: "CloudWatch Logs needs both a log group and a role CloudTrail can assume.",
    });
  }
  const seen = new Set<string>();
  values.tags.forEach((tag, index) => {
    if (seen.has(tag.key)) {
      ctx.addIssue({
        code: "custom",
        path: ["tags", index, "key"],
        message: `The tag key ${tag.key} is used twice.`,
      });
    }
    seen.add(tag.key);
  });
}

export const createTrailSchema = z
  .object({
    region: z.string().regex(REGION_PATTERN, "Choose the trail's home region."),
    name: z
      .string()
      .trim()
      .superRefine((name, ctx) => {
        const problem = trailNameProblem(name);
        if (problem) ctx.addIssue({ code: "custom", message: `The trail name ${problem}.` });
      }),
    startLogging: z.boolean(),
    ...settingsShape,
  })
  .superRefine(checkCombinations, crossFieldCheck);

export type CreateTrailValues = z.input<typeof createTrailSchema>;

export const updateTrailSchema = z
  .object({
    // The trail being edited, named as a link names it: no longer than CloudTrail allows.
    ...trailRefShape,
    ...settingsShape,
  })
  .superRefine(checkCombinations, crossFieldCheck);

export type UpdateTrailValues = z.input<typeof updateTrailSchema>;

/** A new trail's starting values: what AWS recommends (multi-Region, validated, logging). */
export function newTrailValues(region: string): CreateTrailValues {
  return {
    region,
    name: "",
    startLogging: true,
    s3BucketName: "",
    s3KeyPrefix: "",
    isMultiRegion: true,
    isOrganization: false,
    includeGlobalServiceEvents: true,
    logFileValidationEnabled: true,
    kmsKeyId: "",
    snsTopicName: "",
    cloudWatchLogsLogGroupArn: "",
    cloudWatchLogsRoleArn: "",
    tags: [],
  };
}

/** The edit form's values: the trail as it is. */
export function trailValues(
  trail: Trail,
  tags: { key: string; value: string }[],
): UpdateTrailValues {
  return {
    region: trail.homeRegion,
    name: trail.name,
    s3BucketName: trail.s3BucketName,
    s3KeyPrefix: trail.s3KeyPrefix ?? "",
    isMultiRegion: trail.isMultiRegion,
    isOrganization: trail.isOrganization,
    includeGlobalServiceEvents: trail.includeGlobalServiceEvents,
    logFileValidationEnabled: trail.logFileValidationEnabled,
    kmsKeyId: trail.kmsKeyId ?? "",
    snsTopicName: trail.snsTopicArn ?? trail.snsTopicName ?? "",
    cloudWatchLogsLogGroupArn: trail.cloudWatchLogsLogGroupArn ?? "",
    cloudWatchLogsRoleArn: trail.cloudWatchLogsRoleArn ?? "",
    tags,
  };
}
