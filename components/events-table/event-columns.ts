import type { ColumnDef } from "@tanstack/react-table";

import { compareSortValues, sortValue } from "@/lib/events/read-column";
import type { TrailEvent } from "@/lib/events/trail-event";
import { columnLabel, type BuiltinColumnId } from "@/lib/view/columns";

export type SortValue = string | number | undefined;

/** Pixel widths that fit each built-in column's usual values; record paths get the default. */
const COLUMN_WIDTHS: Partial<Record<BuiltinColumnId, number>> = {
  eventTime: 176,
  eventName: 300,
  username: 180,
  eventSource: 200,
  awsRegion: 144,
  sourceIPAddress: 150,
  errorCode: 180,
  resources: 280,
  accessKeyId: 200,
  readOnly: 120,
  "userIdentity.type": 140,
  "userIdentity.arn": 320,
  userAgent: 280,
  recipientAccountId: 136,
};
const DEFAULT_WIDTH = 220;

export function columnWidth(id: string): number {
  return COLUMN_WIDTHS[id as BuiltinColumnId] ?? DEFAULT_WIDTH;
}

/**
 * Column definitions for the given IDs (plus the sort column, when it is not shown, so the
 * table can still sort on it). Cells are drawn by the table itself; a definition only says
 * how its column sorts. Empty values stay at the bottom in either order — TanStack's own
 * `sortUndefined: "last"` is not a consistent comparator when both values are empty, which
 * would shuffle those rows.
 */
export function eventColumnDefs(ids: readonly string[], desc: boolean): ColumnDef<TrailEvent>[] {
  return ids.map((id) => ({
    id,
    header: columnLabel(id),
    size: columnWidth(id),
    accessorFn: (event: TrailEvent): SortValue => sortValue(event, id),
    sortingFn: (a, b, columnId) => {
      const x = a.getValue<SortValue>(columnId);
      const y = b.getValue<SortValue>(columnId);
      if (x === undefined || y === undefined) {
        if (x === y) return 0;
        // The table negates this for descending order; pre-negate so empties still go last.
        return (x === undefined ? 1 : -1) * (desc ? -1 : 1);
      }
      return compareSortValues(x, y);
    },
  }));
}
