import { describe, expect, it } from "vitest";

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
