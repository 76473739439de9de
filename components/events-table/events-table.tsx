"use client";

import { getSortedRowModel, useReactTable, type SortingState } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import {
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from "react";

import type { Finding } from "@/lib/detections/types";
import { formatEventRef, type EventRef } from "@/lib/events/event-ref";
import type { TrailEvent } from "@/lib/events/trail-event";
import { formatTime } from "@/lib/format/format-time";
import { visiblePreview } from "@/lib/format/visible-text";
import { columnLabel } from "@/lib/view/columns";

import { getCachedCoreRowModel } from "./cached-core-row-model";
import { ColumnMenu } from "./column-menu";
import { columnWidth, eventColumnDefs } from "./event-columns";
import { EventRow, MAX_SELECTED, ROW_HEIGHT } from "./event-row";
import { SortHeader } from "./sort-header";
import { useIsClient } from "@/components/use-is-client";

export interface EventsTableProps {
  /** Already merged, newest first; may be 10,000 and more. */
  events: TrailEvent[];
  /** Findings by event ID, shown as badges beside the event name. */
  findings?: ReadonlyMap<string, Finding[]>;
  /** Column IDs in order (the view's `cols`). */
  columns: string[];
  sort: string;
  order: "asc" | "desc";
  timeZone: "utc" | "local";
  /** The table's accessible name, e.g. "Events in the last hour in us-east-1". */
  label: string;
  openEvent: EventRef | null;
  /** The link for a row: the list's URL with `?event=`. */
  eventHref: (ref: EventRef) => string;
  onOpenEvent: (ref: EventRef) => void;
  onSortChange: (sort: string, order: "asc" | "desc") => void;
  onColumnsChange: (columns: string[]) => void;
  /** Rows ticked for Compare (at most five). */
  selected: EventRef[];
  onSelectedChange: (refs: EventRef[]) => void;
}

const HEADER_HEIGHT = 37;
const SELECT_WIDTH = 40;
/**
 * What the virtualiser assumes before it can measure the scroll container: tall enough that
 * the server's HTML already holds the first 30 rows, so the table paints before hydration.
 */
const INITIAL_RECT = { width: 1280, height: HEADER_HEIGHT + 30 * ROW_HEIGHT };
const OVERSCAN = 10;

const sortedRowModel = getSortedRowModel<TrailEvent>();
const coreRowModel = getCachedCoreRowModel<TrailEvent>();

function toRef(event: TrailEvent): EventRef {
  return { region: event.region, id: event.id };
}

/**
 * The Events page's results: a real table, sorted on the client by TanStack Table and
 * windowed by TanStack Virtual, so 10,000 loaded events cost the DOM some 50 rows. Its body
 * is one tab stop that arrow keys move through (Enter opens, Space ticks for comparison).
 */
export function EventsTable({
  events,
  findings,
  columns,
  sort,
  order,
  timeZone,
  label,
  openEvent,
  eventHref,
  onOpenEvent,
  onSortChange,
  onColumnsChange,
  selected,
  onSelectedChange,
}: EventsTableProps) {
  const desc = order === "desc";
  // Keyed by the IDs' text: a parent that rebuilds the array each render must not rebuild the defs.
  const columnsKey = columns.join("\n");
  // Duplicates dropped: a hand-edited URL may repeat an ID, and IDs key the columns.
  const shownColumns = useMemo(
    () => [...new Set(columnsKey.split("\n"))].filter(Boolean),
    [columnsKey],
  );
  const sortShown = shownColumns.includes(sort);
  const columnDefs = useMemo(
    () => eventColumnDefs(sortShown ? shownColumns : [...shownColumns, sort], desc),
    [shownColumns, sort, sortShown, desc],
  );
  const sorting = useMemo<SortingState>(() => [{ id: sort, desc }], [sort, desc]);
  const columnVisibility = useMemo(() => (sortShown ? {} : { [sort]: false }), [sort, sortShown]);

  // The table instance is mutable, which is why the compiler rule warns: nothing derived from it
  // reaches the memoised rows, which get plain values (the event, strings, flags) instead.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: events,
    columns: columnDefs,
    state: { sorting, columnVisibility },
    // An event ID is unique only within its region.
    getRowId: formatEventRef,
    getCoreRowModel: coreRowModel,
    getSortedRowModel: sortedRowModel,
    enableSortingRemoval: false,
  });
  const rows = table.getRowModel().rows;

  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    initialRect: INITIAL_RECT,
    // The sticky header sits above the first row inside the scroll container.
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items.length > 0 ? items[0].start - HEADER_HEIGHT : 0;
  const paddingBottom =
    items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;

  const isClient = useIsClient();
  const showTime = timeZone === "utc" || isClient;

  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [bodyFocused, setBodyFocused] = useState(false);
  const activeIndex = useMemo(
    () => (activeKey === null ? -1 : rows.findIndex((row) => row.id === activeKey)),
    [rows, activeKey],
  );

  const openKey = openEvent ? formatEventRef(openEvent) : null;
  const selectedKeys = useMemo(() => new Set(selected.map(formatEventRef)), [selected]);
  const selectionFull = selected.length >= MAX_SELECTED;

  // Row callbacks stay the same function across renders, so the memoised rows skip
  // re-rendering; they read the latest props through this ref when they run.
  const latest = useRef({ onOpenEvent, selected, onSelectedChange });
  useLayoutEffect(() => {
    latest.current = { onOpenEvent, selected, onSelectedChange };
  });

  const openRow = useCallback((event: TrailEvent) => {
    setActiveKey(formatEventRef(event));
    latest.current.onOpenEvent(toRef(event));
  }, []);

  const toggleSelected = useCallback((event: TrailEvent) => {
    const { selected: current, onSelectedChange: change } = latest.current;
    const key = formatEventRef(event);
    if (current.some((ref) => formatEventRef(ref) === key)) {
      change(current.filter((ref) => formatEventRef(ref) !== key));
    } else if (current.length < MAX_SELECTED) {
      change([...current, toRef(event)]);
    }
  }, []);

  /** The first row wholly below the header, where the reader is looking. */
  const firstVisibleIndex = () => {
    const offset = (scrollRef.current?.scrollTop ?? 0) + HEADER_HEIGHT;
    return items.find((item) => item.start >= offset - 1)?.index ?? 0;
  };

  const moveTo = (index: number) => {
    if (rows.length === 0) return;
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActiveKey(rows[next].id);
    virtualizer.scrollToIndex(next);
  };

  const onBodyKeyDown = (key: KeyboardEvent<HTMLTableSectionElement>) => {
    if (key.altKey || key.ctrlKey || key.metaKey) return;
    const page = Math.max(
      1,
      Math.floor(((scrollRef.current?.clientHeight ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT) - 1,
    );
    const from = activeIndex;
    const moves: Record<string, () => number> = {
      ArrowDown: () => (from < 0 ? firstVisibleIndex() : from + 1),
      ArrowUp: () => (from < 0 ? firstVisibleIndex() : from - 1),
      PageDown: () => Math.max(from, 0) + page,
      PageUp: () => Math.max(from, 0) - page,
      Home: () => 0,
      End: () => rows.length - 1,
    };
    const move = moves[key.key];
    if (move) {
      key.preventDefault();
      moveTo(move());
      // A key pressed on a row's checkbox still moves; the body takes the focus back.
      bodyRef.current?.focus({ preventScroll: true });
      return;
    }
    // Enter and Space on the checkbox or link inside keep their own meaning.
    if (key.target !== key.currentTarget || (key.key !== "Enter" && key.key !== " ")) return;
    // Space would otherwise scroll the table.
    key.preventDefault();
    if (from < 0) return;
    if (key.key === "Enter") openRow(rows[from].original);
    else toggleSelected(rows[from].original);
  };

  const onBodyFocus = () => {
    setBodyFocused(true);
    if (activeIndex >= 0 || rows.length === 0) return;
    // Focus arriving with no active row (or one filtered away) starts at the open event, or
    // else where the reader is looking.
    const openIndex = openKey === null ? -1 : rows.findIndex((row) => row.id === openKey);
    setActiveKey(rows[openIndex >= 0 ? openIndex : firstVisibleIndex()].id);
  };

  const activeRow = activeIndex >= 0 ? rows[activeIndex].original : null;
  const hintId = useId();
  const visibleColumns = table.getVisibleLeafColumns();
  const width = SELECT_WIDTH + visibleColumns.reduce((sum, c) => sum + columnWidth(c.id), 0);

  return (
    <div
      ref={scrollRef}
      // The scroll padding keeps rows that take focus or are scrolled to from under the sticky header.
      className="relative max-h-[70vh] overflow-auto rounded-lg border border-border"
      style={{ scrollPaddingTop: HEADER_HEIGHT }}
    >
      <table
        aria-rowcount={rows.length + 1}
        aria-colcount={visibleColumns.length + 1}
        className="table-fixed border-separate border-spacing-0 text-sm"
        style={{ width, minWidth: "100%" }}
      >
        <caption className="sr-only">{label}</caption>
        <colgroup>
          <col style={{ width: SELECT_WIDTH }} />
          {visibleColumns.map((column) => (
            <col key={column.id} style={{ width: columnWidth(column.id) }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1} style={{ height: HEADER_HEIGHT }}>
            <th
              scope="col"
              className="sticky top-0 z-10 border-b border-border bg-muted px-0 text-center"
            >
              <span className="sr-only">Compare</span>
            </th>
            {visibleColumns.map((column) => {
              const name =
                column.id === "eventTime"
                  ? `${columnLabel(column.id)} (${timeZone === "utc" ? "UTC" : "local"})`
                  : columnLabel(column.id);
              return (
                <SortHeader
                  key={column.id}
                  label={name}
                  sorted={column.id === sort ? order : null}
                  onSort={() =>
                    column.id === sort
                      ? onSortChange(sort, desc ? "asc" : "desc")
                      : // Time reads newest first; text reads A to Z.
                        onSortChange(column.id, column.id === "eventTime" ? "desc" : "asc")
                  }
                >
                  <ColumnMenu
                    id={column.id}
                    label={name}
                    columns={shownColumns}
                    onSortChange={onSortChange}
                    onColumnsChange={onColumnsChange}
                  />
                </SortHeader>
              );
            })}
          </tr>
        </thead>
        <tbody
          ref={bodyRef}
          tabIndex={0}
          aria-label="Event rows"
          aria-describedby={hintId}
          onKeyDown={onBodyKeyDown}
          onFocus={(focus) => focus.target === focus.currentTarget && onBodyFocus()}
          onBlur={(blur) => blur.target === blur.currentTarget && setBodyFocused(false)}
          className="group/body outline-none focus-visible:outline-none"
        >
          {paddingTop > 0 && (
            <tr aria-hidden style={{ height: paddingTop }}>
              <td colSpan={visibleColumns.length + 1} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            const event = row.original;
            return (
              <EventRow
                key={row.id}
                event={event}
                findings={findings?.get(event.id)}
                ariaRowIndex={item.index + 2}
                columns={shownColumns}
                timeZone={timeZone}
                showTime={showTime}
                href={eventHref(toRef(event))}
                open={row.id === openKey}
                active={item.index === activeIndex}
                selected={selectedKeys.has(row.id)}
                selectionFull={selectionFull}
                onOpen={openRow}
                onToggleSelected={toggleSelected}
              />
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden style={{ height: paddingBottom }}>
              <td colSpan={visibleColumns.length + 1} />
            </tr>
          )}
        </tbody>
      </table>
      <p id={hintId} className="sr-only">
        Up and down arrows move between events, Enter opens one, Space selects it for comparison.
      </p>
      <p aria-live="polite" className="sr-only">
        {bodyFocused && activeRow
          ? `Row ${activeIndex + 1} of ${rows.length}: ${visiblePreview(activeRow.name)}, ${formatTime(activeRow.time, timeZone)}${activeRow.username ? `, ${visiblePreview(activeRow.username)}` : ""}${selectedKeys.has(formatEventRef(activeRow)) ? ", selected for comparison" : ""}`
          : ""}
      </p>
    </div>
  );
}
