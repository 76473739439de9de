import { Badge } from "@/components/ui/badge";
import { insightTypeLabel } from "@/lib/insights/format-insight";
import type { InsightType } from "@/lib/insights/insight";

/** "API call rate" or "API error rate": the error rate stands out, as failures do elsewhere. */
export function InsightTypeBadge({ type }: { type: InsightType }) {
  return (
    <Badge variant={type === "ApiErrorRateInsight" ? "destructive" : "default"}>
      {insightTypeLabel(type)}
    </Badge>
  );
}
