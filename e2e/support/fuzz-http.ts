import { readFileSync } from "node:fs";

/**
 * Plain HTTP for the fuzz tests: Node's fetch, so a streamed answer can be dropped once its
 * status is known, and redirects are seen rather than followed.
 */

export interface Probe {
  method?: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Stop reading after the headers: the answer is a stream (a scan) that runs on. */
  headersOnly?: boolean;
}

export interface ProbeResult {
  probe: Probe;
  status: number;
  contentType: string;
  body: string;
}

/** The Cookie header of a saved Playwright storage state (e2e/support/roles.ts). */
export function cookieHeader(storageStatePath: string): string {
  const state = JSON.parse(readFileSync(storageStatePath, "utf8")) as {
    cookies: { name: string; value: string }[];
  };
  return state.cookies.map(({ name, value }) => `${name}=${value}`).join("; ");
}

export async function send(baseURL: string, probe: Probe): Promise<ProbeResult> {
  const abort = new AbortController();
  const response = await fetch(new URL(probe.path, baseURL), {
    method: probe.method ?? "GET",
    headers: probe.headers,
    body: probe.body,
    redirect: "manual",
    signal: abort.signal,
  });
  const contentType = response.headers.get("content-type") ?? "";
  let body = "";
  if (probe.headersOnly && response.status < 300) {
    abort.abort();
  } else {
    body = await response.text();
  }
  return { probe, status: response.status, contentType, body };
}

// A server stack frame ("    at fn (file.js:1:2)"), or a path of the server's own code.
const STACK_TRACE = /\n\s+at .+:\d+:\d+/;
const SERVER_PATHS = /node_modules|\.next[\w-]*\/server\//;
// An error Next.js hid behind a digest: a number. notFound(), forbidden() and redirects
// travel the same way with a word (NEXT_HTTP_ERROR_FALLBACK;404, NEXT_REDIRECT;…).
const ERROR_DIGEST = /data-dgst="\d+"|\\?"digest\\?":\\?"\d+\\?"/;

/** What is wrong with an answer to malformed input, or null: a 5xx, a stack, a hidden error. */
export function problemWith(result: ProbeResult): string | null {
  if (result.status >= 500) return `answered ${result.status}`;
  if (STACK_TRACE.test(result.body)) return "carries a stack trace";
  if (SERVER_PATHS.test(result.body)) return "names the server's files";
  if (ERROR_DIGEST.test(result.body)) return "rendered a server error (an error digest)";
  return null;
}

/** Runs `probes` a few at a time and lists each one that went wrong, in words. */
export async function sendAll(
  baseURL: string,
  probes: Probe[],
  concurrency = 4,
): Promise<{ results: ProbeResult[]; problems: string[] }> {
  const results: ProbeResult[] = [];
  const problems: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < probes.length) {
      const probe = probes[next++];
      let result: ProbeResult;
      try {
        result = await send(baseURL, probe);
      } catch (error) {
        problems.push(`${describe(probe)}: the request failed (${String(error)})`);
        continue;
      }
      results.push(result);
      const problem = problemWith(result);
      if (problem) problems.push(`${describe(probe)}: ${problem}: ${result.body.slice(0, 300)}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { results, problems };
}

function describe(probe: Probe): string {
  const body = probe.body === undefined ? "" : ` ${probe.body.slice(0, 200)}`;
  return `${probe.method ?? "GET"} ${probe.path.slice(0, 300)}${body}`;
}
