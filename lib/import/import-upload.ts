import "server-only";

import { recordAudit } from "@/lib/audit/audit-log";
import type { SessionUser } from "@/lib/auth/session-user";
import type { ImportMessage } from "@/lib/import/import-message";
import type { ImportProgress, ImportSummary } from "@/lib/import/import-report";
import { isDigestFile } from "@/lib/local-cloudtrail/import/log-file-location";
import { LogImport } from "@/lib/local-cloudtrail/import/log-import";
import { getLocalCloudTrail } from "@/lib/local-cloudtrail/instance";

import { registerImport } from "./running-imports";

interface Upload {
  user: SessionUser;
  /** The page's id for this import, to ask its progress by while the file uploads. */
  id?: string;
  sourceIp?: string;
  name: string;
  body: ReadableStream<Uint8Array>;
  /** The body's size, from Content-Length, for the progress bar. */
  bytes?: number;
}

/**
 * Loads one uploaded file into the local store as it arrives, yielding its progress (the
 * latest only, however slowly the browser reads) and then its summary. The import runs on
 * its own: a browser that stops reading or leaves aborts `signal`, which ends the import at
 * its next chunk, and the audit log records how every import ended.
 */
export async function* importUpload(
  upload: Upload,
  signal: AbortSignal,
): AsyncGenerator<ImportMessage> {
  let latest: ImportProgress | undefined;
  let wake: (() => void) | undefined;
  const logImport = new LogImport(getLocalCloudTrail().db, {
    // The import shares the server's thread with everyone's requests: short transactions
    // keep the pauses it causes them short (about 25 ms each).
    batchSize: 1000,
    filesTotal: 1,
    bytesTotal: upload.bytes,
    onProgress: (progress) => {
      latest = progress;
      wake?.();
    },
  });
  if (isDigestFile(upload.name)) {
    logImport.skip(upload.name, "a digest file (log file integrity validation), not events");
    auditImport(upload, logImport.summary(), undefined);
    yield { type: "summary", summary: logImport.summary() };
    return;
  }
  let finished = false;
  let failure: string | undefined;
  const unregister = upload.id
    ? registerImport(upload.user, upload.id, () => logImport.progressNow())
    : undefined;
  const run = logImport
    .importFile(upload.name, chunks(upload.body), signal)
    .catch((error: unknown) => {
      if (signal.aborted) {
        failure = "The upload was cancelled; the records read before it stopped are kept.";
        return;
      }
      console.error(`Import of an uploaded file failed: ${upload.name}`, error);
      failure = "The file could not be read to its end; the records read before are kept.";
    })
    .finally(() => {
      unregister?.();
      finished = true;
      auditImport(upload, logImport.summary(), failure);
      wake?.();
    });

  while (!finished || latest) {
    if (latest) {
      const progress = latest;
      latest = undefined;
      yield { type: "progress", progress };
      continue;
    }
    await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
  }
  await run;
  yield failure === undefined
    ? { type: "summary", summary: logImport.summary() }
    : { type: "failed", error: { code: "ImportFailed", message: failure, retryable: true } };
}

function auditImport(upload: Upload, summary: ImportSummary, failure: string | undefined): void {
  const counts = `${summary.loaded} loaded, ${summary.duplicates} duplicate, ${summary.rejected} rejected`;
  recordAudit({
    at: Date.now(),
    actor: upload.user.name,
    actorRole: upload.user.role,
    authMethod: upload.user.method,
    action: "ImportLogFile",
    detail: `${upload.name}: ${counts}${failure === undefined ? "" : " before it stopped"}`,
    outcome: failure === undefined ? "succeeded" : "failed",
    error: failure,
    calls: [],
    sourceIp: upload.sourceIp,
  });
}

// The body as an async iterable (the DOM's ReadableStream type does not declare one); an
// import that stops early cancels the rest of the upload.
async function* chunks(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let done = false;
  try {
    while (!done) {
      const next = await reader.read();
      done = next.done;
      if (next.value) yield next.value;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => undefined);
  }
}
