import { describe, expect, it } from "vitest";

import { eventRefProblems } from "./event-ref";

const REGIONS = ["us-east-1", "eu-west-1"];

describe("eventRefProblems", () => {
  it("accepts a dashboard region and an event ID", () => {
    expect(eventRefProblems("us-east-1", "0d7e5c2a-9b1f-4c3e-8a6d-123456789abc", REGIONS)).toEqual(
      [],
    );
  });

  it("names a region that is not one, or not the dashboard's, and a bad ID", () => {
    expect(eventRefProblems("mars", "x", REGIONS)).toEqual([
      "“mars” is not an AWS region name (such as us-east-1).",
    ]);
    expect(eventRefProblems("ap-south-1", "x", REGIONS)).toEqual([
      "ap-south-1 is not one of this dashboard's regions (us-east-1, eu-west-1).",
    ]);
    expect(eventRefProblems("us-east-1", "a_b", REGIONS)).toEqual([
      "“a_b” is not an event ID: IDs are up to 128 letters, digits and dashes.",
    ]);
    expect(eventRefProblems("us-east-1", "a".repeat(129), REGIONS)).toHaveLength(1);
  });
});
