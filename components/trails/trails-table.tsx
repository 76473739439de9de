"use client";

import { cva } from "class-variance-authority";
import Link from "next/link";

import { useCan } from "@/components/session/session-provider";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { formatAgo } from "@/lib/format/format-duration";
import type { ListedTrail, TrailStatus } from "@/lib/trails/trail";
import { trailHealth, type TrailProblem } from "@/lib/trails/trail-health";
import { trailPath } from "@/lib/trails/trail-paths";

import { DeliveryCell } from "./delivery-cell";
import { TrailLoggingControl } from "./trail-logging-control";
import { TrailScopeBadges } from "./trail-scope-badges";
import { TrailHealthNotes } from "./trail-health-notes";
import { TrailStatusBadge } from "./trail-status-badge";
import type { ChangeOutcome } from "./use-trail-change";

interface TrailsTableProps {
  trails: ListedTrail[];
  onChanged: (outcome: ChangeOutcome) => void;
}

const rowVariants = cva("align-top", {
  variants: {
    standing: {
      critical: "bg-destructive/5 shadow-[inset_3px_0_0_var(--destructive)]",
      warning: "bg-warning/10 shadow-[inset_3px_0_0_var(--warning)]",
      fine: "",
    },
  },
});

/** A row stands out by its most severe problem; a notice (logging off) alone does not. */
function standing(problems: readonly TrailProblem[]) {
  if (problems.some((p) => p.severity === "critical")) return "critical";
  if (problems.some((p) => p.severity === "warning")) return "warning";
  return "fine";
}

/**
 * One row per trail: where it records, whether it logs, what it last delivered, and what
 * is wrong with it. A trail with a delivery error or nothing delivered for an hour stands out.
 */
export function TrailsTable({ trails, onChanged }: TrailsTableProps) {
  const canChange = useCan("trails:change");
  return (
    <Table aria-label="Trails">
      <TableHeader>
        <TableRow>
          <TableHead>Trail</TableHead>
          <TableHead>Home region</TableHead>
          <TableHead>Logging</TableHead>
          <TableHead>Log files</TableHead>
          <TableHead>Digest files</TableHead>
          <TableHead>CloudWatch Logs</TableHead>
          <TableHead>Notifications</TableHead>
          {canChange && (
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {trails.map(({ trail, status }) => {
          const problems = status.ok ? trailHealth(trail, status.status) : [];
          return (
            <TableRow key={trail.arn} className={rowVariants({ standing: standing(problems) })}>
              <TableCell className="max-w-72">
                <div className="flex flex-col gap-1">
                  <Link
                    href={trailPath(trail)}
                    className="font-medium text-primary underline-offset-4 hover:underline"
                  >
                    {trail.name}
                  </Link>
                  <TrailScopeBadges trail={trail} />
                  <TrailHealthNotes problems={problems} layout="badges" />
                </div>
              </TableCell>
              <TableCell className="font-mono text-xs">{trail.homeRegion}</TableCell>
              {status.ok ? (
                <>
                  <TableCell>
                    <div className="flex flex-col items-start gap-1">
                      <TrailStatusBadge status={status} />
                      <LoggingSince status={status.status} />
                    </div>
                  </TableCell>
                  <TableCell>
                    <DeliveryCell
                      at={status.status.latestDeliveryAt}
                      error={status.status.latestDeliveryError}
                      now={status.status.readAt}
                      none="None yet"
                    />
                  </TableCell>
                  <TableCell>
                    <DeliveryCell
                      at={status.status.latestDigestDeliveryAt}
                      error={status.status.latestDigestDeliveryError}
                      now={status.status.readAt}
                      none={trail.logFileValidationEnabled ? "None yet" : "Validation off"}
                    />
                  </TableCell>
                  <TableCell>
                    <DeliveryCell
                      at={status.status.latestCloudWatchLogsDeliveryAt}
                      error={status.status.latestCloudWatchLogsDeliveryError}
                      now={status.status.readAt}
                      none={trail.cloudWatchLogsLogGroupArn ? "None yet" : "Not connected"}
                    />
                  </TableCell>
                  <TableCell>
                    <DeliveryCell
                      at={status.status.latestNotificationAt}
                      error={status.status.latestNotificationError}
                      now={status.status.readAt}
                      none={trail.snsTopicName ? "None yet" : "No topic"}
                    />
                  </TableCell>
                  {canChange && (
                    <TableCell>
                      <TrailLoggingControl
                        trail={trail}
                        isLogging={status.status.isLogging}
                        onChanged={onChanged}
                      />
                    </TableCell>
                  )}
                </>
              ) : (
                <TableCell colSpan={canChange ? 6 : 5}>
                  <div className="flex flex-col items-start gap-1">
                    <TrailStatusBadge status={status} />
                    <span className="text-xs text-destructive">{status.failure.message}</span>
                  </div>
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

function LoggingSince({ status }: { status: TrailStatus }) {
  const since = status.isLogging ? status.startedAt : status.stoppedAt;
  if (since === undefined) return null;
  return (
    <span className="text-xs text-muted-foreground">
      {status.isLogging ? "since" : "stopped"} {formatAgo(since, status.readAt)}
    </span>
  );
}
