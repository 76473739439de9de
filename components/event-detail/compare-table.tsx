"use client";

import Link from "next/link";
import { useId, useState } from "react";

import { ExpandableRecordText } from "@/components/expandable-record-text";
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
import { formatLeaf, type DiffRow, type LeafValue } from "@/lib/events/record-diff";
import type { TimeZoneChoice } from "@/lib/view/events-view";

import { EventTime } from "./event-time";

/** One compared event, as its column header shows it. */
export interface CompareColumn {
  id: string;
  region: string;
  name: string;
  time: string;
  /** Who made the call, in short ("ci-deployer", "Role / session"). */
  who?: string;
  /** The event's own page. */
  href: string;
}

interface CompareTableProps {
  columns: CompareColumn[];
  rows: DiffRow[];
  timeZone: TimeZoneChoice;
}

/**
 * Records side by side, one row per field path, the fields that differ highlighted. With
 * two or more events it starts on the differences: what is the same is rarely the point.
 */
export function CompareTable({ columns, rows, timeZone }: CompareTableProps) {
  const comparing = columns.length >= 2;
  const [onlyDifferences, setOnlyDifferences] = useState(comparing);
  const toggleId = useId();
  const differing = rows.filter((row) => row.differs).length;
  const shown = onlyDifferences ? rows.filter((row) => row.differs) : rows;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="text-sm text-muted-foreground">
          {comparing
            ? `${differing} of ${rows.length} fields differ${onlyDifferences ? "; showing only those" : ""}.`
            : `${rows.length} fields. Add another event to compare.`}
        </p>
        <div className="flex items-center gap-2 text-sm">
          <input
            id={toggleId}
            type="checkbox"
            className="size-4 accent-primary"
            checked={onlyDifferences}
            disabled={!comparing}
            onChange={(change) => setOnlyDifferences(change.target.checked)}
          />
          <label htmlFor={toggleId}>Only differences</label>
        </div>
      </div>
      <Table className="table-fixed">
        <caption className="sr-only">
          {comparing
            ? `Fields of ${columns.length} events side by side; highlighted rows differ`
            : "Fields of the event"}
        </caption>
        <TableHeader>
          <TableRow>
            <TableHead scope="col" className="w-64">
              Field
            </TableHead>
            {columns.map((column) => (
              <TableHead
                key={`${column.region}:${column.id}`}
                scope="col"
                className="h-auto w-72 py-2 align-top whitespace-normal"
              >
                <div className="flex flex-col gap-0.5">
                  <Link
                    href={column.href}
                    className="text-sm font-semibold text-foreground underline-offset-4 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
                  >
                    <RecordText value={column.name || column.id} max={200} className="break-all" />
                  </Link>
                  <EventTime iso={column.time} timeZone={timeZone} />
                  {column.who ? (
                    <RecordText value={column.who} max={200} className="break-all" />
                  ) : (
                    <span>Unknown caller</span>
                  )}
                  <span>{column.region}</span>
                </div>
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((row) => (
            <TableRow
              key={row.path}
              data-differs={comparing && row.differs ? "true" : undefined}
              className={cn(comparing && row.differs && "bg-warning/15")}
            >
              <TableHead
                scope="row"
                className="h-auto py-1.5 align-top font-mono font-normal break-all whitespace-normal text-foreground"
              >
                {comparing && row.differs && (
                  <>
                    <span aria-hidden className="mr-1 font-sans font-semibold text-warning">
                      ≠
                    </span>
                    <span className="sr-only">Differs: </span>
                  </>
                )}
                <ExpandableRecordText value={row.path} limit={300} />
              </TableHead>
              {row.values.map((value, index) => (
                <TableCell key={index} className="py-1.5 align-top">
                  <LeafText value={value} />
                </TableCell>
              ))}
            </TableRow>
          ))}
          {shown.length === 0 && (
            <TableRow>
              <TableCell colSpan={columns.length + 1} className="text-muted-foreground">
                No fields differ.
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </div>
  );
}

/** A value as text; JSON's own values (numbers, true, null) set apart from strings. */
function LeafText({ value }: { value: LeafValue | undefined }) {
  if (value === undefined) {
    return (
      <span className="text-muted-foreground">
        <span aria-hidden>—</span>
        <span className="sr-only">absent</span>
      </span>
    );
  }
  if (value === "") {
    return <span className="font-mono text-xs text-muted-foreground">&quot;&quot;</span>;
  }
  if (typeof value === "string") {
    return (
      <span className="font-mono text-xs break-all">
        <ExpandableRecordText value={value} limit={500} />
      </span>
    );
  }
  return <span className="font-mono text-xs text-muted-foreground">{formatLeaf(value)}</span>;
}
