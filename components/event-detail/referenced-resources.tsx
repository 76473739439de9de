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
              {resource.type && <Badge variant="outline">{resource.type}</Badge>}
              <span className="font-mono text-xs break-all">{resource.name}</span>
              {resource.arn && resource.arn !== resource.name && (
                <span className="w-full font-mono text-xs break-all text-muted-foreground">
                  {resource.arn}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </DetailSection>
  );
}
