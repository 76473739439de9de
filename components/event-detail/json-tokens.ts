/** One piece of pretty-printed JSON, tagged with what it is so it can be coloured. */
export interface JsonToken {
  kind: "key" | "string" | "number" | "boolean" | "null" | "punctuation" | "space";
  text: string;
}

/**
 * A parsed JSON value as tokens whose texts, joined, are exactly `JSON.stringify(value,
 * null, 2)`: the page renders them as elements (never as HTML), and what a reader selects
 * and copies is the same JSON the Copy button gives.
 */
export function jsonTokens(value: unknown): JsonToken[] {
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

  const write = (node: unknown, indent: string) => {
    if (node === null || node === undefined || typeof node === "function") {
      push("null", "null");
    } else if (typeof node === "string") {
      push("string", JSON.stringify(node));
    } else if (typeof node === "number") {
      // JSON has no NaN or Infinity; JSON.stringify writes null for them.
      push(Number.isFinite(node) ? "number" : "null", JSON.stringify(node));
    } else if (typeof node === "boolean") {
      push("boolean", String(node));
    } else if (Array.isArray(node)) {
      if (node.length === 0) return push("punctuation", "[]");
      const inner = `${indent}  `;
      push("punctuation", "[");
      node.forEach((item, index) => {
        push("space", `\n${inner}`);
        write(item, inner);
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
      const inner = `${indent}  `;
      push("punctuation", "{");
      entries.forEach(([key, child], index) => {
        push("space", `\n${inner}`);
        push("key", JSON.stringify(key));
        push("punctuation", ":");
        push("space", " ");
        write(child, inner);
        if (index < entries.length - 1) push("punctuation", ",");
      });
      push("space", `\n${indent}`);
      push("punctuation", "}");
    } else {
      // bigint and symbol never come out of JSON.parse; show them rather than drop them.
      push("string", JSON.stringify(String(node)));
    }
  };

  write(value, "");
  return tokens;
}
