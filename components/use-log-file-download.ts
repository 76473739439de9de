"use client";

import { useState } from "react";

import { downloadFile } from "@/components/download-file";
import { exportFileName } from "@/lib/events/export-file-name";
import { eventsToLogFile } from "@/lib/events/export-log-file";
import type { TrailEvent } from "@/lib/events/trail-event";

/**
 * Downloads events as a gzipped CloudTrail log file, made in the browser; `failure` says
 * why when the browser could not make it.
 */
export function useLogFileDownload(events: readonly TrailEvent[]) {
  const [failure, setFailure] = useState<string>();
  const download = async () => {
    setFailure(undefined);
    try {
      downloadFile(await eventsToLogFile(events), exportFileName("json.gz"));
    } catch (error) {
      setFailure(`Could not make the log file: ${(error as Error).message}`);
    }
  };
  return { download, failure };
}
