import { Badge } from "@/components/ui/badge";
import type { Trail } from "@/lib/trails/trail";

/** Where the trail records: every Region or one, and for the organization or this account. */
export function TrailScopeBadges({ trail }: { trail: Trail }) {
  return (
    <span className="flex flex-wrap gap-1">
      <Badge variant="outline">{trail.isMultiRegion ? "Multi-Region" : "Single Region"}</Badge>
      {trail.isOrganization && <Badge variant="outline">Organization trail</Badge>}
    </span>
  );
}
