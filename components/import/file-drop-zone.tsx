"use client";

import { Upload } from "lucide-react";
import { useId, useRef, useState, type DragEvent } from "react";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

import { LOG_FILE_ACCEPT } from "./log-file-types";

interface FileDropZoneProps {
  disabled: boolean;
  onFiles: (files: File[]) => void;
}

/** Where log files are chosen: a button that opens the file picker, or files dropped on it. */
export function FileDropZone({ disabled, onFiles }: FileDropZoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) onFiles([...event.dataTransfer.files]);
  };

  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = disabled ? "none" : "copy";
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      className={cn(
        "flex flex-col items-center gap-3 rounded-lg border-2 border-dashed border-border px-4 py-8 text-center",
        over && !disabled && "border-ring bg-muted/60",
      )}
    >
      <Upload aria-hidden className="size-6 text-muted-foreground" />
      <p className="text-sm">Drop CloudTrail log files here, or</p>
      <Button
        variant="outline"
        disabled={disabled}
        aria-describedby={hintId}
        onClick={() => input.current?.click()}
      >
        Choose files…
      </Button>
      <p id={hintId} className="max-w-md text-xs text-muted-foreground">
        S3 delivery files (.json.gz, .json), JSON arrays, one record per line (.jsonl, .ndjson) and
        LookupEvents output; gzip or not.
      </p>
      <input
        ref={input}
        type="file"
        multiple
        accept={LOG_FILE_ACCEPT}
        aria-label="CloudTrail log files"
        tabIndex={-1}
        className="sr-only"
        disabled={disabled}
        onChange={(event) => {
          onFiles([...(event.target.files ?? [])]);
          // The same file can be chosen again, to import it once more.
          event.target.value = "";
        }}
      />
    </div>
  );
}
