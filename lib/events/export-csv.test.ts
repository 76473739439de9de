import { describe, expect, it } from "vitest";

import { csvField, eventsToCsv } from "./export-csv";
import type { TrailEvent } from "./trail-event";

function event(overrides: Partial<TrailEvent> = {}): TrailEvent {
  return {
    id: "e1",
    name: "ConsoleLogin",
    time: "2026-11-24T13:45:12.000Z",
    source: "signin.amazonaws.com",
    region: "us-east-1",
    username: "alice.nguyen",
    resources: [],
    sourceIp: "198.51.100.7",
    record: { requestParameters: { bucketName: "logs" } },
    ...overrides,
  };
}

describe("csvField", () => {
  it("leaves plain text alone", () => {
    expect(csvField("ConsoleLogin")).toBe("ConsoleLogin");
    expect(csvField("")).toBe("");
    expect(csvField("a b;c")).toBe("a b;c");
  });

  it("quotes text with commas, quotes or line breaks, doubling the quotes", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("line1\nline2")).toBe('"line1\nline2"');
    expect(csvField("line1\r\nline2")).toBe('"line1\r\nline2"');
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tcmd")).toBe("'\tcmd");
    expect(csvField("\rcmd")).toBe('"\'\rcmd"');
    expect(csvField("\0=1+1")).toBe("'\0=1+1");
    expect(csvField("a=b")).toBe("a=b");
    expect(csvField(" =1+1")).toBe(" =1+1");
  });
});

describe("eventsToCsv", () => {
  it("writes a header of column labels and one CRLF-ended row per event", () => {
    const csv = eventsToCsv(
      [event(), event({ id: "e2", name: "GetObject", username: undefined })],
      ["eventTime", "eventName", "username", "requestParameters.bucketName"],
    );
    expect(csv).toBe(
      [
        "Time,Event name,User name,requestParameters.bucketName",
        "2026-11-24T13:45:12.000Z,ConsoleLogin,alice.nguyen,logs",
        "2026-11-24T13:45:12.000Z,GetObject,,logs",
        "",
      ].join("\r\n"),
    );
  });

  it("quotes and defuses values from the record", () => {
    const csv = eventsToCsv(
      [
        event({
          userAgent: '=cmd|" /C calc"!A0',
          resources: [
            { type: "AWS::S3::Bucket", name: "a" },
            { type: "AWS::S3::Object", name: "b\nc" },
          ],
        }),
      ],
      ["userAgent", "resources", "requestParameters"],
    );
    const [, row] = csv.split("\r\n");
    expect(row).toBe(
      [
        '"\'=cmd|"" /C calc""!A0"',
        '"AWS::S3::Bucket a, AWS::S3::Object b\nc"',
        '"{""bucketName"":""logs""}"',
      ].join(","),
    );
  });

  it("writes only the header for no events", () => {
    expect(eventsToCsv([], ["eventName", "-odd"])).toBe("Event name,'-odd\r\n");
  });
});
