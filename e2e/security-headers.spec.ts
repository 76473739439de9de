import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

import { OIDC_CLIENT } from "./support/oidc-accounts";
import { expect, test } from "./support/test";

/** What every response tells the browser, and what no response gives away. */

test("pages carry a fresh nonce-based policy and the hardening headers, and every script has the nonce", async ({
  page,
}) => {
  const first = await page.goto("/trails");
  const policy = first!.headers()["content-security-policy"];
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
  expect(first!.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first!.headers()["referrer-policy"]).toBe("no-referrer");
  expect(first!.headers()["x-frame-options"]).toBe("DENY");
  const scripts = await page
    .locator("script")
    .evaluateAll((list) => list.map((script) => (script as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((value) => value === nonce)).toBe(true);

  const second = await page.reload();
  expect(second!.headers()["content-security-policy"]).not.toContain(nonce!);
});

test("JSON routes and static files are nosniff and allow nothing to run", async ({
  request,
  page,
}) => {
  const api = await request.get("/api/health");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(api.headers()["content-security-policy"]).toBe(
    "default-src 'none'; frame-ancestors 'none'",
  );
  await page.goto("/");
  const chunk = await page.locator("script[src]").first().getAttribute("src");
  const asset = await request.get(chunk!);
  expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
});

test("no secret reaches the browser: not in the build's client files, not in a page", async ({
  page,
}) => {
  const dist = process.env.NEXT_DIST_DIR || ".next";
  const secrets = [
    OIDC_CLIENT.secret,
    // The demo logins' password hashes, and any hash of the same format.
    "scrypt$",
    // The local service's demo secret key, and the dashboard's own.
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "secretAccessKey",
    "TRAILSCOPE_OIDC_CLIENT_SECRET",
  ];
  const files = listFiles(join(dist, "static"));
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const secret of secrets) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
  }

  await page.goto("/trails");
  const html = await page.content();
  const [session] = await page.context().cookies();
  for (const secret of [...secrets, session.value])
    expect(html.includes(secret), secret).toBe(false);
});

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
