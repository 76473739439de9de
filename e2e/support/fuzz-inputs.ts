import fc from "fast-check";

/**
 * What the HTTP fuzz sends: text with any code point, long runs, near-misses of valid
 * values, and percent-encoding garbage, put together as query strings, path segments and
 * bodies. The tests draw them with a fixed seed, so a failure replays.
 */

export const SEED = 20261124;

/** Values the dashboard gives meaning to, and near-misses of them. */
const NEAR_MISSES = [
  "",
  "all",
  "us-east-1",
  "us-east-1,eu-west-1",
  "zz-fuzz-1",
  "ap-east-1",
  "EventName:ConsoleLogin",
  "ReadOnly:maybe",
  "text:<script>alert(1)</script>",
  "90d",
  "2026-02-30T00:00:00Z",
  "0000-01-01T00:00:00Z",
  "9999-12-31T23:59:59Z",
  "us-east-1:0d7e5c2a-9b1f-4c3e-8a6d-123456789abc",
  "us-east-1:",
  "javascript:alert(1)",
  "//evil.example/",
  "\u202egnp.exe",
  "null",
  "-1",
  "1e400",
  "NaN",
];

/** Raw percent sequences that do not decode, or decode to something surprising. */
const PERCENT_GARBAGE = [
  "%",
  "%%",
  "%zz",
  "%E0%A4%A",
  "%C0%AF",
  "%FF%FE",
  "%00",
  "%0D%0A",
  "%2F",
  "%5C",
  "%25",
];

export const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 2001, maxLength: 2500 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NEAR_MISSES) },
);

/** A value as it appears in a URL: properly encoded, or with raw percent garbage in it. */
const urlValue = fc.oneof(
  { weight: 3, arbitrary: text.map(encodeURIComponent) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(text, fc.constantFrom(...PERCENT_GARBAGE), text)
      .map(([a, garbage, b]) => `${encodeURIComponent(a)}${garbage}${encodeURIComponent(b)}`),
  },
);

/** A query string over `keys` (known ones, repeated, and strangers), kept under URL limits. */
export function queryString(keys: readonly string[]): fc.Arbitrary<string> {
  const key = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...keys) },
    { weight: 1, arbitrary: urlValue },
  );
  return fc
    .array(fc.tuple(key, urlValue), { maxLength: 8 })
    .map((pairs) =>
      pairs
        .map(([k, v]) => `${k}=${v}`)
        .join("&")
        .slice(0, 6000),
    )
    .map((query) => (query ? `?${query}` : ""));
}

/** One path segment: any text, encoded, or raw percent garbage. */
export const pathSegment = fc.oneof(
  { weight: 3, arbitrary: text.filter((value) => value !== "").map(encodeURIComponent) },
  { weight: 1, arbitrary: fc.constantFrom(...PERCENT_GARBAGE, "..", ".", "a%2Fb", "%2e%2e") },
  {
    weight: 1,
    arbitrary: fc.stringMatching(/^[A-Za-z0-9-]{1,20}$/),
  },
);

/**
 * A server action's argument as React's client encodes it: a string that starts with "$"
 * is escaped as "$$…", since an unescaped one names a reference in React's reply format.
 */
export function flightValue(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(flightValue);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, flightValue(v)]));
  }
  return value;
}

/** JSON any client could send: nested, long, and with the keys the dashboard reads. */
export const jsonValue = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: text },
  {
    weight: 2,
    arbitrary: fc.dictionary(
      fc.constantFrom(
        "region",
        "name",
        "confirmation",
        "eventSelectors",
        "insightTypes",
        "kind",
        "selectors",
        "tags",
        "__proto__",
      ),
      fc.oneof(text, fc.jsonValue({ maxDepth: 2 })),
      { maxKeys: 5 },
    ),
  },
);

/** `numRuns` values, the same on every run: the seed is SEED and the label's own. */
export function sample<T>(arbitrary: fc.Arbitrary<T>, numRuns: number, label: string): T[] {
  let seed = SEED;
  for (const char of label) seed = (Math.imul(seed, 31) + char.charCodeAt(0)) | 0;
  return fc.sample(arbitrary, { seed, numRuns });
}
