import fc from "fast-check";

/**
 * Text a URL could hold where an event reference (region:eventId) is expected: any strings,
 * long ones, and near misses of the format. Shared by the fuzz tests of event references.
 */
export const eventRefText = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  { weight: 4, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 1, arbitrary: fc.string({ minLength: 129, maxLength: 3000 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "us-east-1:0d7e5c2a-9b1f-4c3e-8a6d-123456789abc",
      "us-east-1:",
      ":0d7e",
      "us-east-1:a:b",
      "zz-fake-1:abc",
      "us-east-1:%00",
      "us-east-1:" + "a".repeat(128),
      "__proto__:x",
    ),
  },
);
