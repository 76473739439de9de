import { describe, expect, it } from "vitest";

import {
  clipText,
  escapeHiddenInJson,
  splitHidden,
  visiblePreview,
  visibleText,
} from "./visible-text";

describe("visibleText", () => {
  it("marks bidirectional overrides, isolates and marks, so they cannot reorder a name", () => {
    expect(visibleText("admin\u202Egnp.exe")).toBe("admin⟨U+202E⟩gnp.exe");
    expect(
      visibleText("\u2066a\u2067b\u2068c\u2069\u200E\u200F\u061C\u202A\u202B\u202C\u202D"),
    ).toBe(
      "⟨U+2066⟩a⟨U+2067⟩b⟨U+2068⟩c⟨U+2069⟩⟨U+200E⟩⟨U+200F⟩⟨U+061C⟩⟨U+202A⟩⟨U+202B⟩⟨U+202C⟩⟨U+202D⟩",
    );
  });

  it("marks invisible and control characters, and spaces that are not U+0020", () => {
    expect(visibleText("a\u200Bb\u200Dc\uFEFFd\u00ADe")).toBe(
      "a⟨U+200B⟩b⟨U+200D⟩c⟨U+FEFF⟩d⟨U+00AD⟩e",
    );
    expect(visibleText("x\u0000\u0007\t\n\r\u001B\u007F\u0085y")).toBe(
      "x⟨U+0000⟩⟨U+0007⟩⟨U+0009⟩⟨U+000A⟩⟨U+000D⟩⟨U+001B⟩⟨U+007F⟩⟨U+0085⟩y",
    );
    expect(visibleText("a\u00A0b\u2003c\u3000d\u2028e\u2029f")).toBe(
      "a⟨U+00A0⟩b⟨U+2003⟩c⟨U+3000⟩d⟨U+2028⟩e⟨U+2029⟩f",
    );
    // Tag characters (invisible ASCII look-alikes) are astral: one mark per code point.
    expect(visibleText("ok\u{E0041}\u{E0042}")).toBe("ok⟨U+E0041⟩⟨U+E0042⟩");
    expect(visibleText("\u3164\u2800\uFE0F")).toBe("⟨U+3164⟩⟨U+2800⟩⟨U+FE0F⟩");
    // A lone surrogate is no character at all.
    expect(visibleText("a\uD800b")).toBe("a⟨U+D800⟩b");
  });

  it("leaves ordinary text alone, other scripts and emoji included", () => {
    for (const text of [
      "arn:aws:iam::123456789012:user/ci-deployer",
      "aws-cli/2.15.0 Python/3.11.6 Linux/6.5 exe/x86_64.kali.2023",
      "Müller Ñandú 東京 שלום مرحبا 🚀",
      "<script>alert(1)</script>",
      "",
    ]) {
      expect(visibleText(text)).toBe(text);
      expect(splitHidden(text).every((part) => !part.hidden)).toBe(true);
    }
  });
});

describe("splitHidden", () => {
  it("splits a text into runs, each run of hidden characters on its own", () => {
    expect(splitHidden("\u202Eab\u200B\u200Cc\u2069")).toEqual([
      { text: "\u202E", hidden: true },
      { text: "ab", hidden: false },
      { text: "\u200B\u200C", hidden: true },
      { text: "c", hidden: false },
      { text: "\u2069", hidden: true },
    ]);
    expect(splitHidden("plain")).toEqual([{ text: "plain", hidden: false }]);
    expect(splitHidden("")).toEqual([]);
  });

  it("joined back, gives the text it was given", () => {
    const text = "x\u202E\u{E0041}y\u0000z\u00A0";
    expect(
      splitHidden(text)
        .map((part) => part.text)
        .join(""),
    ).toBe(text);
  });
});

describe("escapeHiddenInJson", () => {
  it("escapes hidden characters inside strings and keeps the same JSON value", () => {
    const value = {
      "key\u202E": "admin\u202Egnp.exe",
      zw: "a\u200Bb",
      tag: "\u{E0041}",
      c1: "\u0085",
      nested: ["\u2066x\u2069", 1, null],
    };
    for (const json of [JSON.stringify(value), JSON.stringify(value, null, 2)]) {
      const escaped = escapeHiddenInJson(json);
      expect(visibleText(escaped.replace(/[\t\n\r]/g, ""))).toBe(escaped.replace(/[\t\n\r]/g, ""));
      expect(escaped).toContain("admin\\u202egnp.exe");
      expect(escaped).toContain('"\\udb40\\udc41"');
      expect(JSON.parse(escaped)).toEqual(value);
    }
  });

  it("keeps JSON's own whitespace, so indented JSON stays indented", () => {
    const json = JSON.stringify({ a: "line\nbreak", b: "\t" }, null, 2);
    expect(escapeHiddenInJson(json)).toBe(json);
  });
});

describe("clipText and visiblePreview", () => {
  it("cuts long text without splitting a character, and says how much is left", () => {
    expect(clipText("abcdef", 4)).toEqual({ text: "abcd", omitted: 2 });
    expect(clipText("abc", 4)).toEqual({ text: "abc", omitted: 0 });
    // 🚀 is two UTF-16 units: cutting between them would leave half a character.
    expect(clipText("ab🚀cd", 3)).toEqual({ text: "ab", omitted: 4 });
  });

  it("gives a short marked preview for attributes", () => {
    expect(visiblePreview("a".repeat(300), 10)).toBe(`${"a".repeat(10)}…`);
    expect(visiblePreview("user\u202Egnp.exe")).toBe("user⟨U+202E⟩gnp.exe");
    expect(visiblePreview("x".repeat(200_000)).length).toBe(201);
  });
});
