import { type Page } from "@playwright/test";

import { expectInHistory } from "./support/trail-history";
import { changeSelectors } from "./support/trail-selectors-steps";
import { expect, test } from "./support/test";

/**
 * A trail's whole life through the UI against the local service: create, start, stop (with
 * its confirmation), edit, change event and Insights selectors, delete; after each step the change's own link opens the Event
 * history and shows the matching CloudTrail event. Invalid input at each form shows its
 * error and changes nothing. The trail lives in ap-northeast-1, whose lookup rate no other
 * test spends, under a name of its own so parallel tests do not meet it.
 */

const REGION = "ap-northeast-1";

function trailsTable(page: Page) {
  return page.getByRole("table", { name: "Trails" });
}

test("a trail's life: create, start, stop, edit, selectors and delete, each in the Event history", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const name = `e2e-life-${Date.now().toString(36)}`;

  // Create: rules are checked at the field before anything is sent.
  await page.goto("/trails/new");
  await expect(page.getByRole("heading", { name: "Create trail", level: 1 })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill("bad..name");
  await page.getByLabel("S3 bucket", { exact: true }).fill("Not_A_Bucket");
  await page.getByLabel("CloudWatch Logs log group ARN (optional)").fill("my-log-group");
  await page.getByRole("button", { name: "Create trail" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveAccessibleDescription(
    /must not have adjacent periods/,
  );
  await expect(page.getByLabel("S3 bucket", { exact: true })).toHaveAccessibleDescription(
    /may contain only lowercase letters/,
  );
  await expect(
    page.getByLabel("CloudWatch Logs log group ARN (optional)"),
  ).toHaveAccessibleDescription(/must look like arn:aws:logs/);
  await expect(page.getByLabel("CloudWatch Logs role ARN")).toHaveAccessibleDescription(
    /needs both a log group and a role/,
  );

  // What only CloudTrail knows comes back at its field: the seeded multi-Region trail
  // already has this name in every region.
  await page.getByLabel("Name", { exact: true }).fill("management-events");
  await page.getByLabel("S3 bucket", { exact: true }).fill("e2e-trail-logs");
  await page.getByLabel("CloudWatch Logs log group ARN (optional)").fill("");
  await page.getByLabel("Home region").selectOption(REGION);
  await page.getByRole("button", { name: "Create trail" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveAccessibleDescription(
    /already exists/,
  );
  await expect(page.getByRole("alert").filter({ hasText: "not created" })).toBeVisible();

  // Nothing was created by either attempt.
  await page.goto("/trails");
  await expect(trailsTable(page)).toBeVisible();
  await expect(trailsTable(page).getByRole("link", { name: "bad..name" })).toHaveCount(0);
  await expect(
    trailsTable(page)
      .getByRole("row")
      .filter({ hasText: REGION })
      .filter({ hasText: "management-events" }),
  ).toHaveCount(0);

  // A valid trail, not yet logging.
  await page.goto("/trails/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Home region").selectOption(REGION);
  await page.getByLabel("S3 bucket", { exact: true }).fill("e2e-trail-logs");
  await page.getByRole("checkbox", { name: "Start logging now" }).uncheck();
  await page.getByRole("button", { name: "Create trail" }).click();
  await expect(page.getByRole("status").filter({ hasText: "created" })).toHaveText(
    new RegExp(`Trail ${name} created in ${REGION}\\.`),
  );
  await expectInHistory(page, "CreateTrail", "See this change in Event history");

  // It is listed, once, with its home region, not logging.
  await page.goto("/trails");
  const row = trailsTable(page).getByRole("row").filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(REGION);
  await expect(row).toContainText("Multi-Region");
  await expect(row.locator("[data-trail-status]")).toHaveAttribute("data-trail-status", "stopped");

  // Start logging from the list; the status refreshes.
  await row.getByRole("button", { name: `Start logging ${name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Logging started" })).toBeVisible();
  await expect(row.locator("[data-trail-status]")).toHaveAttribute("data-trail-status", "logging");
  await expectInHistory(page, "StartLogging", "See this change in Event history");

  // Stop from the trail's page: the confirmation says what it costs; Keep logging keeps it.
  await page.goto(`/trails/${REGION}/${name}`);
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await page.getByRole("button", { name: `Stop logging ${name}` }).click();
  const confirm = page.getByRole("alertdialog", { name: `Stop logging ${name}?` });
  await expect(confirm).toContainText("gap in the audit record");
  await expect(confirm).toContainText("recorded as a StopLogging event");
  await confirm.getByRole("button", { name: "Keep logging" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText(/^On since/)).toBeVisible();
  await page.getByRole("button", { name: `Stop logging ${name}` }).click();
  await confirm.getByRole("button", { name: "Stop logging" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Logging stopped" })).toBeVisible();
  await expect(page.getByText(/^Off since/)).toBeVisible();
  await expectInHistory(page, "StopLogging", "See this change in Event history");

  // Edit: an invalid value is refused at its field and nothing changes.
  await page.goto(`/trails/${REGION}/${name}/edit`);
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
  await expect(page.getByLabel("S3 bucket", { exact: true })).toHaveValue("e2e-trail-logs");
  await page.getByLabel("KMS key (optional)").fill("not a key");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByLabel("KMS key (optional)")).toHaveAccessibleDescription(
    /is not a key ID/,
  );
  await page.reload();
  await expect(page.getByLabel("KMS key (optional)")).toHaveValue("");

  // A valid edit: a prefix, validation off, a tag. UpdateTrail, then AddTags.
  await page.getByLabel("S3 key prefix (optional)").fill("audit");
  await page.getByRole("checkbox", { name: "Log file validation" }).uncheck();
  await page.getByRole("button", { name: "Add tag" }).click();
  await page.getByLabel("Tag 1 key").fill("Owner");
  await page.getByLabel("Tag 1 value").fill("e2e");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "updated" })).toBeVisible();
  await expectInHistory(page, "UpdateTrail", "See UpdateTrail in Event history");
  await page.goto(`/trails/${REGION}/${name}`);
  await expect(page.getByText(`s3://e2e-trail-logs/audit/`)).toBeVisible();
  await expect(page.getByText("Owner=e2e")).toBeVisible();

  // Event and Insights selectors.
  await changeSelectors(page, `/trails/${REGION}/${name}/selectors`, name);

  // Delete: the name must be typed; logs stay in S3.
  await page.goto(`/trails/${REGION}/${name}`);
  await page.getByRole("button", { name: "Delete trail" }).click();
  const dialog = page.getByRole("alertdialog", { name: `Delete ${name}?` });
  await expect(dialog).toContainText("s3://e2e-trail-logs/audit");
  const confirmDelete = dialog.getByRole("button", { name: "Delete trail" });
  await expect(confirmDelete).toBeDisabled();
  await dialog.getByLabel(`Type ${name} to confirm`).fill(name.slice(0, -1));
  await expect(confirmDelete).toBeDisabled();
  await dialog.getByLabel(`Type ${name} to confirm`).fill(name);
  await confirmDelete.click();
  await expect(page.getByRole("alertdialog", { name: "Trail deleted" })).toBeVisible();
  await expectInHistory(page, "DeleteTrail", "See this change in Event history");

  await page.goto("/trails");
  await expect(trailsTable(page)).toBeVisible();
  await expect(trailsTable(page).getByRole("row").filter({ hasText: name })).toHaveCount(0);
  await page.goto(`/trails/${REGION}/${name}`);
  await expect(page.getByText("No such trail")).toBeVisible();

  // Every change is in the dashboard's audit log, by the admin who made it, with the
  // request id CloudTrail gave each call.
  await page.getByRole("banner").getByRole("link", { name: "Audit log" }).click();
  const rows = page.getByRole("table").getByRole("row").filter({ hasText: name });
  for (const action of [
    "CreateTrail",
    "StopLogging",
    "UpdateTrail",
    "PutEventSelectors",
    "DeleteTrail",
  ]) {
    const row = rows.filter({ hasText: action }).first();
    await expect(row).toContainText("alice");
    await expect(row).toContainText("Succeeded");
    await expect(row).toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  }
});

test("the Trails page lists the seed's trails, flags the failing delivery, and a bad link says so", async ({
  page,
}) => {
  await page.goto("/trails");
  await expect(page).toHaveTitle(/^Trails/);
  // The e2e server adds ap-east-1, an opt-in region the demo account has not enabled.
  await expect(page.getByRole("alert").filter({ hasText: "ap-east-1" })).toContainText(
    "Trails could not be read in ap-east-1",
  );
  await expect(page.getByRole("status").filter({ hasText: "statuses read" })).toContainText(
    "in 5 of 6 regions",
  );
  const eu = trailsTable(page).getByRole("row").filter({ hasText: "eu-data-events" });
  await expect(eu).toContainText("Delivery failing: AccessDenied");
  await expect(eu).toContainText("Single Region");
  const management = trailsTable(page).getByRole("row").filter({ hasText: "management-events" });
  await expect(management).toHaveCount(1);
  await expect(management).toContainText("us-east-1");
  // The account's CloudTrail.1 names whichever qualifying trail sorts first, and other tests
  // add trails in parallel: that it passes is the account's part; the seeded trail's own page
  // says why it qualifies.
  await expect(
    page
      .getByRole("list", { name: "Account posture checks" })
      .getByRole("listitem")
      .filter({ hasText: "CloudTrail.1" }),
  ).toContainText("Pass");
  await page.goto("/trails/us-east-1/management-events");
  await expect(
    page.getByRole("list", { name: "Posture checks of management-events" }),
  ).toContainText(
    "management-events is multi-Region and logging, and records read and write management events.",
  );

  await page.goto("/trails/nowhere/x");
  const problem = page.getByRole("alert").filter({ hasText: "does not name a trail" });
  await expect(problem).toContainText("This link does not name a trail");
  await expect(problem).toContainText("“nowhere” is not a region name such as us-east-1.");
});
