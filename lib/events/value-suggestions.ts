import { CONDITION_FIELD_SPECS, type ConditionField } from "./conditions";
import type { TrailEvent } from "./trail-event";

export interface ValueSuggestion {
  value: string;
  /** How many of the events have this value (an event with it twice counts once). */
  count: number;
}

export const MAX_SUGGESTIONS = 20;

/** The only values CloudTrail accepts for ReadOnly, offered even when no event has one yet. */
const FIXED_VALUES: Partial<Record<ConditionField, readonly string[]>> = {
  ReadOnly: ["true", "false"],
};

/**
 * The values a field has among the events, most frequent first (ties alphabetical). Free
 * text over the whole record has no useful values to offer, so it gets none.
 */
export function countFieldValues(
  events: readonly TrailEvent[],
  field: ConditionField,
): ValueSuggestion[] {
  if (field === "text") return [];
  const counts = new Map<string, number>();
  for (const value of FIXED_VALUES[field] ?? []) counts.set(value, 0);
  const read = CONDITION_FIELD_SPECS[field].read;
  for (const event of events) {
    const raw = read(event);
    if (raw === undefined) continue;
    const values = new Set(typeof raw === "string" ? [raw] : raw);
    for (const value of values) {
      if (value === "") continue;
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** The most frequent values that contain what was typed (ignoring case), at most `limit`. */
export function filterSuggestions(
  suggestions: readonly ValueSuggestion[],
  typed: string,
  limit = MAX_SUGGESTIONS,
): ValueSuggestion[] {
  const needle = typed.trim().toLowerCase();
  const matching = needle
    ? suggestions.filter((s) => s.value.toLowerCase().includes(needle))
    : suggestions;
  return matching.slice(0, limit);
}
