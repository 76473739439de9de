"use client";

import { Download } from "lucide-react";

import { downloadFile } from "@/components/download-file";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useLogFileDownload } from "@/components/use-log-file-download";
import { eventsToCsv } from "@/lib/events/export-csv";
import { exportFileName } from "@/lib/events/export-file-name";
import { eventsToCloudTrailJson } from "@/lib/events/export-json";
import type { TrailEvent } from "@/lib/events/trail-event";

interface ExportMenuProps {
  events: TrailEvent[];
  columns: string[];
}

/**
 * "Export": the loaded events as CSV (the shown columns), as CloudTrail's own JSON log
 * format (full records), or as a CloudTrail log file (that JSON gzipped, as S3 holds it),
 * which imports back as the same events. Made in the browser from what is loaded, so it
 * needs no request.
 */
export function ExportMenu({ events, columns }: ExportMenuProps) {
  const { download: downloadLogFile, failure } = useLogFileDownload(events);
  const count = events.length;

  return (
    <>
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
              downloadFile(
                new Blob([`\uFEFF${eventsToCsv(events, columns)}`], {
                  type: "text/csv;charset=utf-8",
                }),
                exportFileName("csv"),
              )
            }
          >
            CSV
          </DropdownMenuItem>
          <DropdownMenuItem
            onSelect={() =>
              downloadFile(
                new Blob([eventsToCloudTrailJson(events)], { type: "application/json" }),
                exportFileName("json"),
              )
            }
          >
            JSON (CloudTrail Records)
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => void downloadLogFile()}>
            CloudTrail log file (.json.gz)
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <span role="status" className="text-xs text-destructive">
        {failure}
      </span>
    </>
  );
}
