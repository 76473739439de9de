import { ShieldAlert } from "lucide-react";

import { cn } from "@/components/ui/cn";
import { ruleById } from "@/lib/detections/rules";
import type { Finding } from "@/lib/detections/types";
import { visiblePreview } from "@/lib/format/visible-text";

import { SEVERITY_LABELS, severityVariants } from "./severity-badge";

/** An event's findings as small badges: the rule's title, tinted by severity. */
export function FindingBadges({
  findings,
  className,
}: {
  findings: readonly Finding[] | undefined;
  className?: string;
}) {
  if (!findings || findings.length === 0) return null;
  return (
    <ul
      aria-label="Findings"
      className={cn("inline-flex min-w-0 gap-1 overflow-hidden", className)}
    >
      {findings.map((finding) => {
        const rule = ruleById(finding.ruleId);
        if (!rule) return null;
        const burst = finding.burst
          ? ` (${finding.burst.count} by ${visiblePreview(finding.burst.key)} between ${finding.burst.first} and ${finding.burst.last})`
          : "";
        return (
          <li
            key={finding.ruleId}
            title={`${SEVERITY_LABELS[finding.severity]}: ${rule.title}${burst}. ${rule.description}`}
            className={cn(
              severityVariants({ severity: finding.severity }),
              "max-w-44 min-w-0 py-px text-[11px] leading-4",
            )}
          >
            <ShieldAlert aria-hidden className="size-3 shrink-0" />
            <span className="sr-only">{SEVERITY_LABELS[finding.severity]}:</span>
            <span className="truncate">{rule.title}</span>
          </li>
        );
      })}
    </ul>
  );
}
