import "server-only";

import { Worker } from "node:worker_threads";

import type { LogImport } from "./log-import";
import type { FromParseWorker, ToParseWorker } from "./parse-worker-protocol";

/**
 * Imports files from disk with the parsing in a worker thread and the writing here, which
 * doubles the pace on two cores (see parse-worker.ts). The same LogImport counts, reports
 * and writes as when it reads a file itself. Runs under tsx (the command line import).
 */
export function importFilesInWorker(
  imp: LogImport,
  files: { name: string; path: string }[],
  signal?: AbortSignal,
): Promise<void> {
  if (files.length === 0) return Promise.resolve();
  const worker = new Worker(new URL("./parse-worker-entry.mjs", import.meta.url), {
    // The store's modules are server-only, which the react-server condition allows.
    execArgv: ["--conditions=react-server"],
    // A bounded heap is collected before it grows: memory stays flat however large the input.
    resourceLimits: { maxOldGenerationSizeMb: 160 },
  });
  const post = (message: ToParseWorker) => worker.postMessage(message);
  return new Promise<void>((resolve, reject) => {
    let index = 0;
    let settled = false;
    const settle = (error?: unknown) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      void worker.terminate();
      if (error === undefined) resolve();
      else reject(error);
    };
    const onAbort = () => {
      imp.stop("stopped before the end");
      settle(signal!.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });

    worker.on("message", (message: FromParseWorker) => {
      if (settled) return;
      try {
        if (message.type === "records") {
          imp.readBytes(message.bytes);
          imp.add(message.records);
          post({ type: "credit" });
        } else if (message.type === "file-done") {
          imp.fileDone();
          index++;
          if (index < files.length) imp.startFile(files[index]!.name);
          else settle();
        } else {
          settle(new Error(`The import's parse worker failed: ${message.message}`));
        }
      } catch (error) {
        settle(error);
      }
    });
    worker.on("error", (error) => settle(error));
    worker.on("exit", (code) =>
      settle(new Error(`The import's parse worker stopped (exit code ${code}).`)),
    );
    imp.startFile(files[0]!.name);
    post({ type: "files", files });
  });
}
