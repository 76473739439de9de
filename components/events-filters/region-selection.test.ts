import { describe, expect, it } from "vitest";

import { regionSummary, toggleRegion } from "./region-selection";

const regions = ["us-east-1", "us-west-2", "eu-west-1"];

describe("regionSummary", () => {
  it("names one region, counts several, and says all", () => {
    expect(regionSummary(["us-west-2"], regions)).toBe("us-west-2");
    expect(regionSummary(["us-west-2", "eu-west-1"], regions)).toBe("2 regions");
    expect(regionSummary("all", regions)).toBe("All regions");
  });
});

describe("toggleRegion", () => {
  it("adds and removes regions in the dashboard's order", () => {
    expect(toggleRegion(["eu-west-1"], regions, "us-east-1", true)).toEqual([
      "us-east-1",
      "eu-west-1",
    ]);
    expect(toggleRegion(["us-east-1", "eu-west-1"], regions, "us-east-1", false)).toEqual([
      "eu-west-1",
    ]);
  });

  it("keeps at least one region", () => {
    expect(toggleRegion(["eu-west-1"], regions, "eu-west-1", false)).toBe(null);
  });

  it("turns all into the others when one is unticked, and a full list stays a list", () => {
    expect(toggleRegion("all", regions, "us-west-2", false)).toEqual(["us-east-1", "eu-west-1"]);
    expect(toggleRegion(["us-east-1", "eu-west-1"], regions, "us-west-2", true)).toEqual(regions);
  });
});
