/**
 * Flattens CloudTrail records into path → value and lines several of them up, for the
 * compare page: one row per path, one value per record. Pure, so server and tests share it.
 */

import { SHOWN_DEPTH } from "./record-depth";

/**
 * What a path ends at: a JSON scalar, an empty object or array (which has no paths below),
 * or an object or array nested too deeply to list the paths below it.
 */
export type LeafValue = string | number | boolean | null | EmptyContainer | NestedTooDeep;

export interface EmptyContainer {
  empty: "object" | "array";
}

export interface NestedTooDeep {
  tooDeep: true;
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
 * has no leaves (the root is not a field of itself). An object or array `maxDepth` levels
 * down is a leaf of its own, nested too deeply, as the record's JSON view shows it.
 */
export function flattenRecord(value: unknown, maxDepth = SHOWN_DEPTH): Map<string, LeafValue> {
  const leaves = new Map<string, LeafValue>();
  const visit = (node: unknown, path: string, depth: number) => {
    if (typeof node === "object" && node !== null) {
      const entries = Object.entries(node);
      if (entries.length === 0) {
        if (path !== "") leaves.set(path, { empty: Array.isArray(node) ? "array" : "object" });
      } else if (depth >= maxDepth) {
        leaves.set(path, { tooDeep: true });
      } else if (Array.isArray(node)) {
        node.forEach((item, index) => visit(item, `${path}[${index}]`, depth + 1));
      } else {
        for (const [key, child] of entries) visit(child, childPath(path, key), depth + 1);
      }
      return;
    }
    leaves.set(path, toLeaf(node));
  };
  visit(value, "", 0);
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
  if (typeof value === "object" && value !== null) {
    return "tooDeep" in value ? "too-deep" : `empty:${value.empty}`;
  }
  return JSON.stringify(value);
}

/**
 * The union of the records' paths, one row each. A path first seen in a later record is
 * placed after the path that precedes it there, so siblings stay together.
 */
export function diffRecords(records: readonly unknown[]): DiffRow[] {
  const flattened = records.map((record) => flattenRecord(record));
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
    // What lies below a part nested too deeply is not compared, so it is never called the same.
    const unknown = values.some((value) => leafKey(value) === "too-deep");
    return { path, values, differs: unknown || values.some((value) => leafKey(value) !== first) };
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
  if (typeof value === "object" && value !== null) {
    if ("tooDeep" in value) return "⟨nested too deeply to show⟩";
    return value.empty === "array" ? "[]" : "{}";
  }
  return JSON.stringify(value);
}
