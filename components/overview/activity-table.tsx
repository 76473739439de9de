import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { ActivitySnapshot } from "@/lib/activity/activity-aggregator";
import { ACTIVITY_DIMENSIONS, type ActivityDimension } from "@/lib/activity/dimensions";
import { formatBucketSpan } from "@/lib/activity/format-bucket";
import { visiblePreview } from "@/lib/format/visible-text";
import type { TimeZoneChoice } from "@/lib/view/events-view";

import type { ChartSeries } from "@/components/charts/chart-series";
import { RecordText } from "@/components/record-text";

/** A series' value as a column header: a caller can make it 10,000 characters long. */
const SERIES_LABEL = "inline-block max-w-48 truncate align-bottom";

/**
 * The activity chart as a table: a row per bucket that has events, a column per series.
 * Column headers drill into a value; each time zooms in to its bucket.
 */
export function ActivityTable({
  activity,
  series,
  dimension,
  tz,
  onDrill,
  onZoom,
}: {
  activity: ActivitySnapshot;
  series: ChartSeries[];
  dimension: ActivityDimension;
  tz: TimeZoneChoice;
  /** Absent where a series is not a filter (the headers are then plain text). */
  onDrill?: (value: string) => void;
  onZoom: (first: number, last: number) => void;
}) {
  const busy = activity.totals.flatMap((total, index) => (total > 0 ? [index] : []));
  const label = ACTIVITY_DIMENSIONS[dimension].label.toLowerCase();
  return (
    <div className="max-h-96 overflow-auto">
      <Table aria-label={`Events per ${label} over time`}>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">Time</TableHead>
            {series.map((s) => (
              <TableHead key={s.dataKey} scope="col" className="text-right">
                {s.isOther ? (
                  `Other (${s.values})`
                ) : !onDrill ? (
                  <RecordText value={s.key} max={100} className={SERIES_LABEL} />
                ) : (
                  <button
                    type="button"
                    onClick={() => onDrill(s.key)}
                    className="underline-offset-2 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
                    aria-label={`Show only ${label} ${visiblePreview(s.key)}`}
                  >
                    <RecordText value={s.key} max={100} className={SERIES_LABEL} />
                  </button>
                )}
              </TableHead>
            ))}
            <TableHead scope="col" className="text-right">
              Total
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {busy.length === 0 ? (
            <TableRow>
              <TableCell colSpan={series.length + 2} className="text-muted-foreground">
                No events.
              </TableCell>
            </TableRow>
          ) : (
            busy.map((index) => (
              <TableRow key={index}>
                <TableCell className="whitespace-nowrap">
                  <button
                    type="button"
                    onClick={() => onZoom(index, index)}
                    className="underline-offset-2 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
                    aria-label={`Zoom in to ${formatBucketSpan(activity.layout, index, tz)}`}
                  >
                    {formatBucketSpan(activity.layout, index, tz)}
                  </button>
                </TableCell>
                {series.map((s) => (
                  <TableCell key={s.dataKey} className="text-right tabular-nums">
                    {s.counts[index].toLocaleString("en-US")}
                  </TableCell>
                ))}
                <TableCell className="text-right font-medium tabular-nums">
                  {activity.totals[index].toLocaleString("en-US")}
                </TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </div>
  );
}
