import type { TrailTag } from "@/lib/cloudtrail/trail-tags";
import type { Trail } from "@/lib/trails/trail";

import { DefinitionList } from "./definition-list";

const yesNo = (value: boolean) => (value ? "Yes" : "No");
const orNone = (value: string | undefined) =>
  value ? (
    <span className="font-mono text-xs">{value}</span>
  ) : (
    <span className="text-muted-foreground">None</span>
  );

/** Every setting of the trail, as DescribeTrails and ListTags report them. */
export function TrailSettings({ trail, tags }: { trail: Trail; tags: TrailTag[] | undefined }) {
  return (
    <DefinitionList
      items={[
        { label: "ARN", value: <span className="font-mono text-xs">{trail.arn}</span> },
        { label: "Home region", value: trail.homeRegion },
        { label: "Multi-Region", value: yesNo(trail.isMultiRegion) },
        { label: "Organization trail", value: yesNo(trail.isOrganization) },
        { label: "Global service events", value: yesNo(trail.includeGlobalServiceEvents) },
        {
          label: "S3 location",
          value: (
            <span className="font-mono text-xs">
              s3://{trail.s3BucketName}/{trail.s3KeyPrefix ? `${trail.s3KeyPrefix}/` : ""}
            </span>
          ),
        },
        { label: "Log file validation", value: yesNo(trail.logFileValidationEnabled) },
        { label: "KMS key", value: orNone(trail.kmsKeyId) },
        { label: "SNS topic", value: orNone(trail.snsTopicArn ?? trail.snsTopicName) },
        { label: "CloudWatch Logs group", value: orNone(trail.cloudWatchLogsLogGroupArn) },
        { label: "CloudWatch Logs role", value: orNone(trail.cloudWatchLogsRoleArn) },
        {
          label: "Tags",
          value:
            tags === undefined ? (
              <span className="text-muted-foreground">Could not be read</span>
            ) : tags.length === 0 ? (
              <span className="text-muted-foreground">None</span>
            ) : (
              <ul className="flex flex-wrap gap-1.5">
                {tags.map((tag) => (
                  <li key={tag.key} className="rounded-md bg-muted px-1.5 py-0.5 font-mono text-xs">
                    {tag.key}={tag.value}
                  </li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}
