import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { isSameOrigin } from "./same-origin";
import { urlLikeText as text } from "./testing/url-like-text";

const RUNS = { numRuns: 300 };

const origin = fc.oneof(
  text,
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    "null",
    "http://localhost:3000",
    "http://LOCALHOST:3000",
    "http://localhost:3000.evil",
  ),
);
const host = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  text,
  fc.constantFrom("localhost:3000", "LOCALHOST:3000", "localhost"),
);

describe("the same-origin check, under arbitrary input", () => {
  it("answers for any Origin and Host, and admits only an origin whose host is the request's", () => {
    fc.assert(
      fc.property(
        fc.oneof(origin, fc.constant(null), fc.constant(undefined)),
        host,
        fc.constantFrom("http:", "https:"),
        (value, requestHost, protocol) => {
          const same = isSameOrigin(value, { host: requestHost, protocol });
          if (!same) return;
          const url = new URL(value!);
          expect(url.host).toBe(requestHost!.toLowerCase());
          expect(url.protocol).toBe(protocol);
        },
      ),
      RUNS,
    );
  });

  it("with a public URL set, admits exactly that origin", () => {
    fc.assert(
      fc.property(fc.oneof(origin, fc.constant(null)), host, (value, requestHost) => {
        const same = isSameOrigin(
          value,
          { host: requestHost, protocol: "http:" },
          "https://trailscope.example.com/base",
        );
        expect(same).toBe(
          value !== null &&
            URL.canParse(value) &&
            new URL(value).origin === "https://trailscope.example.com",
        );
      }),
      RUNS,
    );
  });
});
