import { CONDITION_FIELD_SPECS, type Condition } from "@/lib/events/conditions";

/** Two conditions select the same events: same field, and values equal as the field compares them. */
export function sameCondition(a: Condition, b: Condition): boolean {
  if (a.field !== b.field) return false;
  return CONDITION_FIELD_SPECS[a.field].comparison === "equals"
    ? a.value === b.value
    : a.value.toLowerCase() === b.value.toLowerCase();
}

/**
 * The list with `condition` put at `index` (or added at the end when index is null).
 * Returns null when another condition already says the same, so nothing is added twice.
 */
export function putCondition(
  conditions: readonly Condition[],
  condition: Condition,
  index: number | null,
): Condition[] | null {
  if (conditions.some((other, i) => i !== index && sameCondition(other, condition))) return null;
  if (index === null) return [...conditions, condition];
  return conditions.map((other, i) => (i === index ? condition : other));
}
