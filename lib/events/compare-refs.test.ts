import { describe, expect, it } from "vitest";

import { parseCompareRefs } from "./compare-refs";

const REGIONS = ["us-east-1", "eu-west-1"];

describe("parseCompareRefs", () => {
  it("reads region:eventId references in order", () => {
    expect(parseCompareRefs(["us-east-1:a-1", "eu-west-1:b-2"], REGIONS)).toEqual({
      refs: [
        { region: "us-east-1", id: "a-1" },
        { region: "eu-west-1", id: "b-2" },
      ],
      problems: [],
    });
  });

  it("lists the references it cannot use, and uses the rest", () => {
    const { refs, problems } = parseCompareRefs(
      ["nope", "us-east-1:a-1", "mars:x", "ap-south-1:x", "us-east-1:bad_id", "us-east-1:a-1"],
      REGIONS,
    );
    expect(refs).toEqual([{ region: "us-east-1", id: "a-1" }]);
    expect(problems).toEqual([
      "“nope” is not an event reference: write region:eventId, such as us-east-1:0d7e5c2a-…. It was left out.",
      "“mars:x”: “mars” is not an AWS region name (such as us-east-1). It was left out.",
      "“ap-south-1:x”: ap-south-1 is not one of this dashboard's regions (us-east-1, eu-west-1). It was left out.",
      "“us-east-1:bad_id”: “bad_id” is not an event ID: IDs are up to 128 letters, digits and dashes. It was left out.",
      "us-east-1:a-1 is listed more than once; it is compared once.",
    ]);
  });

  it("compares the first five and names the ones left out", () => {
    const values = ["a", "b", "c", "d", "e", "f", "g"].map((id) => `us-east-1:${id}`);
    const { refs, problems } = parseCompareRefs(values, REGIONS);
    expect(refs.map((ref) => ref.id)).toEqual(["a", "b", "c", "d", "e"]);
    expect(problems).toEqual([
      "Up to 5 events can be compared at once; the first 5 are shown and these 2 were left out: us-east-1:f, us-east-1:g.",
    ]);
  });
});
