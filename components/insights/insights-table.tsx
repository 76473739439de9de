"use client";

import type { MouseEvent } from "react";

import { RecordText } from "@/components/record-text";
import { cn } from "@/components/ui/cn";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { formatMinutes } from "@/lib/format/format-duration";
import { formatRates, formatRatio, insightMinutes } from "@/lib/insights/format-insight";
import type { Insight } from "@/lib/insights/insight";
import type { InsightRef } from "@/lib/insights/insights-view";
import type { TimeZoneChoice } from "@/lib/view/events-view";

import { InsightTime } from "./insight-time";
import { InsightTypeBadge } from "./insight-type-badge";

interface InsightsTableProps {
  insights: readonly Insight[];
  timeZone: TimeZoneChoice;
  openRef: InsightRef | null;
  /** The page's URL with this insight open, for the row's link. */
  hrefFor: (ref: InsightRef) => string;
  onOpen: (ref: InsightRef) => void;
}

/**
 * The insights, newest first. Each row's event name is a link to the insight (Tab and
 * Enter open it; a new tab works too); a click anywhere on the row opens it as well.
 */
export function InsightsTable({
  insights,
  timeZone,
  openRef,
  hrefFor,
  onOpen,
}: InsightsTableProps) {
  const zone = timeZone === "utc" ? "UTC" : "local";
  return (
    <Table aria-label="Insights">
      <TableHeader>
        <TableRow>
          <TableHead scope="col">API</TableHead>
          <TableHead scope="col">Insight</TableHead>
          <TableHead scope="col">Region</TableHead>
          <TableHead scope="col">Started ({zone})</TableHead>
          <TableHead scope="col">Ended ({zone})</TableHead>
          <TableHead scope="col">Duration</TableHead>
          <TableHead scope="col">Against the baseline</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {insights.map((insight) => (
          <InsightRow
            key={`${insight.region}:${insight.id}`}
            insight={insight}
            timeZone={timeZone}
            open={openRef?.region === insight.region && openRef.id === insight.id}
            href={hrefFor({ region: insight.region, id: insight.id })}
            onOpen={onOpen}
          />
        ))}
      </TableBody>
    </Table>
  );
}

interface InsightRowProps {
  insight: Insight;
  timeZone: TimeZoneChoice;
  open: boolean;
  href: string;
  onOpen: (ref: InsightRef) => void;
}

function InsightRow({ insight, timeZone, open, href, onOpen }: InsightRowProps) {
  const ref = { region: insight.region, id: insight.id };
  const minutes = insightMinutes(insight);
  const ratio = formatRatio(insight);

  const openFromRow = (click: MouseEvent<HTMLTableRowElement>) => {
    // The link handles its own clicks; a drag that selected text is someone copying a value.
    if (click.target instanceof Element && click.target.closest("a")) return;
    if (window.getSelection()?.toString()) return;
    onOpen(ref);
  };
  const openFromLink = (click: MouseEvent<HTMLAnchorElement>) => {
    // Modified and middle clicks keep the browser's meaning: open in a new tab or window.
    if (click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey)
      return;
    click.preventDefault();
    onOpen(ref);
  };

  return (
    <TableRow
      data-state={open ? "selected" : undefined}
      onClick={openFromRow}
      className={cn(
        "cursor-pointer hover:bg-muted/50",
        // A bar at the start marks the open row; a grey fill would hide the grey badges.
        open && "bg-accent/5 shadow-[inset_3px_0_0_var(--accent)] hover:bg-accent/10",
      )}
    >
      <TableCell className="max-w-80 min-w-48">
        <a
          href={href}
          onClick={openFromLink}
          aria-current={open ? "true" : undefined}
          className="font-medium break-words underline-offset-2 outline-none hover:underline focus-visible:rounded-sm focus-visible:ring-2 focus-visible:ring-ring"
        >
          <RecordText value={insight.eventName} />
        </a>
        <div className="font-mono text-xs break-words text-muted-foreground">
          <RecordText value={insight.eventSource} />
        </div>
      </TableCell>
      <TableCell>
        <InsightTypeBadge type={insight.type} />
        {insight.errorCode && (
          <div className="mt-0.5 font-mono text-xs break-words text-muted-foreground">
            <RecordText value={insight.errorCode} />
          </div>
        )}
      </TableCell>
      <TableCell className="font-mono text-xs">{insight.region}</TableCell>
      <TableCell className="text-xs whitespace-nowrap tabular-nums">
        <InsightTime iso={insight.start} timeZone={timeZone} />
      </TableCell>
      <TableCell className="text-xs whitespace-nowrap tabular-nums">
        {insight.end ? (
          <InsightTime iso={insight.end} timeZone={timeZone} />
        ) : (
          <span className="text-muted-foreground">Not ended</span>
        )}
      </TableCell>
      <TableCell className="text-xs whitespace-nowrap">
        {minutes === undefined ? "—" : formatMinutes(minutes)}
      </TableCell>
      <TableCell className="text-xs">
        <div className="font-medium whitespace-nowrap">{ratio ?? "None before"}</div>
        <div className="text-muted-foreground tabular-nums">{formatRates(insight)}</div>
      </TableCell>
    </TableRow>
  );
}
