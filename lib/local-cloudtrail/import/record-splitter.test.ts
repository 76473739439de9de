import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { MAX_RECORD_CHARS, RecordSplitter, type SplitItem } from "./record-splitter";
import { splitInChunks, splitInPieces } from "./test-support";

// Strings that hold what the splitter looks for: brackets, braces, commas, quotes,
// backslashes (an escaped quote, a string that ends in a backslash), and non-ASCII text.
const RECORDS = [
  {
    eventVersion: "1.08",
    eventTime: "2024-01-01T00:00:00Z",
    eventName: "First",
    note: "brackets ]}[{ and, commas,, inside",
  },
  {
    eventTime: "2024-01-01T00:00:01Z",
    eventName: "Second",
    quote: 'she said "hi", then \\"left\\" ]',
    path: "C:\\logs\\",
    nested: { list: [1, [2, { x: "]" }]], empty: {}, none: [] },
  },
  {
    eventTime: "2024-01-01T00:00:02Z",
    eventName: "Third",
    tail: "\\",
    unicode: "é ☃ 𝄞 \u2028",
    escapes: '"\\"\\\\"',
  },
];

const lines = (records: readonly unknown[]) => records.map((r) => JSON.stringify(r)).join("\n");
const pretty = (value: unknown) => JSON.stringify(value, null, 2);
const crlf = (text: string) => text.replaceAll("\n", "\r\n");

const lookupEntries = RECORDS.map((record, i) => ({
  EventId: `id-${i}`,
  EventName: record.eventName,
  CloudTrailEvent: JSON.stringify(record),
}));

/** Every shape a log file comes in, with the elements the splitter must cut it into. */
const SHAPES: { name: string; text: string; elements: readonly unknown[] }[] = [
  { name: "Records object", text: JSON.stringify({ Records: RECORDS }), elements: RECORDS },
  { name: "Records object, pretty", text: pretty({ Records: RECORDS }), elements: RECORDS },
  {
    name: "Records object, spaced key",
    text: `{ "Records" :\n [ ${RECORDS.map((r) => JSON.stringify(r)).join(" ,\n ")} ] }\n`,
    elements: RECORDS,
  },
  {
    name: "Events object with NextToken after",
    text: JSON.stringify({ Events: lookupEntries, NextToken: 'tok]},{"Records":[{"x":1}]' }),
    elements: lookupEntries,
  },
  {
    name: "Events object, pretty, NextToken after",
    text: pretty({ Events: lookupEntries, NextToken: "next" }),
    elements: lookupEntries,
  },
  { name: "plain array", text: JSON.stringify(RECORDS), elements: RECORDS },
  { name: "plain array, pretty", text: JSON.stringify(RECORDS, null, 4), elements: RECORDS },
  { name: "one per line", text: `${lines(RECORDS)}\n`, elements: RECORDS },
  { name: "one per line, no final newline", text: lines(RECORDS), elements: RECORDS },
  {
    name: "one per line, blank lines between",
    text: `\n${RECORDS.map((r) => JSON.stringify(r)).join("\n\n  \n")}\n\n`,
    elements: RECORDS,
  },
  {
    name: "pretty records one after another",
    text: RECORDS.map((r) => pretty(r)).join("\n"),
    elements: RECORDS,
  },
  {
    name: "pretty records one after another, no separator",
    text: RECORDS.map((r) => pretty(r)).join(""),
    elements: RECORDS,
  },
  {
    name: "records one after another, two on a line",
    text: `${JSON.stringify(RECORDS[0])} ${JSON.stringify(RECORDS[1])}\n${JSON.stringify(RECORDS[2])} ${JSON.stringify(RECORDS[0])}`,
    elements: [...RECORDS, RECORDS[0]],
  },
  { name: "one per line, CRLF", text: crlf(`${lines(RECORDS)}\n`), elements: RECORDS },
  {
    name: "Records object, pretty, CRLF",
    text: crlf(pretty({ Records: RECORDS })),
    elements: RECORDS,
  },
  {
    name: "pretty records one after another, CRLF",
    text: crlf(RECORDS.map((r) => pretty(r)).join("\n")),
    elements: RECORDS,
  },
  {
    name: "Records object, BOM",
    text: `\uFEFF${JSON.stringify({ Records: RECORDS })}`,
    elements: RECORDS,
  },
  { name: "one per line, BOM", text: `\uFEFF${lines(RECORDS)}\n`, elements: RECORDS },
  {
    name: "plain array, BOM, CRLF",
    text: `\uFEFF${crlf(JSON.stringify(RECORDS, null, 2))}`,
    elements: RECORDS,
  },
  { name: "single pretty record", text: pretty(RECORDS[1]), elements: [RECORDS[1]] },
  { name: "single record on one line", text: JSON.stringify(RECORDS[2]), elements: [RECORDS[2]] },
  { name: "empty Records", text: '{"Records":[]}', elements: [] },
  { name: "empty array", text: "[ ]\n", elements: [] },
  { name: "empty file", text: "", elements: [] },
  { name: "whitespace only", text: " \n\t\r\n  ", elements: [] },
];

/**
 * Where each record starts, from the text itself: the record text is cut verbatim out of
 * the file, and its line is the line it starts on.
 */
function expectedPositions(text: string, items: readonly SplitItem[]) {
  let cursor = 0;
  return items.map((item, i) => {
    if (item.kind !== "record") return { index: i + 1 };
    const at = text.indexOf(item.text, cursor);
    expect(at, `record ${i + 1} is a verbatim piece of the file`).toBeGreaterThanOrEqual(0);
    cursor = at + item.text.length;
    return { index: i + 1, line: text.slice(0, at).split("\n").length };
  });
}

function recordsOf(items: readonly SplitItem[]): unknown[] {
  return items.map((item) => {
    expect(item.kind).toBe("record");
    return item.kind === "record" ? JSON.parse(item.text) : undefined;
  });
}

describe("RecordSplitter: the shapes of a log file", () => {
  it.each(SHAPES)(
    "cuts $name into its records, numbered, with the line each starts on",
    (shape) => {
      const items = splitInPieces(shape.text);
      expect(recordsOf(items)).toEqual(shape.elements);
      expect(items.map((item) => ({ index: item.index, line: item.line }))).toEqual(
        expectedPositions(shape.text, items),
      );
    },
  );

  it("numbers records and lines of a pretty Records object", () => {
    const text = pretty({ Records: [{ a: 1 }, { b: [1, 2] }] });
    // {
    //   "Records": [
    //     {            <- line 3
    //       "a": 1
    //     },
    //     {            <- line 6
    expect(splitInPieces(text)).toEqual([
      { kind: "record", text: '{\n      "a": 1\n    }', index: 1, line: 3 },
      {
        kind: "record",
        text: '{\n      "b": [\n        1,\n        2\n      ]\n    }',
        index: 2,
        line: 6,
      },
    ]);
  });

  it("numbers the lines of one record per line, blank lines included", () => {
    const text = '{"a":1}\r\n\r\n{"b":2}\n   {"c":3}\n';
    expect(splitInPieces(text)).toEqual([
      { kind: "record", text: '{"a":1}', index: 1, line: 1 },
      { kind: "record", text: '{"b":2}', index: 2, line: 3 },
      { kind: "record", text: '{"c":3}', index: 3, line: 4 },
    ]);
  });

  it("ignores what follows the Records array (the rest of the object)", () => {
    const text = '{"Records":[{"a":1}],"Extra":[{"not":"a record"}]}\n{"b":2}';
    expect(recordsOf(splitInPieces(text))).toEqual([{ a: 1 }]);
  });

  it("reads an object whose first member is not Records as one record", () => {
    const text = '{"eventName":"X","Records":[{"a":1}]}';
    expect(recordsOf(splitInPieces(text))).toEqual([{ eventName: "X", Records: [{ a: 1 }] }]);
  });

  it("reads an object whose first member is an array, not Records, as one record", () => {
    const text = `{"resources":[{"ARN":"arn:aws:s3:::b"}],${" ".repeat(80)}"eventName":"X"}`;
    expect(recordsOf(splitInPieces(text))).toEqual([
      { resources: [{ ARN: "arn:aws:s3:::b" }], eventName: "X" },
    ]);
  });
});

describe("RecordSplitter: chunk boundaries", () => {
  it.each(SHAPES)("gives the same records for $name fed in chunks of every size", (shape) => {
    const whole = splitInPieces(shape.text);
    for (let size = 1; size <= shape.text.length; size++) {
      expect(splitInChunks(shape.text, size), `chunks of ${size}`).toEqual(whole);
    }
  });

  it.each(SHAPES)("gives the same records for $name cut in two anywhere", (shape) => {
    const whole = splitInPieces(shape.text);
    for (let cut = 0; cut <= shape.text.length; cut++) {
      expect(splitInPieces(shape.text, [cut]), `cut at ${cut}`).toEqual(whole);
    }
  });

  it("gives the same records for any shape cut anywhere, any number of times", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SHAPES),
        fc.uniqueArray(fc.nat({ max: 10_000 }), { maxLength: 40 }),
        (shape, offsets) => {
          const cuts = offsets.map((o) => o % (shape.text.length + 1)).sort((a, b) => a - b);
          expect(splitInPieces(shape.text, cuts)).toEqual(splitInPieces(shape.text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("gives the same records for generated records in every shape and any cuts", () => {
    // Strings drawn from the characters the splitter treats specially.
    const tricky = fc.string({
      unit: fc.constantFrom("a", " ", ",", "[", "]", "{", "}", '"', "\\", "\n", ":", "é"),
      maxLength: 12,
    });
    const record = fc.dictionary(
      fc.constantFrom("eventName", "k", "[", '"', "\\"),
      fc.oneof(
        tricky,
        fc.array(tricky, { maxLength: 3 }),
        fc.dictionary(tricky, tricky, { maxKeys: 2 }),
      ),
      { minKeys: 1, maxKeys: 4 },
    );
    const shapes = [
      (rs: unknown[]) => JSON.stringify({ Records: rs }),
      (rs: unknown[]) => JSON.stringify(rs, null, 1),
      (rs: unknown[]) => rs.map((r) => JSON.stringify(r)).join("\r\n"),
      (rs: unknown[]) => rs.map((r) => JSON.stringify(r, null, 2)).join("\n"),
    ];
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 5 }),
        fc.nat({ max: shapes.length - 1 }),
        fc.uniqueArray(fc.nat({ max: 5_000 }), { maxLength: 20 }),
        (records, shape, offsets) => {
          const text = shapes[shape]!(records);
          const cuts = offsets.map((o) => o % (text.length + 1)).sort((a, b) => a - b);
          const items = splitInPieces(text, cuts);
          expect(recordsOf(items)).toEqual(records);
          expect(items.map((item) => ({ index: item.index, line: item.line }))).toEqual(
            expectedPositions(text, items),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it("keeps counting lines across a long file that it drops behind it", () => {
    // Far more than the splitter keeps in memory, so earlier text is dropped as it goes.
    const record = { eventName: "Filler", padding: "x".repeat(200) };
    const text = `${Array.from({ length: 2000 }, () => JSON.stringify(record)).join("\n")}\n`;
    const items = splitInChunks(text, 4093);
    expect(items).toHaveLength(2000);
    expect(items.at(-1)).toMatchObject({ index: 2000, line: 2000 });
    const prettyText = pretty({ Records: Array.from({ length: 2000 }, () => record) });
    const prettyItems = splitInChunks(prettyText, 4093);
    expect(prettyItems).toHaveLength(2000);
    // Each pretty record takes 4 lines after the 2 lines that open the object.
    expect(prettyItems.at(-1)).toMatchObject({ index: 2000, line: 3 + 4 * 1999 });
  });
});

describe("RecordSplitter: broken files", () => {
  it("reports a file cut short inside a record, after the records before it", () => {
    const text = `{"Records":[${JSON.stringify(RECORDS[0])},\n${JSON.stringify(RECORDS[1]).slice(0, 40)}`;
    const items = splitInPieces(text);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ kind: "record", index: 1, line: 1 });
    expect(items[1]).toEqual({
      kind: "problem",
      reason:
        "the file ends inside this record: the file is cut short, or a bracket or quote is missing",
      index: 2,
      line: 2,
    });
  });

  it("reports a file cut short inside a string, at any chunking", () => {
    const text = `[${JSON.stringify(RECORDS[0])}, {"eventName": "cut \\" here`;
    const whole = splitInPieces(text);
    expect(whole.map((item) => item.kind)).toEqual(["record", "problem"]);
    for (let size = 1; size <= text.length; size++)
      expect(splitInChunks(text, size)).toEqual(whole);
  });

  it("ends quietly when only the closing of a Records object is missing", () => {
    const text = `{"Records":[${JSON.stringify(RECORDS[0])}`;
    expect(recordsOf(splitInPieces(text))).toEqual([RECORDS[0]]);
  });

  it("gives a broken line of one record per line as its own record, and the lines after it", () => {
    const text = [
      JSON.stringify(RECORDS[0]),
      '{"eventName": "Broken", "list": [1, 2',
      JSON.stringify(RECORDS[1]),
      "not json at all ]}",
      JSON.stringify(RECORDS[2]),
    ].join("\n");
    const whole = splitInPieces(text);
    expect(whole).toEqual([
      { kind: "record", text: JSON.stringify(RECORDS[0]), index: 1, line: 1 },
      { kind: "record", text: '{"eventName": "Broken", "list": [1, 2', index: 2, line: 2 },
      { kind: "record", text: JSON.stringify(RECORDS[1]), index: 3, line: 3 },
      { kind: "record", text: "not json at all ]}", index: 4, line: 4 },
      { kind: "record", text: JSON.stringify(RECORDS[2]), index: 5, line: 5 },
    ]);
    for (let size = 1; size <= text.length; size++)
      expect(splitInChunks(text, size)).toEqual(whole);
  });

  it("gives a broken first line of one record per line as its own record, and the lines after it", () => {
    const text = [
      '{"eventName": "Broken", "list": [1, 2',
      JSON.stringify(RECORDS[0]),
      JSON.stringify(RECORDS[1]),
    ].join("\n");
    expect(splitInPieces(text)).toEqual([
      { kind: "record", text: '{"eventName": "Broken", "list": [1, 2', index: 1, line: 1 },
      { kind: "record", text: JSON.stringify(RECORDS[0]), index: 2, line: 2 },
      { kind: "record", text: JSON.stringify(RECORDS[1]), index: 3, line: 3 },
    ]);
  });

  it("gives text that is not JSON at all line by line, for the caller to reject", () => {
    expect(splitInPieces("hello world\nthis is, not [JSON\n")).toEqual([
      { kind: "record", text: "hello world", index: 1, line: 1 },
      { kind: "record", text: "this is, not [JSON", index: 2, line: 2 },
    ]);
  });

  it("gives garbage elements of an array as records of their own, for the caller to reject", () => {
    const text = `[${JSON.stringify(RECORDS[0])}, 42, "a string, with [brackets]", null, true, [1, {"a": "]"}], ${JSON.stringify(RECORDS[1])}]`;
    const items = splitInPieces(text);
    expect(items.map((item) => (item.kind === "record" ? item.text : item.reason))).toEqual([
      JSON.stringify(RECORDS[0]),
      "42",
      '"a string, with [brackets]"',
      "null",
      "true",
      '[1, {"a": "]"}]',
      JSON.stringify(RECORDS[1]),
    ]);
    expect(items.map((item) => item.index)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (let size = 1; size <= text.length; size += 7)
      expect(splitInChunks(text, size)).toEqual(items);
  });

  it("stops a file at a record longer than any real one, with one problem, at any chunking", () => {
    // The limit is checked while a record is still open at the end of a chunk, so a record
    // longer than the limit by more than a chunk is one it must stop at.
    const huge = `{"eventName":"Huge","padding":"${"x".repeat(MAX_RECORD_CHARS + (5 << 20))}"}`;
    const text = `[${JSON.stringify(RECORDS[0])},\n${huge},\n${JSON.stringify(RECORDS[1])}]`;
    for (const size of [1 << 20, 4 << 20]) {
      const items = splitInChunks(text, size);
      expect(items).toEqual([
        { kind: "record", text: JSON.stringify(RECORDS[0]), index: 1, line: 1 },
        {
          kind: "problem",
          reason: `this record is longer than ${MAX_RECORD_CHARS / 1024 / 1024} MB, which no CloudTrail record is; the rest of the file was not read`,
          index: 2,
          line: 2,
        },
      ]);
    }
  });

  it("reads nothing more once a file has stopped", () => {
    const splitter = new RecordSplitter();
    const items = splitter.push(`["${"x".repeat(MAX_RECORD_CHARS + 1)}`);
    expect(items.map((item) => item.kind)).toEqual(["problem"]);
    expect(splitter.push(`", ${JSON.stringify(RECORDS[0])}]`)).toEqual([]);
    expect(splitter.end()).toEqual([]);
  });
});
