import { cva } from "class-variance-authority";

import { cn } from "@/components/ui/cn";
import type { Severity } from "@/lib/detections/types";

/** A severity's colours, shared by the badge and the findings beside event names. */
export const severityVariants = cva(
  "inline-flex items-center gap-1 rounded-md border px-1.5 py-0.5 text-xs font-medium whitespace-nowrap",
  {
    variants: {
      severity: {
        critical: "border-destructive bg-destructive/15 text-destructive",
        high: "border-transparent bg-destructive/10 text-destructive",
        medium: "border-transparent bg-warning/20 text-foreground",
        low: "border-border text-muted-foreground",
      },
    },
  },
);

export const SEVERITY_LABELS: Record<Severity, string> = {
  critical: "Critical",
  high: "High",
  medium: "Medium",
  low: "Low",
};

/** A severity, in words and colour (the word carries it for those who cannot see the colour). */
export function SeverityBadge({ severity, className }: { severity: Severity; className?: string }) {
  return (
    <span className={cn(severityVariants({ severity }), className)}>
      {SEVERITY_LABELS[severity]}
    </span>
  );
}
