"use client";

import { memo, type MouseEvent } from "react";

import { FindingBadges } from "@/components/detections/finding-badges";
import { RecordText } from "@/components/record-text";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { Finding } from "@/lib/detections/types";
import { readColumn } from "@/lib/events/read-column";
import type { TrailEvent } from "@/lib/events/trail-event";
import { formatTime } from "@/lib/format/format-time";
import { visiblePreview } from "@/lib/format/visible-text";
import type { TimeZoneChoice } from "@/lib/view/events-view";

export const ROW_HEIGHT = 36;
export const MAX_SELECTED = 5;

interface EventRowProps {
  event: TrailEvent;
  /** What the detection rules flagged on this event. */
  findings?: Finding[];
  /** 1-based among all the table's rows, the header row being 1. */
  ariaRowIndex: number;
  columns: readonly string[];
  timeZone: TimeZoneChoice;
  /** False until hydrated when times are local: the server cannot know the browser's zone. */
  showTime: boolean;
  href: string;
  open: boolean;
  active: boolean;
  selected: boolean;
  /** Five rows are ticked already, so this one cannot be. */
  selectionFull: boolean;
  onOpen: (event: TrailEvent) => void;
  onToggleSelected: (event: TrailEvent) => void;
}

const cellClass = "h-9 overflow-hidden border-b border-border px-3 text-ellipsis whitespace-nowrap";

/**
 * A cell is a few hundred pixels wide: it draws at most this many characters of a value
 * (which a caller may have made 200,000 long); the event's detail has all of it.
 */
const CELL_TEXT_LENGTH = 300;

/**
 * One event. Memoised: scrolling re-renders the table on every frame that brings new rows,
 * and the rows already on screen have not changed.
 */
export const EventRow = memo(function EventRow({
  event,
  findings,
  ariaRowIndex,
  columns,
  timeZone,
  showTime,
  href,
  open,
  active,
  selected,
  selectionFull,
  onOpen,
  onToggleSelected,
}: EventRowProps) {
  const openFromRow = (click: MouseEvent<HTMLTableRowElement>) => {
    // The link and the checkbox handle their own clicks; a drag that selected text is someone copying a value.
    if (click.target instanceof Element && click.target.closest("a, input, label")) return;
    if (window.getSelection()?.toString()) return;
    onOpen(event);
  };

  const openFromLink = (click: MouseEvent<HTMLAnchorElement>) => {
    // Modified and middle clicks keep the browser's meaning: open in a new tab or window.
    if (click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey)
      return;
    click.preventDefault();
    onOpen(event);
  };

  const time = formatTime(event.time, timeZone);
  const disabled = !selected && selectionFull;

  return (
    <tr
      aria-rowindex={ariaRowIndex}
      data-state={open ? "selected" : undefined}
      data-active={active || undefined}
      onClick={openFromRow}
      className={cn(
        "cursor-pointer hover:bg-muted/50 data-[state=selected]:bg-muted",
        // Shown only while the table body has focus (see the tbody's group class).
        "group-focus/body:data-active:outline-2 group-focus/body:data-active:-outline-offset-2 group-focus/body:data-active:outline-ring",
      )}
      style={{ height: ROW_HEIGHT }}
    >
      <td className={cn(cellClass, "px-0 text-center")}>
        <input
          type="checkbox"
          tabIndex={-1}
          checked={selected}
          disabled={disabled}
          onChange={() => onToggleSelected(event)}
          aria-label={`Compare ${visiblePreview(event.name, 100)} at ${showTime ? time : event.time}`}
          title={
            disabled
              ? `You can compare up to ${MAX_SELECTED} events: untick one to choose another.`
              : "Select for comparison"
          }
          className="size-4 cursor-pointer align-middle accent-primary disabled:cursor-not-allowed"
        />
      </td>
      {columns.map((id) => (
        <EventCell
          key={id}
          id={id}
          event={event}
          findings={findings}
          time={showTime ? time : ""}
          href={href}
          onLinkClick={openFromLink}
        />
      ))}
    </tr>
  );
});

function EventCell({
  id,
  event,
  findings,
  time,
  href,
  onLinkClick,
}: {
  id: string;
  event: TrailEvent;
  findings?: Finding[];
  time: string;
  href: string;
  onLinkClick: (click: MouseEvent<HTMLAnchorElement>) => void;
}) {
  if (id === "eventTime") {
    return (
      <td className={cn(cellClass, "font-mono text-xs text-muted-foreground tabular-nums")}>
        <time dateTime={event.time} title={event.time}>
          {time}
        </time>
      </td>
    );
  }
  if (id === "eventName") {
    return (
      <td className={cellClass}>
        <span className="flex min-w-0 items-center gap-1.5">
          <a
            href={href}
            tabIndex={-1}
            onClick={onLinkClick}
            title={visiblePreview(event.name, 1_000)}
            className="max-w-[65%] min-w-0 shrink-0 truncate font-medium underline-offset-4 outline-none hover:underline focus-visible:rounded-sm focus-visible:ring-2 focus-visible:ring-ring"
          >
            <RecordText value={event.name} max={CELL_TEXT_LENGTH} />
          </a>
          <FindingBadges findings={findings} />
        </span>
      </td>
    );
  }
  const text = readColumn(event, id);
  if (text === "") {
    return (
      <td className={cn(cellClass, "text-muted-foreground")}>
        <span aria-hidden>—</span>
      </td>
    );
  }
  if (id === "errorCode") {
    return (
      <td className={cellClass} title={visiblePreview(event.errorMessage ?? text, 1_000)}>
        <Badge variant="destructive" className="max-w-full overflow-hidden text-ellipsis">
          <RecordText value={text} max={CELL_TEXT_LENGTH} className="truncate" />
        </Badge>
      </td>
    );
  }
  return (
    <td className={cellClass} title={visiblePreview(text, 1_000)}>
      <RecordText value={text} max={CELL_TEXT_LENGTH} />
    </td>
  );
}
