import { RuleReferenceLink } from "@/components/detections/rule-reference-link";
import { RecordText } from "@/components/record-text";
import { SeverityBadge } from "@/components/detections/severity-badge";
import { ruleById } from "@/lib/detections/rules";
import type { Finding } from "@/lib/detections/types";
import { formatTime } from "@/lib/format/format-time";
import type { TimeZoneChoice } from "@/lib/view/events-view";

import { DetailSection, type HeadingLevel } from "./detail-section";

interface EventFindingsProps {
  findings: readonly Finding[];
  /** Burst rules were judged among the events around this one, or on it alone. */
  withNeighbours: boolean;
  timeZone: TimeZoneChoice;
  level: HeadingLevel;
}

/** What the detection rules say about this event: why it matters, what to do, where it comes from. */
export function EventFindings({ findings, withNeighbours, timeZone, level }: EventFindingsProps) {
  if (findings.length === 0) return null;
  return (
    <DetailSection title="Findings" level={level}>
      <ul className="flex flex-col gap-2">
        {findings.map((finding) => {
          const rule = ruleById(finding.ruleId);
          if (!rule) return null;
          return (
            <li key={finding.ruleId} className="rounded-md border border-border p-3 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <SeverityBadge severity={finding.severity} />
                <span className="font-medium">{rule.title}</span>
              </div>
              {finding.burst && (
                <p className="mt-1 text-xs text-muted-foreground">
                  One of {finding.burst.count} by{" "}
                  <RecordText value={finding.burst.key} max={200} className="font-mono break-all" />{" "}
                  between {formatTime(finding.burst.first, timeZone)} and{" "}
                  {formatTime(finding.burst.last, timeZone)}
                  {timeZone === "utc" ? " UTC" : ""}.
                </p>
              )}
              <p className="mt-1 text-xs">{rule.description}</p>
              <p className="mt-1 text-xs">
                <span className="font-medium">Next: </span>
                {rule.nextSteps}
              </p>
              <RuleReferenceLink reference={rule.reference} className="mt-1" />
            </li>
          );
        })}
      </ul>
      {!withNeighbours && (
        <p className="text-xs text-muted-foreground">
          Judged on this event alone: rules that look for bursts need the events around it, as in
          the Events list.
        </p>
      )}
    </DetailSection>
  );
}
