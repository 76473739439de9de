import { Badge } from "@/components/ui/badge";
import type { AuditOutcome } from "@/lib/audit/audit-entry";

const LABELS: Record<AuditOutcome, string> = {
  succeeded: "Succeeded",
  failed: "Failed",
  refused: "Refused",
};

/** Failed (CloudTrail said no) and refused (the role did not allow it) stand out alike. */
export function AuditOutcomeBadge({ outcome }: { outcome: AuditOutcome }) {
  return (
    <Badge variant={outcome === "succeeded" ? "outline" : "destructive"}>{LABELS[outcome]}</Badge>
  );
}
