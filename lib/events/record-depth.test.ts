import { describe, expect, it } from "vitest";

import { cutDeepNesting, KEPT_DEPTH, SHOWN_DEPTH, TOO_DEEP } from "./record-depth";

/** `{"a":{"a":…"bottom"…}}`, `levels` objects deep, parsed as a record would be. */
function nested(levels: number): unknown {
  return JSON.parse(`${'{"a":'.repeat(levels)}"bottom"${"}".repeat(levels)}`);
}

/** How many objects or arrays deep a value is, without recursion. */
function depthOf(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item;
    if (typeof node !== "object" || node === null) continue;
    max = Math.max(max, depth + 1);
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return max;
}

describe("cutDeepNesting", () => {
  it("keeps a record of ordinary depth as it is", () => {
    const record = {
      requestParameters: {
        ipPermissions: { items: [{ ipRanges: { items: [{ cidrIp: "0/0" }] } }] },
      },
    };
    const before = JSON.stringify(record);
    expect(cutDeepNesting(record)).toBe(false);
    expect(JSON.stringify(record)).toBe(before);
  });

  it("cuts 5,000 levels of nesting down to KEPT_DEPTH, without overflowing", () => {
    const record = { requestParameters: nested(5_000) };
    expect(cutDeepNesting(record)).toBe(true);
    expect(depthOf(record)).toBe(KEPT_DEPTH);
    // Everything that walks records works again, JSON.stringify first.
    const text = JSON.stringify(record);
    expect(text).toContain(JSON.stringify(TOO_DEEP));
    expect(text).not.toContain("bottom");
  });

  it("cuts arrays too, and leaves empty containers and scalars at the limit", () => {
    const deepArray = JSON.parse(`${"[".repeat(100)}1${"]".repeat(100)}`);
    expect(cutDeepNesting(deepArray)).toBe(true);
    expect(depthOf(deepArray)).toBe(KEPT_DEPTH);

    const atLimit = nested(KEPT_DEPTH - 1);
    expect(cutDeepNesting(atLimit)).toBe(false);
    const withEmpty = JSON.parse(`${'{"a":'.repeat(KEPT_DEPTH)}{}${"}".repeat(KEPT_DEPTH)}`);
    const emptyDepth = depthOf(withEmpty);
    expect(cutDeepNesting(withEmpty)).toBe(false);
    expect(depthOf(withEmpty)).toBe(emptyDepth);
  });

  it("keeps more levels than the views show, so a view never draws the stand-in as a value", () => {
    expect(KEPT_DEPTH).toBeGreaterThan(SHOWN_DEPTH);
  });
});
