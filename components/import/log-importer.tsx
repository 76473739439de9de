"use client";

import { useRef, useState } from "react";

import { Button } from "@/components/ui/button";
import { formatCount } from "@/lib/format/format-count";
import type { ImportSummary } from "@/lib/import/import-report";

import { combineSummaries } from "./combine-summaries";
import { FileDropZone } from "./file-drop-zone";
import { ImportHalt } from "./import-halt";
import { type HistoryWindow, ImportSummaryView } from "./import-summary-view";
import { type ChosenFile, type FileState, type Halt, uploadName } from "./import-run";
import { ChosenFileList } from "./chosen-file-list";
import { isLogFileName, NOT_A_LOG_FILE } from "./log-file-types";
import { uploadLogFile } from "./upload-log-file";

type Phase = "choosing" | "importing" | "done";

/**
 * The Import page's work: log files chosen or dropped, sent one after another to the
 * import route, each with its live progress, then what they held all together.
 */
export function LogImporter({ history }: { history: HistoryWindow }) {
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [phase, setPhase] = useState<Phase>("choosing");
  const [halt, setHalt] = useState<Halt>();
  const [current, setCurrent] = useState<number>();
  const nextId = useRef(0);
  const cancelCurrent = useRef<() => void>(undefined);
  const cancelled = useRef(false);

  const setState = (id: number, state: FileState) =>
    setFiles((list) => list.map((chosen) => (chosen.id === id ? { ...chosen, state } : chosen)));

  const choose = (picked: File[]) => {
    const added = picked.map((file) => ({
      id: nextId.current++,
      file,
      state: isLogFileName(file.name)
        ? ({ status: "waiting" } as const)
        : ({ status: "skipped", reason: NOT_A_LOG_FILE } as const),
    }));
    // Files chosen after an import start a new one.
    setFiles((list) => (phase === "done" ? added : [...list, ...added]));
    if (phase === "done") {
      setPhase("choosing");
      setHalt(undefined);
    }
  };

  const importAll = async () => {
    setPhase("importing");
    setHalt(undefined);
    cancelled.current = false;
    let stop: Halt | undefined;
    for (const { id, file, state } of files) {
      if (!isPending(state)) continue;
      if (stop) {
        setState(id, { status: "not-sent" });
        continue;
      }
      setCurrent(id);
      stop = await importOne(id, file);
    }
    setCurrent(undefined);
    setHalt(stop);
    setPhase("done");
  };

  const importOne = async (id: number, file: File): Promise<Halt | undefined> => {
    let state: FileState = { status: "importing", sent: 0 };
    const update = (next: FileState) => {
      state = next;
      setState(id, next);
    };
    update(state);
    if (cancelled.current) {
      update({ status: "cancelled" });
      return { kind: "cancelled" };
    }
    const upload = uploadLogFile(file, {
      onSent: (sent) => state.status === "importing" && update({ ...state, sent }),
      onMessage: (message) => {
        if (message.type === "progress" && state.status === "importing")
          update({ ...state, progress: message.progress });
        else if (message.type === "summary")
          update({ status: "imported", summary: message.summary });
        else if (message.type === "failed")
          update({ status: "failed", message: message.error.message, progress: progressOf(state) });
      },
    });
    cancelCurrent.current = upload.cancel;
    const outcome = await upload.outcome;
    cancelCurrent.current = undefined;
    switch (outcome.kind) {
      case "answered":
        if (state.status === "importing")
          update({
            status: "failed",
            message: "The server's answer ended before the import's summary.",
            progress: state.progress,
          });
        return undefined;
      case "cancelled":
        update({ status: "cancelled", progress: progressOf(state) });
        return { kind: "cancelled" };
      case "network":
        update({
          status: "failed",
          message: "The connection to the server was lost.",
          progress: progressOf(state),
        });
        return { kind: "network", file: uploadName(file) };
      case "refused":
        update({ status: "failed", message: outcome.error.message });
        if (outcome.status === 401) return { kind: "signed-out" };
        // The role or the server's mode: every other file would be refused the same way.
        if (outcome.status === 403 || outcome.status === 409)
          return { kind: "refused", message: outcome.error.message };
        return undefined;
    }
  };

  const cancel = () => {
    cancelled.current = true;
    cancelCurrent.current?.();
  };

  const summaries = files.flatMap(({ state }) =>
    state.status === "imported" ? [state.summary] : [],
  );
  const skipped = files.flatMap(({ file, state }) =>
    state.status === "skipped" ? [{ file: uploadName(file), reason: state.reason }] : [],
  );
  const waiting = files.filter(({ state }) => isPending(state)).length;
  const currentIndex = files.findIndex(({ id }) => id === current);

  return (
    <div className="flex flex-col gap-6">
      <FileDropZone disabled={phase === "importing"} onFiles={choose} />
      {files.length === 0 ? (
        <p className="text-center text-sm text-muted-foreground">
          No files chosen yet. What you import is added to the local store beside what it holds;
          importing a file again adds nothing.
        </p>
      ) : (
        <section aria-labelledby="chosen-files" className="flex flex-col gap-3">
          <h2 id="chosen-files" className="text-sm font-semibold">
            Files
          </h2>
          <ChosenFileList files={files} />
          <div className="flex flex-wrap items-center gap-3">
            {phase === "importing" ? (
              <Button variant="outline" onClick={cancel}>
                Cancel
              </Button>
            ) : (
              <>
                <Button disabled={waiting === 0} onClick={importAll}>
                  {waiting > 1 ? `Import ${waiting} files` : "Import"}
                </Button>
                <Button
                  variant="ghost"
                  onClick={() => {
                    setFiles([]);
                    setPhase("choosing");
                    setHalt(undefined);
                  }}
                >
                  Clear
                </Button>
              </>
            )}
            <p role="status" className="text-sm text-muted-foreground">
              {phase === "importing" && currentIndex >= 0
                ? `Importing file ${currentIndex + 1} of ${files.length}: ${uploadName(files[currentIndex].file)}`
                : phase === "choosing" && waiting > 0
                  ? `${formatCount(waiting, "file")} ready to import.`
                  : ""}
            </p>
          </div>
        </section>
      )}
      {phase === "done" && halt && <ImportHalt halt={halt} />}
      {phase === "done" && (summaries.length > 0 || skipped.length > 0) && (
        <ImportSummaryView
          summary={withSkipped(combineSummaries(summaries), skipped)}
          files={summaries.length}
          history={history}
        />
      )}
    </div>
  );
}

// Files not imported yet, and those a cancel, a lost connection or a failure cut short: the
// next Import sends them (again); what the store already holds counts as duplicates.
function isPending(state: FileState): boolean {
  return (
    state.status === "waiting" ||
    state.status === "cancelled" ||
    state.status === "not-sent" ||
    state.status === "failed"
  );
}

function progressOf(state: FileState) {
  return state.status === "importing" ? state.progress : undefined;
}

function withSkipped(summary: ImportSummary, skipped: ImportSummary["skipped"]): ImportSummary {
  return { ...summary, skipped: [...skipped, ...summary.skipped] };
}
