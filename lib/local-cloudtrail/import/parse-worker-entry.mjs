// The parse worker's entry. Node 20 cannot load TypeScript in a worker thread, and module
// hooks given with --import do not reach one, so the worker loads its TypeScript through
// tsx's API (the command line import runs under tsx).
import { tsImport } from "tsx/esm/api";

await tsImport("./parse-worker.ts", import.meta.url);
