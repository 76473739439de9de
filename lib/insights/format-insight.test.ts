import { describe, expect, it } from "vitest";

import { formatMinutes } from "@/lib/format/format-duration";

import {
  attributionValueLabel,
  formatRate,
  formatRates,
  formatRatio,
  insightMinutes,
  insightTypeLabel,
} from "./format-insight";

describe("insight formatting", () => {
  it("names the two types", () => {
    expect(insightTypeLabel("ApiCallRateInsight")).toBe("API call rate");
    expect(insightTypeLabel("ApiErrorRateInsight")).toBe("API error rate");
  });

  it("keeps tiny baselines readable", () => {
    expect(formatRate(4.333333)).toBe("4.33");
    expect(formatRate(0.0041)).toBe("0.0041");
    expect(formatRate(0.0006)).toBe("0.0006");
    expect(formatRate(0.012)).toBe("0.012");
    expect(formatRate(0.25)).toBe("0.25");
    expect(formatRate(0)).toBe("0");
    expect(formatRate(1234.5)).toBe("1,234.50");
  });

  it("compares with the baseline, or says there was none", () => {
    const call = { type: "ApiCallRateInsight" as const, insightAverage: 4.333333 };
    expect(formatRatio({ ...call, baselineAverage: 0.0041 })).toBe("1,057× baseline");
    expect(formatRatio({ ...call, baselineAverage: 1 })).toBe("4.3× baseline");
    expect(formatRatio({ ...call, baselineAverage: 0 })).toBeNull();
    expect(formatRates({ ...call, baselineAverage: 0.0041 })).toBe(
      "4.33 calls/min vs baseline 0.0041",
    );
    expect(
      formatRates({ type: "ApiErrorRateInsight", insightAverage: 5, baselineAverage: 0 }),
    ).toBe("5.00 errors/min vs none before");
  });

  it("writes durations in minutes, hours and days", () => {
    expect(formatMinutes(6)).toBe("6 min");
    expect(formatMinutes(82)).toBe("1 h 22 min");
    expect(formatMinutes(120)).toBe("2 h");
    expect(formatMinutes(10349)).toBe("7 d 4 h");
    expect(insightMinutes({ start: "2026-01-01T00:00:00Z", end: "2026-01-01T00:14:00Z" })).toBe(14);
    expect(insightMinutes({ start: "2026-01-01T00:00:00Z" })).toBeUndefined();
  });

  it("reads CloudTrail's null error code as no error", () => {
    expect(attributionValueLabel("errorCode", "null")).toBe("No error");
    expect(attributionValueLabel("userAgent", "null")).toBe("null");
  });
});
