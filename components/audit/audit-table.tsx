import Link from "next/link";

import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { AuditEntry } from "@/lib/audit/audit-entry";
import { formatTime } from "@/lib/format/format-time";
import { trailPath } from "@/lib/trails/trail-paths";

import { AuditOutcomeBadge } from "./audit-outcome-badge";

/** The audit log, newest first: one row per change made or tried through the dashboard. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <Table>
      <caption className="sr-only">Changes made through Trailscope, newest first</caption>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">Time (UTC)</TableHead>
          <TableHead scope="col">Who</TableHead>
          <TableHead scope="col">Change</TableHead>
          <TableHead scope="col">Trail</TableHead>
          <TableHead scope="col">Outcome</TableHead>
          <TableHead scope="col">CloudTrail request ids</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id} className="align-top">
            <TableCell className="whitespace-nowrap tabular-nums">
              <time dateTime={new Date(entry.at).toISOString()}>{formatTime(entry.at, "utc")}</time>
            </TableCell>
            <TableCell>
              <div className="font-medium break-all">{entry.actor}</div>
              <div className="text-xs text-muted-foreground">
                {entry.actorRole}, {entry.authMethod === "oidc" ? "single sign-on" : "password"}
                {entry.sourceIp && <>, from {entry.sourceIp}</>}
              </div>
            </TableCell>
            <TableCell>
              <span className="font-mono text-xs">{entry.action}</span>
              {entry.detail && (
                <p className="mt-1 max-w-sm text-xs break-words text-muted-foreground">
                  {entry.detail}
                </p>
              )}
            </TableCell>
            <TableCell>
              <AuditTrail trail={entry.trail} />
            </TableCell>
            <TableCell>
              <AuditOutcomeBadge outcome={entry.outcome} />
              {entry.error && (
                <p className="mt-1 max-w-sm text-xs break-words text-muted-foreground">
                  {entry.error}
                </p>
              )}
            </TableCell>
            <TableCell>
              {entry.calls.length === 0 ? (
                <span className="text-xs text-muted-foreground">No call was made</span>
              ) : (
                <ul className="flex flex-col gap-0.5 font-mono text-xs">
                  {entry.calls.map((call, index) => (
                    <li key={index}>
                      <span className="text-muted-foreground">
                        {call.operation} {call.region}
                        {call.errorCode && ` (${call.errorCode})`}:
                      </span>{" "}
                      <span className="break-all">{call.requestId ?? "none"}</span>
                    </li>
                  ))}
                </ul>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function AuditTrail({ trail }: { trail: AuditEntry["trail"] }) {
  if (!trail?.name) return <span className="text-muted-foreground">—</span>;
  return (
    <div className="flex flex-col">
      {trail.region ? (
        <Link
          href={trailPath({ homeRegion: trail.region, name: trail.name })}
          className="break-all underline-offset-2 hover:underline"
        >
          {trail.name}
        </Link>
      ) : (
        <span className="break-all">{trail.name}</span>
      )}
      <span className="text-xs text-muted-foreground">{trail.region ?? "unknown region"}</span>
    </div>
  );
}
