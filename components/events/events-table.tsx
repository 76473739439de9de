"use client";

import type { MouseEvent } from "react";

import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { TrailEvent } from "@/lib/events/trail-event";

import { formatUtcTime } from "@/lib/format/format-utc-time";

interface EventsTableProps {
  events: TrailEvent[];
  caption: string;
  openEventId: string | null;
  eventHref: (eventId: string) => string;
  onOpenEvent: (eventId: string) => void;
}

/**
 * One row per event. Each event name is a real link to the view with that event open, so
 * it takes focus and Enter, and opens in a new tab when asked; the rest of the row is a
 * larger mouse target for the same thing.
 */
export function EventsTable({
  events,
  caption,
  openEventId,
  eventHref,
  onOpenEvent,
}: EventsTableProps) {
  const openFromLink = (event: MouseEvent<HTMLAnchorElement>, eventId: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    onOpenEvent(eventId);
  };

  const openFromRow = (event: MouseEvent<HTMLTableRowElement>, eventId: string) => {
    // The link handles its own clicks; a drag that selected text is someone copying a value.
    if (event.target instanceof Element && event.target.closest("a")) return;
    if (window.getSelection()?.toString()) return;
    onOpenEvent(eventId);
  };

  return (
    <Table>
      <caption className="sr-only">{caption}</caption>
      <TableHeader>
        <TableRow>
          <TableHead>Time (UTC)</TableHead>
          <TableHead>Event name</TableHead>
          <TableHead>User</TableHead>
          <TableHead>Event source</TableHead>
          <TableHead>Resource</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {events.map((event) => (
          <TableRow
            key={event.id}
            onClick={(click) => openFromRow(click, event.id)}
            data-state={event.id === openEventId ? "selected" : undefined}
            className="cursor-pointer hover:bg-muted/50 data-[state=selected]:bg-muted"
          >
            <TableCell className="font-mono text-xs whitespace-nowrap text-muted-foreground tabular-nums">
              <time dateTime={event.time}>{formatUtcTime(event.time)}</time>
            </TableCell>
            <TableCell>
              <span className="flex items-center gap-2">
                <a
                  href={eventHref(event.id)}
                  onClick={(click) => openFromLink(click, event.id)}
                  className="font-medium underline-offset-4 outline-none hover:underline focus-visible:rounded-sm focus-visible:ring-2 focus-visible:ring-ring"
                >
                  {event.name}
                </a>
                {event.errorCode && (
                  <Badge variant="destructive" title={event.errorMessage}>
                    {event.errorCode}
                  </Badge>
                )}
              </span>
            </TableCell>
            <TableCell className="max-w-56 truncate" title={event.identityArn}>
              {event.username ?? <span className="text-muted-foreground">—</span>}
            </TableCell>
            <TableCell className="whitespace-nowrap text-muted-foreground">
              {event.source}
            </TableCell>
            <TableCell>
              <ResourceCell resources={event.resources} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function ResourceCell({ resources }: { resources: TrailEvent["resources"] }) {
  if (resources.length === 0) return <span className="text-muted-foreground">—</span>;
  const [first, ...rest] = resources;
  return (
    <span
      className="flex items-center gap-2"
      title={resources.map((r) => `${r.type}: ${r.name}`).join("\n")}
    >
      <span className={cn("max-w-72 truncate", !first.name && "text-muted-foreground")}>
        {first.name || first.type}
      </span>
      {rest.length > 0 && (
        <Badge variant="outline" aria-label={`and ${rest.length} more`}>
          +{rest.length}
        </Badge>
      )}
    </span>
  );
}
