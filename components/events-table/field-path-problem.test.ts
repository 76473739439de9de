import { describe, expect, it } from "vitest";

import { moveColumn } from "./column-order";
import { fieldPathProblem } from "./field-path-problem";

describe("fieldPathProblem", () => {
  it("accepts record paths and built-in columns not yet shown", () => {
    expect(fieldPathProblem("requestParameters.bucketName", ["eventName"])).toBeNull();
    expect(fieldPathProblem("userAgent", ["eventName"])).toBeNull();
  });

  it("explains an empty, malformed or already shown path", () => {
    expect(fieldPathProblem("", [])).toMatch(/Type a field path/);
    expect(fieldPathProblem("request parameters", [])).toMatch(/is not a field path/);
    expect(fieldPathProblem("a..b", [])).toMatch(/is not a field path/);
    expect(fieldPathProblem("eventName", ["eventName"])).toBe("“Event name” is already a column.");
  });
});

describe("moveColumn", () => {
  it("moves a column up or down, leaving the input alone", () => {
    const columns = ["a", "b", "c"];
    expect(moveColumn(columns, 2, 1)).toEqual(["a", "c", "b"]);
    expect(moveColumn(columns, 0, 1)).toEqual(["b", "a", "c"]);
    expect(columns).toEqual(["a", "b", "c"]);
  });
});
