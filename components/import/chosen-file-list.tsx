import { RecordText } from "@/components/record-text";
import { cn } from "@/components/ui/cn";

import { ByteProgressBar } from "./byte-progress-bar";
import { formatBytes } from "@/lib/format/format-bytes";
import { ImportCounts } from "./import-counts";
import { type ChosenFile, type FileState, uploadName } from "./import-run";

/** The chosen files, each with where it stands: waiting, its live progress, or how it ended. */
export function ChosenFileList({ files }: { files: ChosenFile[] }) {
  return (
    <ol className="flex flex-col divide-y divide-border rounded-lg border border-border">
      {files.map(({ id, file, state }) => (
        <li key={id} className="flex flex-col gap-1.5 px-3 py-2.5">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span className="min-w-0 font-mono text-sm break-all">
              <RecordText value={uploadName(file)} />
            </span>
            <span className="text-xs text-muted-foreground tabular-nums">
              {formatBytes(file.size)}
            </span>
            <span className={cn("ml-auto text-xs font-medium", statusTone(state))}>
              {STATUS_LABELS[state.status]}
            </span>
          </div>
          <FileStateDetail name={uploadName(file)} size={file.size} state={state} />
        </li>
      ))}
    </ol>
  );
}

const STATUS_LABELS: Record<FileState["status"], string> = {
  waiting: "Waiting",
  importing: "Importing…",
  imported: "Imported",
  failed: "Failed",
  cancelled: "Cancelled",
  skipped: "Skipped",
  "not-sent": "Not imported",
};

function statusTone(state: FileState): string {
  if (state.status === "failed") return "text-destructive";
  if (state.status === "imported") return "text-foreground";
  return "text-muted-foreground";
}

function FileStateDetail({ name, size, state }: { name: string; size: number; state: FileState }) {
  switch (state.status) {
    case "importing":
      return (
        <>
          <ByteProgressBar label={`Upload of ${name}`} done={state.sent} total={size} />
          {state.progress && <ImportCounts progress={state.progress} rate />}
        </>
      );
    case "imported":
      return <ImportCounts progress={state.summary} />;
    case "failed":
      return (
        <>
          <p className="text-xs text-destructive">{state.message}</p>
          {state.progress && <ImportCounts progress={state.progress} />}
        </>
      );
    case "cancelled":
      return state.progress ? <ImportCounts progress={state.progress} /> : null;
    case "skipped":
      return <p className="text-xs text-muted-foreground">Passed over: {state.reason}.</p>;
    default:
      return null;
  }
}
