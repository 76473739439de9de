/**
 * How deep a record's JSON may nest. Real CloudTrail records nest under ten levels, but a
 * caller controls its request parameters, and 5,000 levels of `{"a":{"a":…}}` overflow the
 * stack of every recursive walk — JSON.stringify included, so one such record would stop
 * the server from sending a page of events.
 */

/** Levels the record views draw; below that they show that the rest is nested too deeply. */
export const SHOWN_DEPTH = 32;

/**
 * Levels a parsed record keeps. Deeper objects and arrays are replaced by TOO_DEEP when the
 * record is read, so everything downstream (serialising, filtering, diffing, exporting)
 * works on a bounded record; the event keeps the record's text to copy and export whole.
 * Above SHOWN_DEPTH, so the views never show the replacement as if it were a value.
 */
export const KEPT_DEPTH = 64;

/** What stands in for a part of a record cut at KEPT_DEPTH. */
export const TOO_DEEP = "⟨nested too deeply⟩";

/**
 * Replaces, in place, every non-empty object or array nested KEPT_DEPTH levels below the
 * root with TOO_DEEP, and says whether it replaced any. Iterative: it must not itself
 * overflow on the records it exists for.
 */
export function cutDeepNesting(root: unknown, maxDepth = KEPT_DEPTH): boolean {
  let cut = false;
  const stack: { node: object; depth: number }[] = [];
  if (typeof root === "object" && root !== null) stack.push({ node: root, depth: 0 });
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, depth } = item;
    const children = node as Record<string, unknown>;
    for (const key of Object.keys(children)) {
      const child = children[key];
      if (typeof child !== "object" || child === null) continue;
      if (depth + 1 >= maxDepth && Object.keys(child).length > 0) {
        children[key] = TOO_DEEP;
        cut = true;
      } else {
        stack.push({ node: child, depth: depth + 1 });
      }
    }
  }
  return cut;
}
