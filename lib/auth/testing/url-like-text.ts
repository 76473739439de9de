import fc from "fast-check";

/**
 * Text a browser or an attacker could put where an address or an origin is expected:
 * any strings, long ones, and paths built from the tricks of open redirects and header
 * injection. Shared by the fuzz tests of return paths and origins.
 */
export const urlLikeText = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  { weight: 3, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 1, arbitrary: fc.string({ minLength: 1990, maxLength: 2010 }) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          "/",
          "//",
          "/\\",
          "/%2F",
          "/%5C",
          "/./",
          "/../",
          "\\",
          "https:",
          "javascript:",
          " /",
        ),
        fc.string({ unit: "binary" }),
        fc.constantFrom("", "?returnTo=//evil", "#x", "%0d%0aSet-Cookie:x", "@evil.example"),
      )
      .map((parts) => parts.join("")),
  },
);
