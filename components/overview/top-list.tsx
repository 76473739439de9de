"use client";

import { ChartFigure } from "@/components/charts/chart-figure";
import { RecordText } from "@/components/record-text";
import { seriesColor } from "@/components/charts/chart-colors";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { RankedValue } from "@/lib/activity/activity-aggregator";
import { describeCondition, type Condition } from "@/lib/events/conditions";

interface TopListProps {
  title: string;
  /** What a value is, for the table's header: "User", "Source IP". */
  valueLabel: string;
  values: RankedValue[];
  colorIndex: number;
  empty: string;
  onDrill: (condition: Condition) => void;
}

/**
 * The busiest values of one field as horizontal bars. Each bar is a button that adds its
 * condition to the view; the table equivalent lists the same values and counts.
 */
export function TopList({ title, valueLabel, values, colorIndex, empty, onDrill }: TopListProps) {
  const max = values[0]?.count ?? 0;
  const color = seriesColor(colorIndex);
  const chart =
    values.length === 0 ? (
      <p className="text-sm text-muted-foreground">{empty}</p>
    ) : (
      <ol className="flex flex-col gap-1">
        {values.map((item) => (
          <li key={item.value}>
            <button
              type="button"
              disabled={!item.condition}
              onClick={() => item.condition && onDrill(item.condition)}
              title={item.condition ? `Show only: ${describeCondition(item.condition)}` : undefined}
              className="relative flex w-full items-center gap-3 overflow-hidden rounded px-2 py-1 text-left text-xs outline-none hover:bg-muted focus-visible:ring-2 focus-visible:ring-ring disabled:cursor-default"
            >
              <span
                aria-hidden
                className="absolute inset-y-0 left-0 rounded opacity-25"
                style={{ width: `${(item.count / max) * 100}%`, backgroundColor: color }}
              />
              <RecordText
                value={item.value}
                max={200}
                className="relative min-w-0 flex-1 truncate font-mono"
              />
              <span className="relative tabular-nums">{item.count.toLocaleString("en-US")}</span>
            </button>
          </li>
        ))}
      </ol>
    );
  const table = (
    <Table aria-label={title}>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{valueLabel}</TableHead>
          <TableHead scope="col" className="text-right">
            Events
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {values.length === 0 ? (
          <TableRow>
            <TableCell colSpan={2} className="text-muted-foreground">
              {empty}
            </TableCell>
          </TableRow>
        ) : (
          values.map((item) => (
            <TableRow key={item.value}>
              <TableCell className="max-w-0 truncate font-mono text-xs">
                {item.condition ? (
                  <button
                    type="button"
                    onClick={() => onDrill(item.condition!)}
                    className="underline-offset-2 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
                  >
                    <RecordText value={item.value} max={200} />
                  </button>
                ) : (
                  <RecordText value={item.value} max={200} />
                )}
              </TableCell>
              <TableCell className="text-right tabular-nums">
                {item.count.toLocaleString("en-US")}
              </TableCell>
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  );
  return <ChartFigure title={title} chart={chart} table={table} />;
}
