import { describe, expect, it } from "vitest";

import { isSameOrigin } from "./same-origin";

const request = { host: "localhost:3000", protocol: "http:" };

describe("isSameOrigin", () => {
  it("accepts the page's own origin", () => {
    expect(isSameOrigin("http://localhost:3000", request)).toBe(true);
  });

  it.each([
    null,
    undefined,
    "",
    "null",
    "http://localhost:3001",
    "https://localhost:3000",
    "http://evil.example",
    "not a url",
  ])("refuses %j", (origin) => {
    expect(isSameOrigin(origin, request)).toBe(false);
  });

  it("follows the configured public address behind a proxy", () => {
    const internal = { host: "10.0.0.5:3000", protocol: "http:" };
    expect(
      isSameOrigin("https://trailscope.example.com", internal, "https://trailscope.example.com"),
    ).toBe(true);
    expect(isSameOrigin("http://10.0.0.5:3000", internal, "https://trailscope.example.com")).toBe(
      false,
    );
  });
});
