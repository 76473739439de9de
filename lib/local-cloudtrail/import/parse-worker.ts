import "server-only";

import { createReadStream } from "node:fs";
import { parentPort } from "node:worker_threads";

import { parseLogFile, type ParsedRecord } from "./parse-log-file";
import {
  WORKER_BATCH,
  WORKER_CREDITS,
  type FromParseWorker,
  type ToParseWorker,
} from "./parse-worker-protocol";

/**
 * The parse worker: reads, gunzips, parses and checks the files it is given, one after
 * another, and sends their store rows to the main thread, which writes them. Parsing and
 * writing then run on two cores at once. The credits keep it at most a few batches ahead,
 * so memory stays flat however fast it parses.
 */
const port = parentPort!;
let credits = WORKER_CREDITS;
let wakeForCredit: (() => void) | undefined;

const send = (message: FromParseWorker) => port.postMessage(message);

port.on("message", (message: ToParseWorker) => {
  if (message.type === "credit") {
    credits++;
    wakeForCredit?.();
    wakeForCredit = undefined;
  } else {
    parseFiles(message.files).catch((error: Error) =>
      send({ type: "failed", message: error.stack ?? error.message }),
    );
  }
});

async function parseFiles(files: { name: string; path: string }[]): Promise<void> {
  for (const file of files) {
    let batch: ParsedRecord[] = [];
    let bytes = 0;
    const flush = async () => {
      if (credits === 0) await new Promise<void>((resolve) => (wakeForCredit = resolve));
      credits--;
      send({ type: "records", records: batch, bytes });
      batch = [];
      bytes = 0;
    };
    const stream = createReadStream(file.path, { highWaterMark: 1024 * 1024 });
    for await (const records of parseLogFile(file.name, stream, (n) => (bytes += n))) {
      for (const record of records) {
        batch.push(record);
        if (batch.length >= WORKER_BATCH) await flush();
      }
    }
    await flush();
    send({ type: "file-done" });
  }
}
