"use client";

import { X } from "lucide-react";
import { useEffect, useId, useRef, type ReactNode } from "react";

import { RecordText } from "@/components/record-text";
import { Button } from "@/components/ui/button";
import { formatMinutes } from "@/lib/format/format-duration";
import {
  formatRate,
  formatRatio,
  insightMinutes,
  insightUnit,
} from "@/lib/insights/format-insight";
import type { Insight } from "@/lib/insights/insight";
import type { TimeZoneChoice } from "@/lib/view/events-view";

import { InsightActivityFigure } from "./insight-activity-figure";
import { InsightAttributions } from "./insight-attributions";
import { InsightTime } from "./insight-time";
import { InsightTypeBadge } from "./insight-type-badge";

interface InsightDetailProps {
  insight: Insight;
  timeZone: TimeZoneChoice;
  onClose: () => void;
}

/** One insight: its figures against the baseline, its calls minute by minute, and who made them. */
export function InsightDetail({ insight, timeZone, onClose }: InsightDetailProps) {
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const minutes = insightMinutes(insight);
  const unit = insightUnit(insight.type);
  const ratio = formatRatio(insight);

  // Opening an insight brings its detail, below the list, into view.
  useEffect(() => {
    sectionRef.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, []);

  return (
    <section
      ref={sectionRef}
      aria-labelledby={headingId}
      className="flex scroll-mt-4 flex-col gap-4 rounded-lg border border-border p-4"
    >
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-2">
            <h2 id={headingId} className="text-lg font-semibold break-words">
              <RecordText value={insight.eventName} />
            </h2>
            <InsightTypeBadge type={insight.type} />
            {insight.errorCode && (
              <RecordText
                value={insight.errorCode}
                className="font-mono text-xs break-words text-destructive"
              />
            )}
          </div>
          <p className="text-sm text-muted-foreground">
            <RecordText value={insight.eventSource} className="font-mono break-words" /> in{" "}
            <span className="font-mono">{insight.region}</span>
          </p>
        </div>
        <Button variant="ghost" size="icon" onClick={onClose} aria-label="Close insight">
          <X aria-hidden className="size-4" />
        </Button>
      </div>

      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm sm:grid-cols-3 lg:grid-cols-6">
        <Figure label="Started">
          <InsightTime iso={insight.start} timeZone={timeZone} showZone />
        </Figure>
        <Figure label="Ended">
          {insight.end ? (
            <InsightTime iso={insight.end} timeZone={timeZone} showZone />
          ) : (
            "Not ended"
          )}
        </Figure>
        <Figure label="Duration">{minutes === undefined ? "—" : formatMinutes(minutes)}</Figure>
        <Figure label="During the insight">
          {formatRate(insight.insightAverage)} {unit}
        </Figure>
        <Figure label="Baseline">
          {insight.baselineAverage > 0
            ? `${formatRate(insight.baselineAverage)} ${unit}`
            : "None before"}
          {insight.baselineDuration !== undefined && (
            <span className="block text-xs text-muted-foreground">
              over {formatMinutes(insight.baselineDuration)}
            </span>
          )}
        </Figure>
        <Figure label="Change">{ratio ?? "New: none in the baseline"}</Figure>
      </dl>

      <InsightActivityFigure insight={insight} timeZone={timeZone} />
      <InsightAttributions insight={insight} />
    </section>
  );
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="font-medium tabular-nums">{children}</dd>
    </div>
  );
}
