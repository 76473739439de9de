import { cn } from "@/components/ui/cn";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { formatNumber } from "@/lib/format/format-count";
import { formatTime } from "@/lib/format/format-time";
import type { InsightActivity } from "@/lib/insights/insight-activity";
import type { TimeZoneChoice } from "@/lib/view/events-view";

interface InsightActivityTableProps {
  activity: InsightActivity;
  timeZone: TimeZoneChoice;
  countLabel: string;
}

/** The chart's minutes as a table: every minute, its count, and whether the insight was on. */
export function InsightActivityTable({
  activity,
  timeZone,
  countLabel,
}: InsightActivityTableProps) {
  const part = (at: number) =>
    at < activity.insightStart ? "Before" : at < activity.insightEnd ? "Insight" : "After";
  return (
    <div className="max-h-96 overflow-y-auto rounded-lg">
      <Table aria-label={`${countLabel} per minute`}>
        <TableHeader className="sticky top-0 bg-muted">
          <TableRow>
            <TableHead scope="col">Minute ({timeZone === "utc" ? "UTC" : "local"})</TableHead>
            <TableHead scope="col" className="text-right">
              {countLabel}
            </TableHead>
            <TableHead scope="col">Period</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {activity.minutes.map((minute) => {
            const inside = part(minute.at) === "Insight";
            return (
              <TableRow key={minute.at} className={cn(inside && "bg-muted/60")}>
                <TableCell className="py-1 font-mono text-xs">
                  {formatTime(minute.at, timeZone).slice(0, 16)}
                </TableCell>
                <TableCell className="py-1 text-right tabular-nums">
                  {formatNumber(minute.count)}
                </TableCell>
                <TableCell
                  className={cn("py-1 text-xs", inside ? "font-medium" : "text-muted-foreground")}
                >
                  {part(minute.at)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
