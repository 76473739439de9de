import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { REGION_PATTERN } from "@/lib/view/regions";

import { createTrailSchema, newTrailValues, updateTrailSchema } from "./trail-form";
import { trailRefProblems, trailRefSchema } from "./trail-ref-schema";
import { MAX_TAGS, trailNameProblem } from "./trail-rules";

const RUNS = { numRuns: 300 };

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  { weight: 3, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 1, arbitrary: fc.string({ minLength: 129, maxLength: 3000 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "",
      "   ",
      "management-events",
      "a..b",
      "192.168.0.1",
      "my-bucket",
      "xn--bucket",
      "alias/key",
      "arn:aws:logs:us-east-1:123456789012:log-group:g:*",
      "arn:aws:iam::123456789012:role/r",
      "aws:reserved",
      "<script>alert(1)</script>",
    ),
  },
);
/** A value of the field's type, or any JSON value. */
const typed = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: fc.jsonValue() });
const tag = fc.record({ key: typed(text), value: typed(text) });
const FIELDS = {
  region: typed(fc.oneof(text, fc.constantFrom("us-east-1", "zz-fake-1"))),
  name: typed(fc.oneof(text, fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9]{1,20}$/))),
  startLogging: typed(fc.boolean()),
  s3BucketName: typed(fc.oneof(text, fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,20}[a-z0-9]$/))),
  s3KeyPrefix: typed(text),
  isMultiRegion: typed(fc.boolean()),
  isOrganization: typed(fc.boolean()),
  includeGlobalServiceEvents: typed(fc.boolean()),
  logFileValidationEnabled: typed(fc.boolean()),
  kmsKeyId: typed(text),
  snsTopicName: typed(text),
  cloudWatchLogsLogGroupArn: typed(text),
  cloudWatchLogsRoleArn: typed(text),
  tags: typed(fc.array(tag, { maxLength: 60 })),
};
/**
 * A valid form with a few fields replaced (or dropped, or unknown ones added), so the fuzz
 * walks the accepting path as well as every refusal; and, now and then, any value at all.
 */
const formInput = fc.oneof(
  { weight: 1, arbitrary: fc.anything() },
  {
    weight: 5,
    arbitrary: fc
      .array(
        fc.oneof(
          ...Object.entries(FIELDS).map(([key, value]) =>
            value.map((v): [string, unknown] => [key, v]),
          ),
          fc.tuple(
            fc.constantFrom(...Object.keys(FIELDS), "__proto__", "extra"),
            fc.constant(undefined),
          ),
        ),
        { maxLength: 3 },
      )
      .map((changes) => {
        const form: Record<string, unknown> = {
          ...newTrailValues("us-east-1"),
          name: "fuzz-trail",
          s3BucketName: "fuzz-bucket",
        };
        for (const [key, value] of changes) {
          if (value === undefined) delete form[key];
          else form[key] = value;
        }
        return form;
      }),
  },
);
const createInput = formInput;
const updateInput = formInput;
const region = FIELDS.region;
const name = FIELDS.name;

/** What every accepted form keeps within CloudTrail's bounds. */
function expectBoundedSettings(values: {
  region: string;
  s3BucketName: string;
  s3KeyPrefix: string;
  kmsKeyId: string;
  snsTopicName: string;
  cloudWatchLogsLogGroupArn: string;
  cloudWatchLogsRoleArn: string;
  tags: { key: string; value: string }[];
}) {
  expect(values.region).toMatch(REGION_PATTERN);
  expect(values.s3BucketName.length).toBeLessThanOrEqual(63);
  expect(values.s3KeyPrefix.length).toBeLessThanOrEqual(200);
  expect(values.kmsKeyId.length).toBeLessThanOrEqual(2048);
  expect(values.snsTopicName.length).toBeLessThanOrEqual(2048);
  expect(values.cloudWatchLogsLogGroupArn.length).toBeLessThanOrEqual(2048);
  expect(values.cloudWatchLogsRoleArn.length).toBeLessThanOrEqual(2048);
  expect(values.tags.length).toBeLessThanOrEqual(MAX_TAGS);
  for (const { key, value } of values.tags) {
    expect(key.length).toBeLessThanOrEqual(128);
    expect(value.length).toBeLessThanOrEqual(256);
  }
}

describe("the trail forms' schemas under arbitrary input", () => {
  it("accept a create form only within CloudTrail's bounds, and never throw", () => {
    let accepted = 0;
    fc.assert(
      fc.property(createInput, (input) => {
        const parsed = createTrailSchema.safeParse(input);
        if (!parsed.success) {
          expect(parsed.error.issues.length).toBeGreaterThan(0);
          return;
        }
        accepted++;
        expect(trailNameProblem(parsed.data.name)).toBeUndefined();
        expectBoundedSettings(parsed.data);
      }),
      RUNS,
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it("accept an edit form only within CloudTrail's bounds, and never throw", () => {
    let accepted = 0;
    fc.assert(
      fc.property(updateInput, (input) => {
        const parsed = updateTrailSchema.safeParse(input);
        if (!parsed.success) return;
        accepted++;
        expect(trailNameProblem(parsed.data.name)).toBeUndefined();
        expectBoundedSettings(parsed.data);
      }),
      RUNS,
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it("refuse an edit of a trail whose name no trail can have (regression: a 3,000-character name)", () => {
    const values = { ...newTrailValues("us-east-1"), s3BucketName: "my-bucket" };
    expect(updateTrailSchema.safeParse({ ...values, name: "management-events" }).success).toBe(
      true,
    );
    expect(updateTrailSchema.safeParse({ ...values, name: "a".repeat(3000) }).success).toBe(false);
    expect(updateTrailSchema.safeParse({ ...values, name: "a..b" }).success).toBe(false);
  });

  it("accept a trail's address only when the region and name are well formed", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ region, name })), (input) => {
        const parsed = trailRefSchema.safeParse(input);
        if (parsed.success) {
          expect(parsed.data.region).toMatch(REGION_PATTERN);
          expect(trailNameProblem(parsed.data.name)).toBeUndefined();
          expect(trailRefProblems(parsed.data.region, parsed.data.name)).toEqual([]);
        }
      }),
      RUNS,
    );
    fc.assert(
      fc.property(text, text, (regionText, nameText) => {
        const problems = trailRefProblems(regionText, nameText);
        const valid = trailRefSchema.safeParse({ region: regionText, name: nameText }).success;
        expect(problems.length === 0).toBe(valid);
      }),
      RUNS,
    );
  });
});
