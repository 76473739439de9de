/**
 * Test and benchmark support: runs the real `npm run import` command line (scripts/import.ts
 * under tsx, with the Node flags npm gives it) as a child process on a store of its own.
 * Node runs it directly, not through npm, so the child's pid is the importer's own.
 */
import { spawn, type ChildProcessByStdio } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

/** The Node flags package.json's "import" script gives tsx (which hands them to node). */
function importScriptFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  const match = /^tsx (.*) scripts\/import\.ts$/.exec(pkg.scripts.import ?? "");
  if (!match)
    throw new Error(`package.json's import script is not "tsx <flags> scripts/import.ts"`);
  return match[1].split(/\s+/);
}

export interface ImportRun {
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** Resolves when the child has exited, with all it wrote. */
  done: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>;
}

export function startImport(storePath: string, args: string[]): ImportRun {
  const child = spawn(
    process.execPath,
    [...importScriptFlags(), "--import", "tsx", "scripts/import.ts", ...args],
    {
      cwd: ROOT,
      env: { ...process.env, TRAILSCOPE_MODE: "local", TRAILSCOPE_DATA_PATH: storePath },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
  child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
  const done = new Promise<Awaited<ImportRun["done"]>>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}
