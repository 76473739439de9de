import type { TrailEvent } from "@/lib/events/trail-event";

/**
 * A predicate for calls to any of `names` on one service. Whether the call succeeded is
 * not looked at: record rules flag denied and failed attempts too (see rules/index.ts).
 */
export function callTo(source: string, names: readonly string[]): (event: TrailEvent) => boolean {
  const wanted = new Set(names);
  return (event) => event.source === source && wanted.has(event.name);
}
