/**
 * Flattens CloudTrail records into path → value and lines several of them up, for the
 * compare page: one row per path, one value per record. Pure, so server and tests share it.
 */

/** What a path ends at: a JSON scalar, or an empty object or array (which has no paths below). */
export type LeafValue = string | number | boolean | null | EmptyContainer;

export interface EmptyContainer {
  empty: "object" | "array";
}

export interface DiffRow {
  /** `requestParameters.ipPermissions.items[0].ipRanges`, as in the record. */
  path: string;
  /** One per record, in the order given; undefined where a record has no such path. */
  values: (LeafValue | undefined)[];
  /** The records disagree here (a missing value differs from any value, null included). */
  differs: boolean;
}

// Keys that read unambiguously after a dot; others (spaces, dots, brackets) are quoted.
const PLAIN_KEY = /^[A-Za-z0-9_$:@-]+$/;

function childPath(parent: string, key: string): string {
  if (!PLAIN_KEY.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent === "" ? key : `${parent}.${key}`;
}

/**
 * Every leaf of a JSON value, depth first in the record's own key order. An empty record
 * has no leaves (the root is not a field of itself).
 */
export function flattenRecord(value: unknown): Map<string, LeafValue> {
  const leaves = new Map<string, LeafValue>();
  const visit = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      if (node.length === 0 && path !== "") leaves.set(path, { empty: "array" });
      node.forEach((item, index) => visit(item, `${path}[${index}]`));
      return;
    }
    if (typeof node === "object" && node !== null) {
      const entries = Object.entries(node);
      if (entries.length === 0 && path !== "") leaves.set(path, { empty: "object" });
      for (const [key, child] of entries) visit(child, childPath(path, key));
      return;
    }
    leaves.set(path, toLeaf(node));
  };
  visit(value, "");
  return leaves;
}

function toLeaf(value: unknown): LeafValue {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  // Parsed JSON holds nothing else; anything odd (undefined, a function) reads as null.
  return null;
}

/** A stable key for comparing leaves: strings and numbers stay apart ("1" ≠ 1). */
function leafKey(value: LeafValue | undefined): string {
  if (value === undefined) return "absent";
  if (typeof value === "object" && value !== null) return `empty:${value.empty}`;
  return JSON.stringify(value);
}

/**
 * The union of the records' paths, one row each. A path first seen in a later record is
 * placed after the path that precedes it there, so siblings stay together.
 */
export function diffRecords(records: readonly unknown[]): DiffRow[] {
  const flattened = records.map(flattenRecord);
  const order: string[] = [];
  const known = new Set<string>();
  for (const leaves of flattened) {
    let cursor = -1;
    for (const path of leaves.keys()) {
      if (known.has(path)) {
        cursor = order.indexOf(path);
        continue;
      }
      cursor = insertionPoint(order, path, cursor);
      order.splice(cursor, 0, path);
      known.add(path);
    }
  }
  return order.map((path) => {
    const values = flattened.map((leaves) => leaves.get(path));
    const first = leafKey(values[0]);
    return { path, values, differs: values.some((value) => leafKey(value) !== first) };
  });
}

/** The first segment of a path: `requestParameters` of `requestParameters.items[0]`. */
function rootOf(path: string): string {
  return path.split(/[.[]/, 1)[0];
}

/**
 * Where a path new to the rows goes: after the previous path of its own record, unless that
 * lies in another part of the record while this part already has rows (a record with
 * `requestParameters: null` beside one with parameters); then after those rows.
 */
function insertionPoint(order: readonly string[], path: string, cursor: number): number {
  const root = rootOf(path);
  if (cursor >= 0 && rootOf(order[cursor]) === root) return cursor + 1;
  const lastOfRoot = order.findLastIndex((other) => rootOf(other) === root);
  return (lastOfRoot >= 0 ? lastOfRoot : cursor) + 1;
}

/** A leaf as plain text for a table cell: strings as they are, the rest as JSON writes them. */
export function formatLeaf(value: LeafValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null) return value.empty === "array" ? "[]" : "{}";
  return JSON.stringify(value);
}
