import { cva } from "class-variance-authority";
import { CirclePause, OctagonAlert, TriangleAlert, type LucideIcon } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { TrailProblem, TrailProblemSeverity } from "@/lib/trails/trail-health";

const SEVERITIES: Record<TrailProblemSeverity, { label: string; icon: LucideIcon }> = {
  critical: { label: "Critical", icon: OctagonAlert },
  warning: { label: "Warning", icon: TriangleAlert },
  notice: { label: "Notice", icon: CirclePause },
};

const badgeVariants = cva("max-w-64 min-w-0 gap-1", {
  variants: {
    severity: {
      critical: "border-destructive/40 bg-destructive/10 text-destructive",
      warning: "border-warning/50 bg-warning/15 text-foreground",
      notice: "border-border bg-muted text-muted-foreground",
    },
  },
});

const iconVariants = cva("size-4 shrink-0", {
  variants: {
    severity: {
      critical: "text-destructive",
      warning: "text-warning",
      notice: "text-muted-foreground",
    },
  },
});

interface TrailHealthNotesProps {
  /** From trailHealth(), most severe first. */
  problems: readonly TrailProblem[];
  /** Badges for a row of the Trails page, or explained notes for a trail's own page. */
  layout: "badges" | "notes";
  className?: string;
}

/**
 * What makes a trail stand out: each problem's label, severity (in words for those who
 * cannot see the colour) and, as notes or on hover over a badge, what it means and what
 * to check. Renders nothing when there is nothing to say.
 */
export function TrailHealthNotes({ problems, layout, className }: TrailHealthNotesProps) {
  if (problems.length === 0) return null;
  if (layout === "badges") {
    return (
      <ul aria-label="Problems" className={cn("flex flex-wrap gap-1", className)}>
        {problems.map((problem) => {
          const { label, icon: Icon } = SEVERITIES[problem.severity];
          return (
            <li key={problem.kind}>
              <Badge
                title={problem.detail}
                className={badgeVariants({ severity: problem.severity })}
              >
                <Icon aria-hidden className="size-3 shrink-0" />
                <span className="sr-only">{`${label}: `}</span>
                <span className="truncate">{problem.label}</span>
              </Badge>
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <ul aria-label="Problems" className={cn("flex flex-col gap-2", className)}>
      {problems.map((problem) => {
        const { label, icon: Icon } = SEVERITIES[problem.severity];
        return (
          <li key={problem.kind}>
            <Alert
              role="note"
              variant={problem.severity === "critical" ? "destructive" : "warning"}
              // A notice is not an alarm: the page's neutral border instead of the warning tint.
              className={cn(
                "flex gap-3",
                problem.severity === "notice" && "border-border bg-muted/40",
              )}
            >
              <Icon
                aria-hidden
                className={cn(iconVariants({ severity: problem.severity }), "mt-0.5")}
              />
              <div className="min-w-0">
                <AlertTitle>
                  <span className="sr-only">{`${label}: `}</span>
                  {problem.label}
                </AlertTitle>
                <AlertDescription>{problem.detail}</AlertDescription>
              </div>
            </Alert>
          </li>
        );
      })}
    </ul>
  );
}
