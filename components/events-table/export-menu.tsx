"use client";

import { Download } from "lucide-react";

import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { eventsToCsv } from "@/lib/events/export-csv";
import { exportFileName } from "@/lib/events/export-file-name";
import { eventsToCloudTrailJson } from "@/lib/events/export-json";
import type { TrailEvent } from "@/lib/events/trail-event";

interface ExportMenuProps {
  events: TrailEvent[];
  columns: string[];
}

function download(text: string, type: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * "Export": the loaded events as CSV (the shown columns) or as CloudTrail's own JSON log
 * format (full records). Made in the browser from what is loaded, so it needs no request.
 */
export function ExportMenu({ events, columns }: ExportMenuProps) {
  const count = events.length;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button
          variant="outline"
          size="sm"
          disabled={count === 0}
          title={
            count === 0 ? "No events to export" : `Export ${count.toLocaleString("en")} events`
          }
        >
          <Download aria-hidden className="size-3.5" />
          Export
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuItem
          onSelect={() =>
            // The byte order mark tells Excel the file is UTF-8, not the system's code page.
            download(
              `\uFEFF${eventsToCsv(events, columns)}`,
              "text/csv;charset=utf-8",
              exportFileName("csv"),
            )
          }
        >
          CSV
        </DropdownMenuItem>
        <DropdownMenuItem
          onSelect={() =>
            download(eventsToCloudTrailJson(events), "application/json", exportFileName("json"))
          }
        >
          JSON (CloudTrail Records)
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
