import "server-only";

import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { constants, createGunzip, type Gunzip } from "node:zlib";

/** A log file that cannot be read at all (as opposed to one bad record in it). */
export class LogFileError extends Error {}

const GZIP_CHUNK = 256 * 1024;

/**
 * The text of a log file from its bytes, gunzipped when it is gzip (told by its first
 * bytes, not its name: a `.json` that is gzip, or a `.gz` that is not, reads the same).
 * `onBytes` counts the bytes read from the source, for progress against the file's size.
 */
export async function* readLogText(
  source: LogBytes,
  onBytes: (count: number) => void,
): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  const counted = countBytes(asIterable(source), onBytes);
  // Two bytes tell gzip; a stream may hand them over one at a time.
  let first: Uint8Array = new Uint8Array(0);
  while (first.length < 2) {
    const next = await counted.next();
    if (next.done) break;
    first = first.length === 0 ? next.value : Buffer.concat([first, next.value]);
  }
  if (first.length === 0) return;
  const rest = prepend(first, counted);
  const isGzip = first.length >= 2 && first[0] === 0x1f && first[1] === 0x8b;
  const chunks = isGzip ? gunzipped(rest) : rest;
  for await (const chunk of chunks) yield decoder.decode(chunk, { stream: true });
  const tail = decoder.decode();
  if (tail) yield tail;
}

/**
 * The gunzipped bytes. Everything decompressed before a fault (a file cut short) is given
 * out before the fault is thrown, so what a broken file held still loads, whatever the
 * size of the pieces it arrived in.
 */
async function* gunzipped(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const gunzip = createGunzip({ chunkSize: GZIP_CHUNK });
  const queue: Buffer[] = [];
  let failure: Error | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  // Not paused when the queue grows: a paused stream's buffer is lost with a fault. The
  // queue stays short anyway, because the reader lets the event loop run (and the gunzip
  // deliver) only once it has taken everything queued.
  gunzip.on("data", (chunk: Buffer) => {
    queue.push(chunk);
    signal();
  });
  gunzip.on("end", () => {
    ended = true;
    signal();
  });
  gunzip.on("error", (error) => {
    failure = error;
    ended = true;
    signal();
  });
  feed(source, gunzip).catch((error: Error) => gunzip.destroy(error));
  try {
    for (;;) {
      const chunk = queue.shift();
      if (chunk) {
        yield chunk;
        continue;
      }
      if (ended) break;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    // The feeder sees the gunzip destroyed at its next chunk, and stops.
    gunzip.destroy();
  }
  if (failure) {
    if ((failure as NodeJS.ErrnoException).code?.startsWith("Z_")) {
      throw new LogFileError(`the file is not valid gzip (${failure.message})`);
    }
    throw failure;
  }
}

/**
 * Writes the compressed bytes into the gunzip, minding its back pressure. Before the end it
 * flushes, so zlib gives out all it decompressed even when the end turns out to be early.
 */
async function feed(source: AsyncIterable<Uint8Array>, gunzip: Gunzip): Promise<void> {
  for await (const chunk of source) {
    if (gunzip.destroyed) return;
    if (!gunzip.write(chunk)) await drainedOrClosed(gunzip);
  }
  if (gunzip.destroyed) return;
  await new Promise<void>((resolve) => gunzip.flush(constants.Z_SYNC_FLUSH, () => resolve()));
  gunzip.end();
}

function drainedOrClosed(gunzip: Gunzip): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      gunzip.off("drain", done);
      gunzip.off("close", done);
      resolve();
    };
    gunzip.on("drain", done);
    gunzip.on("close", done);
  });
}

/** A file's bytes: a Node stream (a file) or a web stream (an upload's body). */
export type LogBytes = AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;

function asIterable(source: LogBytes): AsyncIterable<Uint8Array> {
  if (Symbol.asyncIterator in source) return source;
  return Readable.fromWeb(source as NodeReadableStream<Uint8Array>);
}

async function* countBytes(
  source: AsyncIterable<Uint8Array>,
  onBytes: (count: number) => void,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    if (chunk.length === 0) continue;
    onBytes(chunk.length);
    yield chunk;
  }
}

async function* prepend(
  first: Uint8Array,
  rest: AsyncIterator<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}
