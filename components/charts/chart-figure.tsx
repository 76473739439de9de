"use client";

import { useId, useState, type ReactNode } from "react";

import { ToggleGroup, ToggleGroupItem } from "@/components/ui/toggle-group";
import { cn } from "@/components/ui/cn";

interface ChartFigureProps {
  title: string;
  /** What the chart is based on, e.g. "12,345 events, 10:00–11:00 UTC, 3 regions". */
  basis?: ReactNode;
  /** Controls beside the title (e.g. the dimension a chart is stacked by). */
  actions?: ReactNode;
  chart: ReactNode;
  /** The same data as a table: what a screen reader or a keyboard reads instead. */
  table: ReactNode;
  className?: string;
}

/**
 * A titled chart that can be switched to its table equivalent. The table holds the same
 * figures and the same drill-down buttons, so nothing is reachable only with a pointer.
 */
export function ChartFigure({ title, basis, actions, chart, table, className }: ChartFigureProps) {
  const [shown, setShown] = useState<"chart" | "table">("chart");
  const id = useId();
  return (
    <figure
      aria-labelledby={`${id}-title`}
      className={cn("flex min-w-0 flex-col rounded-lg border border-border p-4", className)}
    >
      <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
        <div className="min-w-0">
          <h2 id={`${id}-title`} className="text-sm font-semibold">
            {title}
          </h2>
          {basis ? <p className="text-xs text-muted-foreground">{basis}</p> : null}
        </div>
        <div className="ml-auto flex flex-wrap items-center gap-2">
          {actions}
          <ToggleGroup
            type="single"
            value={shown}
            aria-label={`Show ${title.toLowerCase()} as`}
            onValueChange={(next) => {
              if (next === "chart" || next === "table") setShown(next);
            }}
          >
            <ToggleGroupItem value="chart">Chart</ToggleGroupItem>
            <ToggleGroupItem value="table">Table</ToggleGroupItem>
          </ToggleGroup>
        </div>
      </div>
      <div className="mt-3 min-w-0 flex-1">{shown === "chart" ? chart : table}</div>
    </figure>
  );
}
