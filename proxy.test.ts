import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { SESSION_COOKIE } from "@/lib/auth/session-cookie-name";

import { proxy } from "./proxy";

const BASE = "http://localhost:3000";

function request(
  path: string,
  init: { method?: string; headers?: Record<string, string>; session?: boolean } = {},
) {
  const headers = new Headers({ host: "localhost:3000", ...init.headers });
  if (init.session) headers.set("cookie", `${SESSION_COOKIE}=${"a".repeat(43)}`);
  return new NextRequest(new URL(path, BASE), { method: init.method ?? "GET", headers });
}

/** The proxy's first line; pages, routes and actions check again for themselves (authorize.test.ts, e2e). */
describe("proxy", () => {
  it("sends a signed-out browser to sign-in, keeping where it was going", () => {
    const response = proxy(request("/events?f=Username:root"));
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("returnTo")).toBe("/events?f=Username:root");
  });

  it.each([
    ["an API route", "/api/trails", {}],
    ["a component payload", "/trails", { rsc: "1" }],
    ["a prefetch", "/trails", { "next-router-prefetch": "1" }],
    ["a .rsc URL", "/trails.rsc", {}],
    ["an _rsc URL", "/trails?_rsc=abc", {}],
  ])("answers 401 to %s without a session", (_what, path, headers) => {
    expect(proxy(request(path, { headers })).status).toBe(401);
  });

  it("answers 401 to a server action without a session", () => {
    const response = proxy(
      request("/trails", { method: "POST", headers: { origin: BASE, "next-action": "abc" } }),
    );
    expect(response.status).toBe(401);
  });

  it.each([
    ["no Origin", {}],
    ["another site's Origin", { origin: "https://evil.example" }],
    ["a look-alike Origin", { origin: "http://localhost:3000.evil.example" }],
  ])("refuses a change with %s, session or not", (_what, headers) => {
    expect(proxy(request("/trails", { method: "POST", headers, session: true })).status).toBe(403);
    expect(proxy(request("/sign-in", { method: "POST", headers })).status).toBe(403);
  });

  it("lets AWS clients reach the local service with signatures instead of Origin and cookies", () => {
    expect(proxy(request("/api/cloudtrail", { method: "POST" })).status).toBe(200);
  });

  it("leaves the sign-in page and the health check open", () => {
    expect(proxy(request("/sign-in")).status).toBe(200);
    expect(proxy(request("/api/health")).status).toBe(200);
    expect(proxy(request("/sign-in-elsewhere")).status).toBe(307);
  });

  it("gives each page its own nonce in a strict policy", () => {
    const first = proxy(request("/", { session: true })).headers.get("content-security-policy")!;
    const second = proxy(request("/", { session: true })).headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(first)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second).not.toContain(nonce);
    expect(first).toContain("frame-ancestors 'none'");
    expect(first).toContain("object-src 'none'");
    expect(first).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
  });

  it("answers 400 to an address that does not percent-decode, which Next.js would answer with 500", () => {
    expect(proxy(request("/events/%zz/x", { session: true })).status).toBe(400);
    expect(proxy(request("/api/events/%", { session: true })).status).toBe(400);
  });

  it("ignores x-middleware-subrequest: it is no way past sign-in", () => {
    const response = proxy(
      request("/trails", {
        headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
      }),
    );
    expect(response.status).toBe(307);
  });
});
