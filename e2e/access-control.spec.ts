import {
  request as playwrightRequest,
  type APIRequestContext,
  type APIResponse,
} from "@playwright/test";

import { ADMIN_STATE, VIEWER_STATE } from "./support/roles";
import { callServerAction, getPage, serverActions } from "./support/server-actions";
import { expect, test } from "./support/test";

/**
 * Every route handler and every changing server action, called directly over HTTP without
 * the UI: as nobody, with a forged session, and as a viewer, also with the proxy-bypass
 * tricks of past Next.js advisories. Each answers 401 or 403, and nothing changes.
 */

const TRAIL = { region: "us-east-1", name: "management-events" };
// Seen only where the seeded trail's settings are shown or sent: the sign of a leak.
const TRAIL_DATA = "acme-cloudtrail-logs";
const FORGED_COOKIE = `trailscope_session=${"A".repeat(43)}`;

const API_ROUTES = [
  "/api/trails",
  "/api/trails/selectors?region=us-east-1&name=management-events",
  "/api/events/scan?regions=us-east-1&range=1h",
  "/api/events/abc?region=us-east-1",
  "/api/overview/scan?regions=us-east-1&range=1h",
  "/api/insights?range=7d",
  "/api/insights/activity?region=us-east-1&eventSource=ec2.amazonaws.com&eventName=RunInstances&start=2026-11-01T00:00:00Z",
];
const PAGES = [
  "/",
  "/events",
  "/insights",
  "/trails",
  "/trails/us-east-1/management-events",
  "/audit",
  "/trails/new",
];

// Headers that once let requests skip Next.js middleware or reach a page's data without it.
const BYPASS_TRICKS: Record<string, string>[] = [
  {},
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  {
    "x-middleware-subrequest":
      "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
  },
  { RSC: "1" },
  { RSC: "1", "Next-Router-Prefetch": "1" },
  { "Next-Router-Prefetch": "1", Purpose: "prefetch" },
  { "x-nextjs-data": "1" },
];

/**
 * The request was refused with `status`. A component payload request (RSC header) answers
 * 200 with the refusal inside the payload for the client router to show; a prefetch gets no
 * more than the page's static shell. Neither carries the account's data or a signed-in page.
 */
async function expectRefused(
  response: APIResponse,
  status: 401 | 403,
  headers: Record<string, string>,
  label: string,
) {
  const body = await response.text();
  expect(body, label).not.toContain(TRAIL_DATA);
  if (
    response.status() === 200 &&
    response.headers()["content-type"]?.startsWith("text/x-component")
  ) {
    expect(body, label).not.toContain("Sign out");
    if (!("Next-Router-Prefetch" in headers)) {
      expect(body.includes(`NEXT_HTTP_ERROR_FALLBACK;${status}`), label).toBe(true);
    }
  } else {
    expect(response.status(), label).toBe(status);
  }
}

/**
 * A changing action called with a component payload header is not run at all: Next.js
 * answers the page instead. Otherwise the action itself refuses with `status`.
 */
async function expectActionRefused(
  response: APIResponse,
  status: 401 | 403,
  headers: Record<string, string>,
  label: string,
) {
  if ("RSC" in headers && response.status() === 200) {
    expect(response.headers()["content-type"], label).toContain("text/x-component");
    return;
  }
  expect(response.status(), label).toBe(status);
}

function changingActions() {
  return serverActions().filter((action) => action.file.startsWith("lib/actions/trail"));
}

/** Plausible arguments for each changing action, aimed at the seeded trail. */
function argumentsFor(name: string): unknown[] {
  switch (name) {
    case "createTrailAction":
      return [{ name: "intruder-trail", region: "us-east-1", s3BucketName: "intruder-bucket" }];
    case "deleteTrailAction":
      return [{ ...TRAIL, confirmation: TRAIL.name }];
    case "saveEventSelectors":
      return [{ ...TRAIL, eventSelectors: { kind: "basic", selectors: [] } }];
    case "saveInsightSelectors":
      return [{ ...TRAIL, insightTypes: [] }];
    default:
      return [TRAIL];
  }
}

// Without a state of its own a new request context takes the project's (the admin's).
const NO_SESSION = { cookies: [], origins: [] };

async function context(
  baseURL: string,
  storageState?: string,
  headers: Record<string, string> = {},
) {
  return playwrightRequest.newContext({
    baseURL,
    storageState: storageState ?? NO_SESSION,
    extraHTTPHeaders: headers,
  });
}

/** The account's trails as the admin sees them: what none of the refused calls may change. */
async function trailsSnapshot(admin: APIRequestContext) {
  const response = await admin.get("/api/trails");
  expect(response.status()).toBe(200);
  const listing = (await response.json()) as {
    trails: {
      trail: { name: string; homeRegion: string };
      status: { ok: boolean; status?: { isLogging: boolean } };
    }[];
  };
  return listing.trails
    .map(
      ({ trail, status }) =>
        `${trail.homeRegion}/${trail.name}:${status.ok ? status.status?.isLogging : "?"}`,
    )
    .filter((entry) => !entry.includes("e2e-"))
    .sort();
}

test("nobody signed in: every route answers 401 and every page sends to sign-in, whatever the headers", async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  for (const headers of BYPASS_TRICKS) {
    const anonymous = await context(baseURL!, undefined, headers);
    for (const path of API_ROUTES) {
      const response = await anonymous.get(path, { maxRedirects: 0 });
      expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBe(401);
    }
    for (const path of [...PAGES, "/trails.rsc", "/trails?_rsc=1", "/index.rsc"]) {
      const response = await anonymous.get(path, { maxRedirects: 0 });
      const body = await response.text();
      expect([307, 401, 404], `${path} ${JSON.stringify(headers)}`).toContain(response.status());
      expect(body, `${path} ${JSON.stringify(headers)}`).not.toContain(TRAIL_DATA);
    }
    await anonymous.dispose();
  }
});

test("a forged session cookie gets past the proxy's first look, and every page, route and action refuses it", async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const admin = await context(baseURL!, ADMIN_STATE);
  const before = await trailsSnapshot(admin);
  for (const headers of BYPASS_TRICKS) {
    const forged = await context(baseURL!, undefined, {
      ...headers,
      Cookie: FORGED_COOKIE,
      Origin: baseURL!,
    });
    for (const path of API_ROUTES) {
      expect((await forged.get(path)).status(), `${path} ${JSON.stringify(headers)}`).toBe(401);
    }
    for (const path of PAGES) {
      // A component payload request is first sent to the same address with ?_rsc (Next.js).
      await expectRefused(
        await getPage(forged, path),
        401,
        headers,
        `${path} ${JSON.stringify(headers)}`,
      );
    }
    for (const action of changingActions()) {
      const response = await callServerAction(forged, action, argumentsFor(action.name));
      await expectActionRefused(
        response,
        401,
        headers,
        `${action.name} ${JSON.stringify(headers)}`,
      );
    }
    await forged.dispose();
  }
  expect(await trailsSnapshot(admin)).toEqual(before);
  await admin.dispose();
});

test("nobody signed in: every changing server action answers 401 and changes nothing", async ({
  baseURL,
}) => {
  const admin = await context(baseURL!, ADMIN_STATE);
  const before = await trailsSnapshot(admin);
  expect(
    changingActions()
      .map((action) => action.name)
      .sort(),
  ).toEqual([
    "createTrailAction",
    "deleteTrailAction",
    "saveEventSelectors",
    "saveInsightSelectors",
    "startLoggingAction",
    "stopLoggingAction",
    "updateTrailAction",
  ]);
  for (const headers of BYPASS_TRICKS) {
    const anonymous = await context(baseURL!, undefined, { ...headers, Origin: baseURL! });
    for (const action of changingActions()) {
      const response = await callServerAction(anonymous, action, argumentsFor(action.name));
      expect(response.status(), `${action.name} ${JSON.stringify(headers)}`).toBe(401);
    }
    await anonymous.dispose();
  }
  expect(await trailsSnapshot(admin)).toEqual(before);
  await admin.dispose();
});

test("a viewer calling a changing server action directly gets 403, nothing changes, and the attempt is audited", async ({
  baseURL,
}) => {
  test.setTimeout(90_000);
  const admin = await context(baseURL!, ADMIN_STATE);
  const before = await trailsSnapshot(admin);
  for (const headers of BYPASS_TRICKS) {
    const viewer = await context(baseURL!, VIEWER_STATE, { ...headers, Origin: baseURL! });
    for (const action of changingActions()) {
      const response = await callServerAction(viewer, action, argumentsFor(action.name));
      await expectActionRefused(
        response,
        403,
        headers,
        `${action.name} ${JSON.stringify(headers)}`,
      );
    }
    await viewer.dispose();
  }
  expect(await trailsSnapshot(admin)).toEqual(before);
  const audit = (await (await admin.get("/audit")).text()).replaceAll("<!-- -->", "");
  expect(audit).toContain("Refused");
  expect(audit).toContain("viewer, password");
  await admin.dispose();
});

test("a viewer reads every route, and a change from another origin is refused even for an admin", async ({
  baseURL,
}) => {
  const viewer = await context(baseURL!, VIEWER_STATE);
  expect((await viewer.get("/api/trails")).status()).toBe(200);
  expect(
    (await viewer.get("/api/trails/selectors?region=us-east-1&name=management-events")).status(),
  ).toBe(200);
  await viewer.dispose();

  const admin = await context(baseURL!, ADMIN_STATE);
  const before = await trailsSnapshot(admin);
  const stop = changingActions().find((action) => action.name === "stopLoggingAction")!;
  for (const origin of ["https://evil.example", "null", undefined]) {
    const response = await callServerAction(admin, stop, [TRAIL], {
      headers: origin ? { Origin: origin } : {},
    });
    expect(response.status(), `Origin ${origin}`).toBe(403);
  }
  expect(await trailsSnapshot(admin)).toEqual(before);
  await admin.dispose();
});
