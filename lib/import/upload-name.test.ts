import { describe, expect, it } from "vitest";

import { MAX_UPLOAD_NAME, parseUploadName } from "./upload-name";

describe("parseUploadName", () => {
  it("takes a file's name, and a path in CloudTrail's layout", () => {
    expect(parseUploadName("trail log (2).json.gz")).toEqual({
      ok: true,
      name: "trail log (2).json.gz",
    });
    const layout =
      "AWSLogs/123456789012/CloudTrail/eu-west-1/2024/05/01/123456789012_CloudTrail_eu-west-1_20240501T0000Z_abc.json.gz";
    expect(parseUploadName(layout)).toEqual({ ok: true, name: layout });
    expect(parseUploadName("журнал-événements.json")).toMatchObject({ ok: true });
  });

  it("refuses a missing, overlong or disguised name", () => {
    expect(parseUploadName(null)).toMatchObject({ ok: false });
    expect(parseUploadName("")).toMatchObject({ ok: false });
    expect(parseUploadName("a".repeat(MAX_UPLOAD_NAME + 1))).toMatchObject({ ok: false });
    expect(parseUploadName("a".repeat(MAX_UPLOAD_NAME))).toMatchObject({ ok: true });
    for (const hidden of ["log\u202Enosj.exe", "log\u200B.json", "a\nb.json", "a\u0000.json"]) {
      expect(parseUploadName(hidden), JSON.stringify(hidden)).toMatchObject({ ok: false });
    }
  });
});
