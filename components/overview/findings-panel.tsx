import Link from "next/link";

import { RuleReferenceLink } from "@/components/detections/rule-reference-link";
import { RecordText } from "@/components/record-text";
import { SeverityBadge, SEVERITY_LABELS } from "@/components/detections/severity-badge";
import { ruleById } from "@/lib/detections/rules";
import { SEVERITY_ORDER } from "@/lib/detections/types";
import { eventPageHref } from "@/lib/events/pivots";
import { formatTime } from "@/lib/format/format-time";
import type { RuleFindings } from "@/lib/overview/findings-summary";
import type { TimeZoneChoice } from "@/lib/view/events-view";

interface FindingsPanelProps {
  findings: RuleFindings[];
  tz: TimeZoneChoice;
  /** The Events page listing one rule's findings in this view. */
  eventsHref: (ruleId: string) => string;
  /** Still scanning: findings may grow. */
  partial: boolean;
}

/** What the detection rules flagged in the view, grouped by severity, then by rule. */
export function FindingsPanel({ findings, tz, eventsHref, partial }: FindingsPanelProps) {
  const total = findings.reduce((sum, f) => sum + f.count, 0);
  return (
    <section aria-labelledby="findings-title" className="rounded-lg border border-border p-4">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h2 id="findings-title" className="text-sm font-semibold">
          Findings
        </h2>
        <p className="text-xs text-muted-foreground">
          {findings.length === 0
            ? partial
              ? "Nothing flagged so far."
              : "No detection rule flagged an event in this view."
            : `${total.toLocaleString("en-US")} flagged ${total === 1 ? "event" : "events"}, ${findings.length} ${findings.length === 1 ? "rule" : "rules"}${partial ? " so far" : ""}`}
        </p>
      </div>
      {SEVERITY_ORDER.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className="mt-4">
            <h3 className="mb-2 text-xs font-medium tracking-wide text-muted-foreground uppercase">
              {SEVERITY_LABELS[severity]}
            </h3>
            <ul className="flex flex-col gap-2">
              {group.map((finding) => (
                <RuleFinding
                  key={finding.ruleId}
                  finding={finding}
                  tz={tz}
                  href={eventsHref(finding.ruleId)}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function RuleFinding({
  finding,
  tz,
  href,
}: {
  finding: RuleFindings;
  tz: TimeZoneChoice;
  href: string;
}) {
  const rule = ruleById(finding.ruleId);
  if (!rule) return null;
  const span =
    finding.first === finding.last
      ? formatTime(finding.first, tz)
      : `${formatTime(finding.first, tz)} – ${formatTime(finding.last, tz)}`;
  return (
    <li className="rounded-md border border-border p-3" aria-label={rule.title}>
      <div className="flex flex-wrap items-center gap-2">
        <SeverityBadge severity={finding.severity} />
        <span className="text-sm font-medium">{rule.title}</span>
        <span className="text-xs text-muted-foreground tabular-nums">
          {finding.count.toLocaleString("en-US")} {finding.count === 1 ? "event" : "events"} ·{" "}
          {span}
          {tz === "utc" ? " UTC" : ""}
        </span>
        <Link
          href={href}
          className="ml-auto text-xs font-medium text-accent underline-offset-2 hover:underline"
        >
          Show {finding.count === 1 ? "it" : "them"} in Events
        </Link>
      </div>
      <p className="mt-1 text-xs text-muted-foreground">{rule.description}</p>
      <p className="mt-1 text-xs">
        By{" "}
        {finding.principals.map((p, i) => (
          <span key={p.value}>
            {i > 0 ? ", " : ""}
            <RecordText value={p.value} max={200} className="font-mono break-all" /> ({p.count})
          </span>
        ))}
        {" · "}
        Latest:{" "}
        {finding.samples.map((ref, i) => (
          <span key={ref.id}>
            {i > 0 ? ", " : ""}
            <Link href={eventPageHref(ref, tz)} className="underline-offset-2 hover:underline">
              {ref.region}:{ref.id.slice(0, 8)}
            </Link>
          </span>
        ))}
      </p>
      <details className="mt-1 text-xs">
        <summary className="cursor-pointer text-muted-foreground">What to do next</summary>
        <p className="mt-1">{rule.nextSteps}</p>
        <p className="mt-1">
          Reference: <RuleReferenceLink reference={rule.reference} />
        </p>
      </details>
    </li>
  );
}
