import { describe, expect, it } from "vitest";

import type { ImportSummary } from "@/lib/import/import-report";

import { combineSummaries } from "./combine-summaries";

function summary(overrides: Partial<ImportSummary>): ImportSummary {
  return {
    loaded: 0,
    duplicates: 0,
    rejected: 0,
    filesDone: 1,
    bytesRead: 0,
    elapsedMs: 0,
    rejections: [],
    rejectionsOmitted: 0,
    skipped: [],
    accounts: [],
    regions: [],
    ...overrides,
  };
}

describe("combineSummaries", () => {
  it("adds up the counts and joins what the files held", () => {
    const all = combineSummaries([
      summary({
        loaded: 3,
        rejected: 1,
        rejections: [{ file: "a.json", record: 2, reason: "no eventName" }],
        accounts: ["1"],
        regions: ["us-east-1"],
        firstEventTime: 10,
        lastEventTime: 20,
      }),
      summary({
        duplicates: 4,
        skipped: [{ file: "b.json", reason: "a digest file" }],
        accounts: ["1", "2"],
        regions: ["eu-west-1"],
        firstEventTime: 5,
        lastEventTime: 15,
      }),
      summary({}),
    ]);
    expect(all).toMatchObject({
      loaded: 3,
      duplicates: 4,
      rejected: 1,
      filesDone: 3,
      accounts: ["1", "2"],
      regions: ["eu-west-1", "us-east-1"],
      firstEventTime: 5,
      lastEventTime: 20,
    });
    expect(all.rejections).toHaveLength(1);
    expect(all.skipped).toHaveLength(1);
  });
});
