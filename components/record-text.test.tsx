import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { ExpandableRecordText } from "./expandable-record-text";
import { RecordText } from "./record-text";

/** The server's HTML, without the comments React puts between neighbouring texts. */
function render(element: ReactElement): string {
  return renderToString(element).replaceAll("<!-- -->", "");
}

describe("RecordText", () => {
  it("draws markup in a value as text", () => {
    const html = render(<RecordText value={`<img src=x onerror="alert(1)">`} />);
    expect(html).toBe("<bdi>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</bdi>");
  });

  it("isolates the value and shows each hidden character by its code, marked", () => {
    const html = render(<RecordText value={"admin\u202Egnp.exe\u200B\u200B"} />);
    expect(html).toMatch(
      /^<bdi>admin<span [^>]*>⟨U\+202E⟩<\/span>gnp\.exe<span [^>]*>⟨U\+200B⟩⟨U\+200B⟩<\/span><\/bdi>$/,
    );
    expect(html).not.toMatch(/[\u202E\u200B]/);
  });

  it("cuts a long value with an ellipsis when told to", () => {
    const html = render(<RecordText value={"x".repeat(10_000)} max={300} />);
    expect(html).toBe(`<bdi>${"x".repeat(300)}…</bdi>`);
  });
});

describe("ExpandableRecordText", () => {
  it("shows a short value whole, with no button", () => {
    const html = render(<ExpandableRecordText value="ci-deployer" />);
    expect(html).toContain("ci-deployer");
    expect(html).not.toContain("<button");
  });

  it("shows the start of a long value and a button for all of it", () => {
    const value = "Mozilla/5.0 ".repeat(20_000);
    const html = render(<ExpandableRecordText value={value} limit={1_000} />);
    expect(html).toContain(`${value.slice(0, 1_000)}…`);
    expect(html).not.toContain(value.slice(0, 1_001));
    expect(html).toMatch(
      /<button [^>]*aria-expanded="false"[^>]*>Show all 240,000 characters<\/button>/,
    );
  });
});
