/**
 * Text from event records is written by whoever called AWS, attackers included. Characters
 * that draw nothing, or that reorder the text around them, would let such a value look like
 * something it is not: `admin\u202Egnp.exe` reads "adminexe.png", a zero-width space makes
 * two different user names look the same. The rule, applied here and nowhere else: such a
 * character is never drawn as itself. In text it is shown as a marked code, ⟨U+202E⟩; in
 * JSON as its `\u202e` escape, which is the same JSON value.
 *
 * Hidden: controls (C0, C1, DEL); format characters (bidirectional embeddings, overrides,
 * isolates and marks, zero-width spaces and joiners, the byte order mark, soft hyphen, tag
 * characters); lone surrogates; line and paragraph separators; every space other than
 * U+0020; and the characters that draw as a blank (Hangul fillers, the braille blank, the
 * combining grapheme joiner, variation selectors).
 */
const HIDDEN_CHARACTER =
  /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u034F\u115F\u1160\u3164\uFFA0\u2800\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;
const HIDDEN_RUNS = new RegExp(`${HIDDEN_CHARACTER.source}+`, "gu");

/** Whether the text holds a hidden character: most values do not, and are drawn as they are. */
export function hasHidden(text: string): boolean {
  return HIDDEN_CHARACTER.test(text);
}

/** One run of a text: as it is, or a run of hidden characters. */
export interface TextPart {
  text: string;
  hidden: boolean;
}

/** "U+202E": how a hidden character is named where it stood. */
export function codePointName(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The text in runs, hidden characters apart, so a component can mark them. */
export function splitHidden(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(HIDDEN_RUNS)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), hidden: false });
    parts.push({ text: match[0], hidden: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hidden: false });
  return parts;
}

/** Hidden characters as marked codes, for plain text: "admin⟨U+202E⟩gnp.exe". */
export function markHidden(hidden: string): string {
  return Array.from(hidden, (char) => `⟨${codePointName(char)}⟩`).join("");
}

/** The text with each hidden character written as ⟨U+XXXX⟩: for attributes and plain strings. */
export function visibleText(text: string): string {
  return text.replace(HIDDEN_RUNS, markHidden);
}

/** JSON's escape for each UTF-16 unit of the characters: "\u202e", "\udb40\udc41". */
export function jsonEscapes(hidden: string): string {
  let escaped = "";
  for (let i = 0; i < hidden.length; i++) {
    escaped += `\\u${hidden.charCodeAt(i).toString(16).padStart(4, "0")}`;
  }
  return escaped;
}

/**
 * JSON text with hidden characters written as `\u` escapes: the same JSON value, safe to read
 * in an editor or a terminal. Valid JSON holds raw tab, CR and LF only as whitespace between
 * tokens (inside strings they are escaped already), so those stay; any other hidden
 * character can only be inside a string, where an escape means the same.
 */
export function escapeHiddenInJson(json: string): string {
  return json.replace(HIDDEN_RUNS, (run) => run.replace(/[^\t\n\r]+/g, jsonEscapes));
}

/** The start of a text, at most `max` UTF-16 units without splitting a character, and how much is left. */
export function clipText(text: string, max: number): { text: string; omitted: number } {
  if (text.length <= max) return { text, omitted: 0 };
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return { text: text.slice(0, end), omitted: text.length - end };
}

/**
 * A short, visible rendering of a value for places that take only a string and cannot
 * scroll (a title, an aria-label, a message): hidden characters marked, cut with "…".
 */
export function visiblePreview(text: string, max = 200): string {
  const clipped = clipText(text, max);
  return `${visibleText(clipped.text)}${clipped.omitted > 0 ? "…" : ""}`;
}
