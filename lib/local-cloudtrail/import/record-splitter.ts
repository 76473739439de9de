import "server-only";

/**
 * Cuts the text of a CloudTrail log file into the text of each record as it streams in,
 * so a file of any size is read with one record in memory at a time. It reads the shapes
 * CloudTrail records come in:
 * - `{"Records":[...]}` (S3 delivery) and `{"Events":[...]}` (LookupEvents output): the
 *   elements of that array, the rest of the object ignored;
 * - a JSON array of records;
 * - one record per line, or records written one after another (pretty-printed).
 * It finds where each record starts and ends (strings, nesting) without parsing it: the
 * caller parses each record on its own, so a broken record is reported and the next one
 * still read.
 */

export type SplitItem =
  | { kind: "record"; text: string; index: number; line: number }
  | { kind: "problem"; reason: string; index: number; line: number };

/** A record longer than this stops the file: nothing real comes near it (CloudTrail's are KBs). */
export const MAX_RECORD_CHARS = 8 * 1024 * 1024;

type Mode = "start" | "array" | "values" | "lines" | "done";

const CONTAINER = /^\{\s*"(?:Records|Events)"\s*:\s*\[/;
const CONTAINER_LOOKAHEAD = 64;

export class RecordSplitter {
  /** `probe`: reading one line only, to tell how a file is laid out (see onePerLine). */
  constructor(private readonly probe = false) {}

  private buf = "";
  private mode: Mode = "start";
  private ended = false;
  /** Start of the record being read, in `buf`; -1 between records. */
  private start = -1;
  /** Where scanning resumes, in `buf`. */
  private pos = 0;
  private depth = 0;
  /** The text so far ends inside a string of the record being read. */
  private inString = false;
  private index = 0;
  /** The line number at `linePos` in `buf`. */
  private line = 1;
  private linePos = 0;
  private stopped = false;

  push(text: string): SplitItem[] {
    if (this.stopped || this.mode === "done") return [];
    this.buf += text;
    const items: SplitItem[] = [];
    this.run(items);
    this.trim();
    return items;
  }

  end(): SplitItem[] {
    if (this.stopped || this.mode === "done") return [];
    this.ended = true;
    const items: SplitItem[] = [];
    this.run(items);
    if (
      this.start >= 0 &&
      !this.stopped &&
      this.mode === "array" &&
      this.depth === 0 &&
      !this.inString
    ) {
      // A whole last record, and only the array's closing bracket missing.
      this.emit(items, this.buf.slice(this.start).trim());
    } else if (this.start >= 0 && !this.stopped) {
      items.push(
        this.problem(
          "the file ends inside this record: the file is cut short, or a bracket or quote is missing",
        ),
      );
    }
    this.buf = "";
    return items;
  }

  private run(items: SplitItem[]): void {
    for (;;) {
      const before = this.pos;
      const progressed = this.step(items);
      if (this.stopped || this.mode === "done") return;
      if (!progressed && this.pos === before) return;
    }
  }

  /** One move forward; false when it needs more text. */
  private step(items: SplitItem[]): boolean {
    switch (this.mode) {
      case "start":
        return this.sniff();
      case "array":
        return this.start < 0 ? this.beginElement() : this.scanElement(items);
      case "values":
        return this.start < 0 ? this.beginValue() : this.scanValue(items);
      case "lines":
        return this.scanLine(items);
      case "done":
        return false;
    }
  }

  private sniff(): boolean {
    const at = this.skipSpace(this.pos);
    if (at === this.buf.length) return false;
    const char = this.buf[at];
    if (char === "[") {
      this.pos = at + 1;
      this.mode = "array";
      return true;
    }
    if (char === "{") {
      const head = this.buf.slice(at, at + CONTAINER_LOOKAHEAD);
      const match = CONTAINER.exec(head);
      if (match) {
        this.pos = at + match[0].length;
        this.mode = "array";
        return true;
      }
      if (
        head.length < CONTAINER_LOOKAHEAD &&
        !this.ended &&
        !/^\{\s*"[^"]*"\s*:\s*[^\s[]/.test(head)
      )
        return false;
      if (!this.probe) {
        const lines = this.onePerLine(at);
        if (lines === undefined) return false;
        this.pos = at;
        this.mode = lines ? "lines" : "values";
        return true;
      }
    }
    this.pos = at;
    this.mode = "values";
    return true;
  }

  /**
   * Whether a file that starts with an object at `at` holds one record per line, which is
   * read line by line so that a broken line cannot swallow the lines after it: its first
   * line is one value, or one left open (a broken record), and the next line starts with
   * another. Undefined until the text shows the start of the second line.
   */
  private onePerLine(at: number): boolean | undefined {
    const newline = this.buf.indexOf("\n", at);
    if (newline < 0)
      return this.ended || this.buf.length - at > MAX_RECORD_CHARS ? false : undefined;
    let next = newline + 1;
    while (next < this.buf.length && (this.buf[next] === "\n" || this.buf[next] === "\r")) next++;
    if (next === this.buf.length) return this.ended ? false : undefined;
    const firstLine = this.buf.slice(at, newline).trim();
    if (this.buf[next] !== "{" || firstLine === "{") return false;
    const probe = new RecordSplitter(true);
    return [...probe.push(firstLine), ...probe.end()].length === 1;
  }

  private beginElement(): boolean {
    let at = this.pos;
    while (at < this.buf.length && (isSpace(this.buf.charCodeAt(at)) || this.buf[at] === ",")) at++;
    this.pos = at;
    if (at === this.buf.length) return false;
    if (this.buf[at] === "]" || this.buf[at] === "}") {
      // The array is closed: whatever follows (a NextToken, a closing brace) is not records.
      this.mode = "done";
      return true;
    }
    this.open(at);
    return true;
  }

  private scanElement(items: SplitItem[]): boolean {
    const end = this.scan(true);
    if (end === undefined) return this.checkSize(items);
    this.emit(items, this.buf.slice(this.start, end).trim());
    this.pos = end;
    return true;
  }

  private beginValue(): boolean {
    const at = this.skipSpace(this.pos);
    this.pos = at;
    if (at === this.buf.length) return false;
    this.open(at);
    return true;
  }

  private scanValue(items: SplitItem[]): boolean {
    const first = this.buf[this.start];
    let end: number | undefined;
    if (first === "{" || first === "[") {
      end = this.scan(false);
    } else {
      // Not an object or array: the value (to be reported) runs to the end of its line.
      const newline = this.buf.indexOf("\n", this.pos);
      end = newline >= 0 ? newline : this.ended ? this.buf.length : undefined;
    }
    if (end === undefined) return this.checkSize(items);
    this.emit(items, this.buf.slice(this.start, end).trim());
    this.pos = end;
    return true;
  }

  private scanLine(items: SplitItem[]): boolean {
    const at = this.skipSpace(this.pos);
    if (at === this.buf.length) {
      this.pos = at;
      return false;
    }
    if (this.start < 0) this.open(at);
    const newline = this.buf.indexOf("\n", at);
    if (newline < 0 && !this.ended) return this.checkSize(items);
    const end = newline < 0 ? this.buf.length : newline;
    this.emit(items, this.buf.slice(this.start, end).trim());
    this.pos = end;
    return true;
  }

  /**
   * Scans the record that starts at `start` from `pos` to its end: the index just past it,
   * or undefined when the text so far ends inside it. In an array, a comma or the closing
   * bracket at depth 0 ends an element; otherwise the bracket that closes the record does.
   */
  private scan(inArray: boolean): number | undefined {
    // A plain loop over character codes: several times faster here than a regular
    // expression for the next bracket plus indexOf for the end of each string.
    const buf = this.buf;
    const length = buf.length;
    let i = this.pos;
    let inString = this.inString;
    this.inString = false;
    for (; i < length; i++) {
      const code = buf.charCodeAt(i);
      if (inString) {
        if (code === 0x5c) {
          // An escape: the next character is part of the string, whatever it is.
          if (i + 1 === length) break;
          i++;
        } else if (code === 0x22) {
          inString = false;
        }
        continue;
      }
      switch (code) {
        case 0x22:
          inString = true;
          break;
        case 0x7b:
        case 0x5b:
          this.depth++;
          break;
        case 0x7d:
        case 0x5d:
          if (this.depth === 0) return i;
          this.depth--;
          if (this.depth === 0 && !inArray) return i + 1;
          break;
        case 0x2c:
          if (inArray && this.depth === 0) return i;
      }
    }
    // The text ends inside the record (and perhaps inside a string, or after a backslash,
    // which is read again with what follows).
    this.pos = i;
    this.inString = inString;
    return undefined;
  }

  private open(at: number): void {
    this.start = at;
    this.pos = at;
    this.depth = 0;
    this.inString = false;
    this.index++;
    this.line += countNewlines(this.buf, this.linePos, at);
    this.linePos = at;
  }

  private emit(items: SplitItem[], text: string): void {
    items.push({ kind: "record", text, index: this.index, line: this.line });
    this.start = -1;
  }

  private problem(reason: string): SplitItem {
    return { kind: "problem", reason, index: this.index, line: this.line };
  }

  /** Waits for more text, unless the record has grown past any real one. */
  private checkSize(items: SplitItem[]): boolean {
    if (this.buf.length - this.start > MAX_RECORD_CHARS) {
      this.stopped = true;
      this.buf = "";
      items.push(
        this.problem(
          `this record is longer than ${MAX_RECORD_CHARS / 1024 / 1024} MB, which no CloudTrail record is; the rest of the file was not read`,
        ),
      );
    }
    return false;
  }

  /** Drops the text before the record being read, keeping line counting in step. */
  private trim(): void {
    const keep = this.start >= 0 ? this.start : this.pos;
    if (keep < 1 << 16) return;
    this.line += countNewlines(this.buf, this.linePos, keep);
    this.buf = this.buf.slice(keep);
    this.pos -= keep;
    if (this.start >= 0) this.start -= keep;
    this.linePos = 0;
  }

  private skipSpace(at: number): number {
    while (at < this.buf.length && isSpace(this.buf.charCodeAt(at))) at++;
    return at;
  }
}

function isSpace(code: number): boolean {
  // Space, tab, line breaks, and a byte order mark at the start of a file.
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xfeff;
}

function countNewlines(buf: string, from: number, to: number): number {
  let count = 0;
  for (let at = from; at < to; at++) if (buf.charCodeAt(at) === 0x0a) count++;
  return count;
}
