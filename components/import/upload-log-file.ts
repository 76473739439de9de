import type { Failure } from "@/lib/events/failure";
import type { ImportMessage } from "@/lib/import/import-message";
import type { ImportProgress } from "@/lib/import/import-report";

export type UploadOutcome =
  /** The server answered to the end: its last message was the summary or the failure. */
  | { kind: "answered" }
  /** The server refused the file before reading it (401, 403, 400, 409, …). */
  | { kind: "refused"; status: number; error: Failure }
  | { kind: "network" }
  | { kind: "cancelled" };

interface UploadHandlers {
  /** Bytes of the file sent so far. */
  onSent: (bytes: number) => void;
  onMessage: (message: ImportMessage) => void;
}

/** How often the import's counts are asked for while the file is still being sent. */
const POLL_MS = 500;

/**
 * Sends one file to the import route and reads its NDJSON answer as it arrives. An
 * XMLHttpRequest rather than fetch: it reports the upload's progress, and sends a File
 * straight from disk, where fetch would need the whole body first to stream it over HTTP/1.1.
 * A browser reads the answer only once it has sent the whole file, so until then the
 * import's counts are asked for beside it (/api/import/progress), by an id of this upload.
 */
export function uploadLogFile(
  file: File,
  handlers: UploadHandlers,
): { outcome: Promise<UploadOutcome>; cancel: () => void } {
  const xhr = new XMLHttpRequest();
  // A file dropped with its folder keeps its path, whose AWSLogs/ layout names account and region.
  const name = file.webkitRelativePath || file.name;
  const id = randomId();
  xhr.open("POST", `/api/import?${new URLSearchParams({ name, id })}`);
  xhr.setRequestHeader("Content-Type", "application/octet-stream");
  let consumed = 0;
  const readMessages = () => {
    if (xhr.status !== 200) return;
    const text = xhr.responseText;
    const end = text.lastIndexOf("\n");
    if (end < consumed) return;
    for (const line of text.slice(consumed, end).split("\n")) {
      if (line) handlers.onMessage(JSON.parse(line) as ImportMessage);
    }
    consumed = end + 1;
  };
  const outcome = new Promise<UploadOutcome>((resolve) => {
    xhr.upload.onprogress = (event) => handlers.onSent(event.loaded);
    xhr.onprogress = readMessages;
    xhr.onload = () => {
      if (xhr.status === 200) {
        readMessages();
        resolve({ kind: "answered" });
      } else {
        resolve({ kind: "refused", status: xhr.status, error: readFailure(xhr) });
      }
    };
    xhr.onerror = () => resolve({ kind: "network" });
    xhr.onabort = () => resolve({ kind: "cancelled" });
  });
  xhr.send(file);
  const poll = setInterval(async () => {
    // Once the answer has begun, it carries the progress itself.
    if (xhr.readyState !== XMLHttpRequest.OPENED) return clearInterval(poll);
    const progress = await runningProgress(id);
    if (progress && xhr.readyState === XMLHttpRequest.OPENED)
      handlers.onMessage({ type: "progress", progress });
  }, POLL_MS);
  void outcome.finally(() => clearInterval(poll));
  return { outcome, cancel: () => xhr.abort() };
}

async function runningProgress(id: string): Promise<ImportProgress | undefined> {
  try {
    const response = await fetch(`/api/import/progress?${new URLSearchParams({ id })}`, {
      cache: "no-store",
    });
    if (!response.ok) return undefined;
    return ((await response.json()) as { progress: ImportProgress }).progress;
  } catch {
    // A lost poll changes nothing: the next one, or the answer, says it.
    return undefined;
  }
}

// crypto.randomUUID exists only on HTTPS and localhost; a dashboard on plain HTTP elsewhere
// still has getRandomValues.
function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

function readFailure(xhr: XMLHttpRequest): Failure {
  try {
    const body = JSON.parse(xhr.responseText) as { error?: Failure };
    if (body.error?.message) return body.error;
  } catch {
    // Not the dashboard's JSON: a proxy in front answered. Said below by its status.
  }
  return {
    code: `HTTP${xhr.status}`,
    message: `The server answered ${xhr.status} ${xhr.statusText}.`.replace(" .", "."),
    retryable: xhr.status >= 500,
  };
}
