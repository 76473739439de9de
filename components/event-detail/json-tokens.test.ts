import { describe, expect, it } from "vitest";

import { SHOWN_DEPTH } from "@/lib/events/record-depth";
import { escapeHiddenInJson } from "@/lib/format/visible-text";

import { jsonTokens } from "./json-tokens";

const join = (value: unknown) =>
  jsonTokens(value)
    .map((token) => token.text)
    .join("");

describe("jsonTokens", () => {
  it("joins to exactly what JSON.stringify indents", () => {
    const record = {
      eventVersion: "1.09",
      userIdentity: { type: "IAMUser", sessionContext: {} },
      requestParameters: { userName: "ci-deployer", tags: [], ports: [22, 443], 'a"b': "<b>x</b>" },
      responseElements: null,
      readOnly: true,
      nested: [[{ a: [1, { b: false }] }], []],
    };
    expect(join(record)).toBe(JSON.stringify(record, null, 2));
    expect(join([])).toBe("[]");
    expect(join("text")).toBe('"text"');
  });

  it("tags keys, strings, numbers, booleans and null", () => {
    const kinds = jsonTokens({ k: "v", n: 1, b: false, z: null })
      .filter((token) => token.kind !== "punctuation" && token.kind !== "space")
      .map((token) => [token.kind, token.text]);
    expect(kinds).toEqual([
      ["key", '"k"'],
      ["string", '"v"'],
      ["key", '"n"'],
      ["number", "1"],
      ["key", '"b"'],
      ["boolean", "false"],
      ["key", '"z"'],
      ["null", "null"],
    ]);
  });

  it("keeps markup in values as text", () => {
    const strings = jsonTokens({ html: "<script>alert(1)</script>" }).filter(
      (token) => token.kind === "string",
    );
    expect(strings).toEqual([{ kind: "string", text: '"<script>alert(1)</script>"' }]);
  });
});

describe("jsonTokens with hostile records", () => {
  it("writes hidden characters in keys and strings as marked \\u escapes: the same JSON", () => {
    const record = { "note\u202E": "admin\u202Egnp.exe", zw: "a\u200Bb", tag: "\u{E0041}" };
    const tokens = jsonTokens(record);
    const text = join(record);
    expect(text).toBe(escapeHiddenInJson(JSON.stringify(record, null, 2)));
    expect(JSON.parse(text)).toEqual(record);
    expect(tokens.filter((token) => token.kind === "escape").map((token) => token.text)).toEqual([
      "\\u202e",
      "\\u202e",
      "\\u200b",
      "\\udb40\\udc41",
    ]);
    expect(text).not.toMatch(/[\u202E\u200B]/);
  });

  it("draws 5,000 levels of nesting down to SHOWN_DEPTH, then says the rest is too deep", () => {
    const deep = JSON.parse(`{"policy":${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}}`);
    const tokens = jsonTokens(deep);
    const elided = tokens.filter((token) => token.kind === "elided");
    expect(elided).toEqual([
      { kind: "elided", text: `⟨nested more than ${SHOWN_DEPTH} levels deep: not shown⟩` },
    ]);
    const keys = tokens.filter((token) => token.kind === "key").length;
    expect(keys).toBe(SHOWN_DEPTH);
  });

  it("cuts a very long string, saying how much is left out", () => {
    const value = { userAgent: "x".repeat(200_000), short: "y" };
    const tokens = jsonTokens(value, { maxString: 1_000 });
    expect(join({ short: "y" })).toBe(JSON.stringify({ short: "y" }, null, 2));
    const text = tokens.map((token) => token.text).join("");
    expect(text).toContain(`"${"x".repeat(1_000)}⟨199,000 more characters not shown⟩"`);
    expect(text.length).toBeLessThan(1_200);
    // The default draws any string an AWS policy can be whole.
    expect(join({ policy: "p".repeat(20_480) })).toBe(
      JSON.stringify({ policy: "p".repeat(20_480) }, null, 2),
    );
  });
});
