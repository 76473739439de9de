"use client";

import { Download } from "lucide-react";
import { useState } from "react";

import { downloadFile } from "@/components/download-file";
import { Button } from "@/components/ui/button";
import { exportFileName } from "@/lib/events/export-file-name";
import { eventsToLogFile } from "@/lib/events/export-log-file";
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
  const [failure, setFailure] = useState<string>();
  const count = events.length;

  const download = async () => {
    setFailure(undefined);
    try {
      downloadFile(await eventsToLogFile(events), exportFileName("json.gz"));
    } catch (error) {
      setFailure(`Could not make the log file: ${(error as Error).message}`);
    }
  };

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
