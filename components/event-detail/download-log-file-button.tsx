"use client";

import { Download } from "lucide-react";

import { Button } from "@/components/ui/button";
import { useLogFileDownload } from "@/components/use-log-file-download";
import type { TrailEvent } from "@/lib/events/trail-event";

interface DownloadLogFileButtonProps {
  events: readonly TrailEvent[];
}

/**
 * "Download as log file": the events as a gzipped CloudTrail log file, which Trailscope's
 * import (or any tool that reads CloudTrail's logs) reads back as the same records. Made
 * in the browser from the events shown, so it needs no request.
 */
export function DownloadLogFileButton({ events }: DownloadLogFileButtonProps) {
  const { download, failure } = useLogFileDownload(events);
  const count = events.length;

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant="outline"
        size="sm"
        title={
          count === 1
            ? "This event as a CloudTrail log file (.json.gz)"
            : `These ${count} events as a CloudTrail log file (.json.gz)`
        }
        onClick={() => void download()}
      >
        <Download aria-hidden className="size-3.5" />
        Download as log file
      </Button>
      <span role="status" className="text-xs text-destructive">
        {failure}
      </span>
    </div>
  );
}
