import { describe, expect, it } from "vitest";

import { exportFileName } from "./export-file-name";

describe("exportFileName", () => {
  it("names the file after the UTC minute of the export", () => {
    const now = new Date("2026-11-24T15:30:59.999Z");
    expect(exportFileName("csv", now)).toBe("trailscope-events-2026-11-24T1530Z.csv");
    expect(exportFileName("json", now)).toBe("trailscope-events-2026-11-24T1530Z.json");
  });

  it("ends a log file's name in .json.gz, as CloudTrail's log files end", () => {
    const now = new Date("2026-01-02T03:04:05.000+01:00");
    expect(exportFileName("json.gz", now)).toBe("trailscope-events-2026-01-02T0204Z.json.gz");
  });
});
