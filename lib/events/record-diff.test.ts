import { describe, expect, it } from "vitest";

import { SHOWN_DEPTH } from "./record-depth";
import { diffRecords, flattenRecord, formatLeaf } from "./record-diff";

describe("flattenRecord", () => {
  it("names nested objects with dots and array items with indexes", () => {
    const leaves = flattenRecord({
      eventName: "AuthorizeSecurityGroupIngress",
      requestParameters: {
        groupId: "sg-0abc",
        ipPermissions: {
          items: [
            { ipProtocol: "tcp", fromPort: 22, ipRanges: { items: [{ cidrIp: "0.0.0.0/0" }] } },
          ],
        },
      },
      readOnly: false,
      errorCode: null,
    });
    expect([...leaves]).toEqual([
      ["eventName", "AuthorizeSecurityGroupIngress"],
      ["requestParameters.groupId", "sg-0abc"],
      ["requestParameters.ipPermissions.items[0].ipProtocol", "tcp"],
      ["requestParameters.ipPermissions.items[0].fromPort", 22],
      ["requestParameters.ipPermissions.items[0].ipRanges.items[0].cidrIp", "0.0.0.0/0"],
      ["readOnly", false],
      ["errorCode", null],
    ]);
  });

  it("keeps empty objects and arrays as values, since nothing below them would show", () => {
    const leaves = flattenRecord({ sessionIssuer: {}, dataResources: [], list: [[]] });
    expect([...leaves]).toEqual([
      ["sessionIssuer", { empty: "object" }],
      ["dataResources", { empty: "array" }],
      ["list[0]", { empty: "array" }],
    ]);
  });

  it("quotes keys that a dot or bracket would make ambiguous", () => {
    const leaves = flattenRecord({ tags: { "a.b": 1, "has space": 2, "x-amz-id-2": 3 } });
    expect([...leaves.keys()]).toEqual(['tags["a.b"]', 'tags["has space"]', "tags.x-amz-id-2"]);
  });

  it("flattens top-level arrays from index zero", () => {
    expect([...flattenRecord([{ a: 1 }, 2]).keys()]).toEqual(["[0].a", "[1]"]);
  });
});

describe("diffRecords", () => {
  it("lines up paths, one value per record, and marks the differing ones", () => {
    const rows = diffRecords([
      {
        eventName: "GetUser",
        userIdentity: { userName: "ci-deployer" },
        errorCode: "AccessDenied",
      },
      { eventName: "ListUsers", userIdentity: { userName: "ci-deployer" } },
    ]);
    expect(rows).toEqual([
      { path: "eventName", values: ["GetUser", "ListUsers"], differs: true },
      {
        path: "userIdentity.userName",
        values: ["ci-deployer", "ci-deployer"],
        differs: false,
      },
      { path: "errorCode", values: ["AccessDenied", undefined], differs: true },
    ]);
  });

  it("places a path only a later record has beside its siblings", () => {
    const rows = diffRecords([
      { a: 1, c: 3 },
      { a: 1, b: 2, c: 3, d: 4 },
    ]);
    expect(rows.map((row) => row.path)).toEqual(["a", "b", "c", "d"]);
    expect(rows.map((row) => row.differs)).toEqual([false, true, false, true]);
  });

  it("keeps a part of the record together when one record has it empty", () => {
    const rows = diffRecords([
      { eventName: "GetCallerIdentity", requestParameters: null, requestID: "r1" },
      { eventName: "GetUser", errorCode: "AccessDenied", requestParameters: { userName: "u" } },
    ]);
    expect(rows.map((row) => row.path)).toEqual([
      "eventName",
      "errorCode",
      "requestParameters",
      "requestParameters.userName",
      "requestID",
    ]);
  });

  it("tells a missing value, null, a string and a number apart", () => {
    const rows = diffRecords([{ v: null }, { v: "null" }, {}, { v: 1 }, { v: "1" }]);
    expect(rows).toHaveLength(1);
    expect(rows[0].values).toEqual([null, "null", undefined, 1, "1"]);
    expect(rows[0].differs).toBe(true);
    expect(diffRecords([{ v: null }, { v: null }])[0].differs).toBe(false);
  });

  it("compares array items by position", () => {
    const rows = diffRecords([{ items: ["a", "b"] }, { items: ["a"] }]);
    expect(rows).toEqual([
      { path: "items[0]", values: ["a", "a"], differs: false },
      { path: "items[1]", values: ["b", undefined], differs: true },
    ]);
  });

  it("finds no differences in a single record", () => {
    expect(diffRecords([{ a: 1, b: { c: [] } }]).every((row) => !row.differs)).toBe(true);
  });
});

describe("formatLeaf", () => {
  it("writes strings as they are and the rest as JSON does", () => {
    expect(formatLeaf("ci-deployer")).toBe("ci-deployer");
    expect(formatLeaf(22)).toBe("22");
    expect(formatLeaf(false)).toBe("false");
    expect(formatLeaf(null)).toBe("null");
    expect(formatLeaf({ empty: "array" })).toBe("[]");
    expect(formatLeaf({ empty: "object" })).toBe("{}");
  });
});

describe("records nested too deeply", () => {
  const deep = (levels: number, bottom: string) =>
    JSON.parse(`{"policy":${'{"a":'.repeat(levels)}"${bottom}"${"}".repeat(levels)}}`);

  it("stops flattening at SHOWN_DEPTH, without overflowing on 5,000 levels", () => {
    const leaves = flattenRecord({ requestParameters: deep(5_000, "bottom") });
    expect(leaves.size).toBe(1);
    const [[path, value]] = [...leaves];
    expect(path.split(".")).toHaveLength(SHOWN_DEPTH);
    expect(value).toEqual({ tooDeep: true });
    expect(formatLeaf({ tooDeep: true })).toBe("⟨nested too deeply to show⟩");
  });

  it("never calls what it could not compare the same", () => {
    const rows = diffRecords([deep(100, "x"), deep(100, "y"), { policy: {} }]);
    const tooDeep = rows.filter((row) =>
      row.values.some((value) => typeof value === "object" && value !== null && "tooDeep" in value),
    );
    expect(tooDeep).toHaveLength(1);
    expect(tooDeep[0].differs).toBe(true);
    expect(diffRecords([deep(100, "x"), deep(100, "x")]).every((row) => row.differs)).toBe(true);
  });
});
