import { describe, expect, it } from "vitest";

import { exportFileName } from "./export-file-name";

describe("exportFileName", () => {
  it("names the file after the UTC minute of the export", () => {
    const now = new Date("2026-11-24T15:30:59.999Z");
    expect(exportFileName("csv", now)).toBe("trailscope-events-2026-11-24T1530Z.csv");
    expect(exportFileName("json", now)).toBe("trailscope-events-2026-11-24T1530Z.json");
  });
});
