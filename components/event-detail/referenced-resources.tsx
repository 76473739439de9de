import { ExpandableRecordText } from "@/components/expandable-record-text";
import { RecordText } from "@/components/record-text";
import { Badge } from "@/components/ui/badge";
import type { ReferencedResource } from "@/lib/events/pivots";

import { DetailSection, type HeadingLevel } from "./detail-section";

interface ReferencedResourcesProps {
  resources: ReferencedResource[];
  level: HeadingLevel;
}

/** The resources the event names, with their ARNs where the record gives them. */
export function ReferencedResources({ resources, level }: ReferencedResourcesProps) {
  return (
    <DetailSection title="Resources" level={level}>
      {resources.length === 0 ? (
        <p className="text-sm text-muted-foreground">None</p>
      ) : (
        <ul className="flex flex-col gap-1.5 text-sm">
          {resources.map((resource) => (
            <li
              key={`${resource.type}|${resource.name}`}
              className="flex min-w-0 flex-wrap items-baseline gap-x-2 gap-y-0.5"
            >
              {resource.type && (
                <Badge variant="outline" className="max-w-full overflow-hidden">
                  <RecordText value={resource.type} max={100} className="truncate" />
                </Badge>
              )}
              <span className="min-w-0 font-mono text-xs">
                <ExpandableRecordText value={resource.name} />
              </span>
              {resource.arn && resource.arn !== resource.name && (
                <span className="w-full font-mono text-xs text-muted-foreground">
                  <ExpandableRecordText value={resource.arn} />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </DetailSection>
  );
}
