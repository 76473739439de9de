import type { TrailEvent } from "@/lib/events/trail-event";
import { isBuiltinColumn, isColumnId } from "@/lib/view/columns";

const MAX_DEPTH = 8;
/** One step of a record path (see RECORD_PATH_PATTERN): a key with a dot in it cannot be named. */
const PATH_SEGMENT = /^[A-Za-z0-9_$-]{1,64}$/;

function collectLeafPaths(value: unknown, prefix: string, depth: number, into: Set<string>): void {
  if (value === null || value === undefined) return;
  if (typeof value !== "object" || Array.isArray(value) || depth >= MAX_DEPTH) {
    if (isColumnId(prefix)) into.add(prefix);
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (!PATH_SEGMENT.test(key)) continue;
    collectLeafPaths(child, prefix ? `${prefix}.${key}` : key, depth + 1, into);
  }
}

/**
 * Record paths worth offering as columns: the leaves (values, and arrays as a whole) of a
 * spread-out sample of the loaded events, most common first. A sample, because reading
 * every field of 10,000 records to fill a suggestion list would stall the page.
 */
export function recordPathSuggestions(
  events: readonly TrailEvent[],
  { sampleSize = 200, exclude = [] }: { sampleSize?: number; exclude?: readonly string[] } = {},
): string[] {
  const step = Math.max(1, events.length / sampleSize);
  const counts = new Map<string, number>();
  for (let i = 0; i < events.length; i += step) {
    const paths = new Set<string>();
    collectLeafPaths(events[Math.floor(i)].record, "", 0, paths);
    for (const path of paths) counts.set(path, (counts.get(path) ?? 0) + 1);
  }
  const excluded = new Set(exclude);
  return [...counts]
    .filter(([path]) => !isBuiltinColumn(path) && !excluded.has(path))
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .map(([path]) => path);
}
