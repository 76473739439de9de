import { SHOWN_DEPTH } from "@/lib/events/record-depth";
import { clipText, jsonEscapes, splitHidden } from "@/lib/format/visible-text";

/** One piece of pretty-printed JSON, tagged with what it is so it can be coloured. */
export interface JsonToken {
  /**
   * `escape`: the `\u` escape of an invisible or direction-changing character inside a key or
   * a string, marked so it stands out. `elided`: a note, not JSON, where the view leaves out
   * a part too deep or too long to draw.
   */
  kind:
    | "key"
    | "string"
    | "number"
    | "boolean"
    | "null"
    | "punctuation"
    | "space"
    | "escape"
    | "elided";
  text: string;
}

/**
 * The longest string the view draws whole. A caller can write 200,000 characters into a
 * parameter; an S3 bucket policy, among the longest values AWS writes, stays under 20 KB.
 */
export const SHOWN_STRING_LENGTH = 32_768;

export interface JsonTokensOptions {
  /** Objects and arrays nested this deep are not drawn. */
  maxDepth?: number;
  /** Strings longer than this are cut. */
  maxString?: number;
}

/**
 * A parsed JSON value as tokens. Joined, their texts are `JSON.stringify(value, null, 2)` with
 * each invisible or direction-changing character written as its `\u` escape — the same JSON
 * value, which cannot reorder or hide what a reader sees — unless a part is nested deeper
 * than `maxDepth` or a string is longer than `maxString`: those are cut, with an `elided`
 * note saying so. The page renders the tokens as elements (never as HTML), so what a reader
 * selects and copies is JSON too.
 */
export function jsonTokens(
  value: unknown,
  { maxDepth = SHOWN_DEPTH, maxString = SHOWN_STRING_LENGTH }: JsonTokensOptions = {},
): JsonToken[] {
  const tokens: JsonToken[] = [];
  const push = (kind: JsonToken["kind"], text: string) => {
    const last = tokens.at(-1);
    // Neighbouring punctuation and spaces merge, keeping the element count down.
    if (last && last.kind === kind && (kind === "punctuation" || kind === "space")) {
      last.text += text;
    } else {
      tokens.push({ kind, text });
    }
  };

  /** A key or a string, quoted as JSON quotes it, with its hidden characters as marked escapes. */
  const pushQuoted = (kind: "key" | "string", text: string) => {
    const { text: shown, omitted } = clipText(text, maxString);
    const quoted = JSON.stringify(shown);
    for (const part of splitHidden(omitted > 0 ? quoted.slice(0, -1) : quoted)) {
      push(part.hidden ? "escape" : kind, part.hidden ? jsonEscapes(part.text) : part.text);
    }
    if (omitted > 0) {
      push("elided", `⟨${omitted.toLocaleString("en-US")} more characters not shown⟩`);
      push(kind, '"');
    }
  };

  const write = (node: unknown, indent: string, depth: number) => {
    if (node === null || node === undefined || typeof node === "function") {
      push("null", "null");
    } else if (typeof node === "string") {
      pushQuoted("string", node);
    } else if (typeof node === "number") {
      // JSON has no NaN or Infinity; JSON.stringify writes null for them.
      push(Number.isFinite(node) ? "number" : "null", JSON.stringify(node));
    } else if (typeof node === "boolean") {
      push("boolean", String(node));
    } else if (Array.isArray(node)) {
      if (node.length === 0) return push("punctuation", "[]");
      if (depth >= maxDepth) return push("elided", tooDeep(maxDepth));
      const inner = `${indent}  `;
      push("punctuation", "[");
      node.forEach((item, index) => {
        push("space", `\n${inner}`);
        write(item, inner, depth + 1);
        if (index < node.length - 1) push("punctuation", ",");
      });
      push("space", `\n${indent}`);
      push("punctuation", "]");
    } else if (typeof node === "object") {
      // As JSON.stringify does, members whose value JSON cannot hold are left out.
      const entries = Object.entries(node).filter(
        ([, child]) => child !== undefined && typeof child !== "function",
      );
      if (entries.length === 0) return push("punctuation", "{}");
      if (depth >= maxDepth) return push("elided", tooDeep(maxDepth));
      const inner = `${indent}  `;
      push("punctuation", "{");
      entries.forEach(([key, child], index) => {
        push("space", `\n${inner}`);
        pushQuoted("key", key);
        push("punctuation", ":");
        push("space", " ");
        write(child, inner, depth + 1);
        if (index < entries.length - 1) push("punctuation", ",");
      });
      push("space", `\n${indent}`);
      push("punctuation", "}");
    } else {
      // bigint and symbol never come out of JSON.parse; show them rather than drop them.
      pushQuoted("string", String(node));
    }
  };

  write(value, "", 0);
  return tokens;
}

function tooDeep(maxDepth: number): string {
  return `⟨nested more than ${maxDepth} levels deep: not shown⟩`;
}
