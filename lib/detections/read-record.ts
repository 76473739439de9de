/**
 * Defensive reads of CloudTrail records. A record is attacker-controlled JSON: any field
 * may be missing, null, or of another type than AWS documents, so rules read through
 * these helpers and never index into a value they have not checked.
 */

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The value at a path of own properties, or undefined when any step is missing or not an
 * object. Own properties only, so `__proto__` or `constructor` in a path find nothing.
 */
export function dig(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isObject(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/** The string at a path, or undefined when it is missing or not a string. */
export function textAt(value: unknown, ...path: string[]): string | undefined {
  const found = dig(value, ...path);
  return typeof found === "string" ? found : undefined;
}

/**
 * The items of a list at a path: a JSON array, or the `{ "items": [...] }` wrapper EC2
 * writes its lists in. A lone object counts as a list of one, as some services write a
 * single-element list that way.
 */
export function listAt(value: unknown, ...path: string[]): readonly unknown[] {
  const found = dig(value, ...path);
  if (Array.isArray(found)) return found;
  if (!isObject(found)) return [];
  if (Object.hasOwn(found, "items")) {
    const items = found.items;
    return Array.isArray(items) ? items : [];
  }
  return [found];
}
