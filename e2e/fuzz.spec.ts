import fc from "fast-check";

import { trailRefSchema } from "../lib/trails/trail-ref-schema";
import { cookieHeader, sendAll, type Probe } from "./support/fuzz-http";
import {
  flightValue,
  jsonValue,
  pathSegment,
  queryString,
  sample,
  text,
} from "./support/fuzz-inputs";
import { ADMIN_STATE, signInWithPassword } from "./support/roles";
import { serverActions } from "./support/server-actions";
import { expect, test } from "./support/test";

/**
 * Random and malformed input, drawn by fast-check with a fixed seed, at every page, route
 * handler and server action, as a signed-in admin: no answer is a 5xx, and none carries a
 * stack trace or a hidden server error.
 *
 * Nothing here can change what other tests rely on: a trail name that could pass validation
 * is a "fuzz-…" one no test uses, a trail is never created in a region of the dashboard, the
 * local service is called in a region the dashboard does not show, and the session that
 * fuzzes the sign-out action is the fuzz's own.
 */

/**
 * Requests per surface. Few where a request reads CloudTrail's event history: the local
 * service allows 2 LookupEvents a second per region, shared with every other test.
 */
const RUNS = {
  /** Each of /, /trails, /trails/new, /audit, /events/compare and /sign-in. */
  page: 20,
  eventsPage: 8,
  insightsPage: 4,
  trailAddress: 40,
  eventAddress: 12,
  signInPage: 30,
  oidcStart: 10,
  oidcCallback: 15,
  health: 3,
  eventsScan: 10,
  overviewScan: 6,
  insightsRoute: 4,
  activityRoute: 16,
  eventRoute: 16,
  selectorsRoute: 20,
  trailsRoute: 2,
  /** A POST to each GET-only route. */
  post: 2,
  localService: 250,
  /** Each server action; the sign-out action, which ends the session, fewer. */
  action: 30,
  signOut: 3,
  /** Calls whose trail address passes validation, so the action looks the trail up. */
  trailLookups: 6,
};

const DASHBOARD_REGIONS = [
  "us-east-1",
  "us-east-2",
  "us-west-2",
  "eu-west-1",
  "ap-northeast-1",
  "ap-east-1",
];
const VIEW_KEYS = [
  "regions",
  "f",
  "failures",
  "flagged",
  "range",
  "from",
  "to",
  "tz",
  "cols",
  "sort",
  "order",
  "event",
  "by",
  "cursor",
];
const INSIGHTS_KEYS = ["regions", "range", "from", "to", "tz", "insight"];
const ACTIVITY_KEYS = ["region", "eventSource", "eventName", "errorCode", "start", "end"];

/** `runs` addresses: `path` followed by what `arbitrary` draws. */
function urls(path: string, arbitrary: fc.Arbitrary<string>, runs: number): string[] {
  return sample(arbitrary, runs, path).map((tail) => path + tail);
}

function probes(
  paths: string[],
  headers: Record<string, string>,
  extra: Partial<Probe> = {},
): Probe[] {
  return paths.map((path) => ({ path, headers, ...extra }));
}

function expectNoProblems(problems: string[]) {
  expect(problems, problems.join("\n")).toEqual([]);
}

test.describe("malformed input never meets a server error", () => {
  test.describe.configure({ timeout: 120_000 });

  test("pages, with any query string", async ({ baseURL }) => {
    const admin = { Cookie: cookieHeader(ADMIN_STATE) };
    const anyKey = queryString([...VIEW_KEYS, "e", "before", "returnTo", "error"]);
    const cheap = ["/", "/trails", "/trails/new", "/audit", "/events/compare", "/sign-in"].flatMap(
      (page) => urls(page, anyKey, RUNS.page),
    );
    // Each of these reads a page of each region the view asks for.
    const history = [
      ...urls("/events", queryString(VIEW_KEYS), RUNS.eventsPage),
      ...urls("/insights", queryString(INSIGHTS_KEYS), RUNS.insightsPage),
    ];
    const { results, problems } = await sendAll(baseURL!, probes([...cheap, ...history], admin));
    expectNoProblems(problems);
    // The fuzz reached the pages themselves, not only refusals.
    const shown = results.filter((result) => result.status === 200).length;
    expect(shown).toBeGreaterThan(cheap.length / 2);
  });

  test("pages, with any address in their path", async ({ baseURL }) => {
    const admin = { Cookie: cookieHeader(ADMIN_STATE) };
    const region = fc.oneof(pathSegment, fc.constantFrom(...DASHBOARD_REGIONS));
    // A name that could be a trail's is one no test uses: no page here shows another test's trail.
    const trailName = pathSegment.map((segment) =>
      /^[A-Za-z0-9]/.test(segment) ? `fuzz-${segment}` : segment,
    );
    const trail = fc
      .tuple(region, trailName, fc.constantFrom("", "/edit", "/selectors"))
      .map(([r, name, tail]) => `${r}/${name}${tail}`);
    const event = fc
      .tuple(region, pathSegment, queryString(["tz"]))
      .map(([r, id, query]) => `${r}/${id}${query}`);
    const { problems } = await sendAll(
      baseURL!,
      probes(
        [
          ...urls("/trails/", trail, RUNS.trailAddress),
          ...urls("/events/", event, RUNS.eventAddress),
        ],
        admin,
      ),
    );
    expectNoProblems(problems);
  });

  test("the sign-in page and its OpenID Connect routes, signed out", async ({ baseURL }) => {
    const paths = [
      ...urls("/sign-in", queryString(["returnTo", "error"]), RUNS.signInPage),
      ...urls("/api/auth/oidc/start", queryString(["returnTo"]), RUNS.oidcStart),
      ...urls(
        "/api/auth/oidc/callback",
        queryString(["code", "state", "iss", "error", "error_description"]),
        RUNS.oidcCallback,
      ),
      ...urls("/api/health", queryString(["x"]), RUNS.health),
    ];
    const { problems } = await sendAll(baseURL!, probes(paths, {}));
    expectNoProblems(problems);
  });

  test("route handlers, with any query string or body", async ({ baseURL }) => {
    const admin = { Cookie: cookieHeader(ADMIN_STATE) };
    // A scan streams for as long as CloudTrail has pages: its status is what is asked of it.
    const scans = [
      ...urls("/api/events/scan", queryString(VIEW_KEYS), RUNS.eventsScan),
      ...urls("/api/overview/scan", queryString(VIEW_KEYS), RUNS.overviewScan),
    ];
    const eventRoute = fc
      .tuple(pathSegment, queryString(["region"]))
      .map(([id, query]) => `${id}${query}`);
    const reads = [
      ...urls("/api/insights", queryString(INSIGHTS_KEYS), RUNS.insightsRoute),
      ...urls("/api/insights/activity", queryString(ACTIVITY_KEYS), RUNS.activityRoute),
      ...urls("/api/events/", eventRoute, RUNS.eventRoute),
      ...urls("/api/trails/selectors", queryString(["region", "name"]), RUNS.selectorsRoute),
      ...urls("/api/trails", queryString(["x"]), RUNS.trailsRoute),
    ];
    // The routes answer GET only; any other method is refused, not run.
    const posts = ["/api/trails", "/api/events/scan", "/api/insights", "/api/health"].flatMap(
      (path) =>
        sample(jsonValue, RUNS.post, `POST ${path}`).map((body) => ({
          path,
          method: "POST" as const,
          headers: { ...admin, Origin: baseURL!, "Content-Type": "application/json" },
          body: JSON.stringify(body),
        })),
    );
    const { problems } = await sendAll(baseURL!, [
      ...probes(scans, admin, { headersOnly: true }),
      ...probes(reads, admin),
      ...posts,
    ]);
    expectNoProblems(problems);
  });

  test("the local CloudTrail service, with any body and headers, answers AWS errors (4xx)", async ({
    baseURL,
  }) => {
    const operations = [
      "LookupEvents",
      "DescribeTrails",
      "GetTrail",
      "GetTrailStatus",
      "CreateTrail",
      "DeleteTrail",
      "StopLogging",
      "PutEventSelectors",
      "AddTags",
      "Nope",
    ];
    const headerText = fc.stringMatching(/^[\x20-\x7e]{0,60}$/);
    const request = fc.record({
      target: fc.oneof(
        fc.constantFrom(...operations).map((name) => `CloudTrail_20131101.${name}`),
        fc
          .constantFrom(...operations)
          .map((name) => `com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.${name}`),
        headerText,
      ),
      // A region the dashboard does not show: what the calls record stays out of other tests' way.
      authorization: fc.oneof(
        {
          weight: 4,
          arbitrary: fc.constant(
            "AWS4-HMAC-SHA256 Credential=AKIAFUZZ0000000001/20261124/zz-fuzz-1/cloudtrail/aws4_request, SignedHeaders=host, Signature=0",
          ),
        },
        { weight: 1, arbitrary: headerText },
      ),
      contentType: fc.oneof(fc.constant("application/x-amz-json-1.1"), headerText),
      extra: fc.dictionary(fc.stringMatching(/^x-[a-z0-9-]{1,20}$/), headerText, { maxKeys: 3 }),
      // Never a trail's name or ARN: nothing here can create, change or delete a trail.
      body: fc.oneof(
        jsonValue
          .map((value) => JSON.stringify(value) ?? "")
          .filter((body) => !/"(Name|TrailName|ResourceId)"/.test(body)),
        text,
        fc.constantFrom(
          "",
          "{",
          "[]",
          "null",
          '{"MaxResults":"ten"}',
          '{"LookupAttributes":[null]}',
          `{"x":${"[".repeat(5000)}${"]".repeat(5000)}}`,
        ),
      ),
    });
    const requests: Probe[] = sample(request, RUNS.localService, "/api/cloudtrail").map(
      ({ target, authorization, contentType, extra, body }) => ({
        path: "/api/cloudtrail",
        method: "POST",
        headers: {
          ...extra,
          "X-Amz-Target": target,
          Authorization: authorization,
          "Content-Type": contentType,
        },
        body,
      }),
    );
    const { results, problems } = await sendAll(baseURL!, requests);
    expectNoProblems(problems);
    for (const result of results.filter((r) => r.status >= 400)) {
      expect(JSON.parse(result.body), result.body).toMatchObject({
        __type: expect.any(String),
        message: expect.any(String),
      });
    }
  });

  test("server actions, with any arguments", async ({ baseURL, browser }) => {
    // The fuzz's own admin session: the sign-out action ends it, and no other test uses it.
    const context = await browser.newContext({
      baseURL,
      storageState: { cookies: [], origins: [] },
    });
    const page = await context.newPage();
    await signInWithPassword(page, "admin", "demo-admin");
    await page.waitForURL((url) => url.pathname === "/");
    const cookies = await context.cookies();
    await context.close();
    const headers = {
      Cookie: cookies.map(({ name, value }) => `${name}=${value}`).join("; "),
      Origin: baseURL!,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
    };

    // A form or a trail's address, near valid, so the fuzz reaches past the schemas too.
    const trailish = fc.record(
      {
        region: fc.oneof(text, fc.constantFrom(...DASHBOARD_REGIONS)),
        name: fc.oneof(text, fc.stringMatching(/^[a-z0-9]{3,12}$/)),
        confirmation: text,
        s3BucketName: fc.oneof(text, fc.constant("fuzz-bucket")),
        isMultiRegion: fc.oneof(fc.boolean(), jsonValue),
        eventSelectors: jsonValue,
        insightTypes: fc.oneof(jsonValue, fc.constant(["ApiCallRateInsight"])),
        tags: jsonValue,
      },
      { requiredKeys: ["region", "name"] },
    );
    const args = fc.oneof(
      fc.array(jsonValue, { maxLength: 3 }),
      fc.tuple(trailish),
      fc.tuple(jsonValue, jsonValue),
    );
    // The sign-out action last, once everything else has run in the session it ends.
    const actions = serverActions().sort(
      (a, b) => Number(a.name === "signOutAction") - Number(b.name === "signOutAction"),
    );
    expect(actions.map((action) => action.name)).toContain("createTrailAction");

    // A call whose address passes validation looks the trail up, and the attempt is audited: a
    // few only, so the audit log's first page still shows what other tests look for there.
    let lookups = 0;
    const looksUpATrail = (list: unknown[]) => trailRefSchema.safeParse(list[0]).success;
    const calls: Probe[] = actions.flatMap((action) =>
      sample(args, action.name === "signOutAction" ? RUNS.signOut : RUNS.action, action.name)
        .map((list) => list.map((arg) => defang(arg, action.name)))
        .filter((list) => !looksUpATrail(list) || ++lookups <= RUNS.trailLookups)
        .map((list) => ({
          path: action.path,
          method: "POST" as const,
          headers: { ...headers, "Next-Action": action.id },
          body: JSON.stringify(flightValue(list)),
        })),
    );
    const { results, problems } = await sendAll(baseURL!, calls, 1);
    expectNoProblems(problems);
    const answered = results.filter((result) => result.status === 200).length;
    expect(answered).toBeGreaterThan(calls.length / 2);
  });
});

/**
 * Keeps a generated argument away from every trail other tests use: any trail name it gives
 * is a "fuzz-…" one, and a new trail's region is never one of the dashboard's.
 */
function defang(arg: unknown, action: string): unknown {
  if (arg === null || typeof arg !== "object" || Array.isArray(arg)) return arg;
  const record = { ...(arg as Record<string, unknown>) };
  if (typeof record.name === "string") record.name = `fuzz-${record.name}`;
  if (action === "createTrailAction" && DASHBOARD_REGIONS.includes(String(record.region))) {
    record.region = "zz-fuzz-1";
  }
  return record;
}
