import { type Page } from "@playwright/test";
import { expect, test } from "./support/test";

/**
 * A trail's event and Insights selectors through the UI against the local service: the
 * seeded trail's selectors load, and invalid input shows its error at the field and saves
 * nothing. Changing selectors is a step of a trail's life (trails.spec.ts), on a trail of
 * that test's own, so the seeded trail that other tests read stays as it is.
 */

const SEEDED = "/trails/us-east-1/management-events/selectors";

function eventSelectors(page: Page) {
  return page.getByRole("region", { name: "Event selectors" });
}

function insights(page: Page) {
  return page.getByRole("region", { name: "Insights" });
}

test("the seeded trail's selectors load, and invalid input shows its error and saves nothing", async ({
  page,
  request,
}) => {
  const before = await (
    await request.get("/api/trails/selectors?region=us-east-1&name=management-events")
  ).json();
  await page.goto(SEEDED);
  await expect(
    page.getByRole("heading", { name: "Event and Insights selectors", level: 1 }),
  ).toBeVisible();
  const events = eventSelectors(page);
  await expect(events.getByRole("list", { name: "Event selectors now" })).toHaveText(
    "All management events (read and write)",
  );
  await expect(insights(page).getByRole("list", { name: "Insights now" })).toHaveText(
    "API call rate and API error rate Insights",
  );
  await expect(events.getByRole("radio", { name: "Basic" })).toBeChecked();
  await expect(events.getByRole("checkbox", { name: "Management events" })).toBeChecked();
  await expect(events.getByLabel("Read/write events")).toHaveValue("All");
  await expect(insights(page).getByRole("checkbox", { name: "API call rate" })).toBeChecked();
  await expect(insights(page).getByRole("checkbox", { name: "API error rate" })).toBeChecked();

  // An S3 value that is not an ARN: the error is at its field, and no review opens.
  await events.getByRole("radio", { name: "Specific buckets or prefixes" }).check();
  const buckets = events.getByRole("textbox", { name: "Bucket ARNs or prefixes, one a line" });
  await buckets.fill("my-bucket");
  await events.getByRole("button", { name: "Review changes" }).click();
  await expect(buckets).toHaveAttribute("aria-invalid", "true");
  await expect(buckets).toHaveAccessibleDescription(/“my-bucket” is not an S3 ARN/);
  await expect(page.getByRole("dialog")).toHaveCount(0);

  // A selector that records nothing is flagged at its management events box.
  await events.getByRole("button", { name: "Add selector" }).click();
  await buckets.fill("arn:aws:s3:::acme-logs/");
  await events.getByRole("button", { name: "Review changes" }).click();
  const second = events.getByRole("group", { name: "Selector 2" });
  await expect(
    second.getByRole("checkbox", { name: "Management events" }),
  ).toHaveAccessibleDescription(/This selector records nothing/);
  await expect(page.getByRole("dialog")).toHaveCount(0);

  // CloudTrail takes at most 5 basic selectors: the sixth cannot be added.
  for (let count = 2; count < 5; count++) {
    await events.getByRole("button", { name: "Add selector" }).click();
  }
  await expect(events.getByRole("group", { name: /^Selector \d$/ })).toHaveCount(5);
  await expect(events.getByRole("button", { name: "Add selector" })).toBeDisabled();
  await expect(events.getByRole("button", { name: "Add selector" })).toHaveAccessibleDescription(
    "5 of 5 basic selectors: CloudTrail takes no more (advanced selectors can say more)",
  );

  // An advanced condition CloudTrail would refuse is flagged at its field.
  await events.getByRole("radio", { name: "Advanced" }).click();
  await expect(events.getByRole("note")).toContainText(
    "saving advanced selectors replaces the trail's basic selectors",
  );
  const condition = events.getByRole("group", { name: "Selector 1, condition 1" });
  await condition.getByLabel("Values, one a line").fill("Everything");
  await events.getByRole("button", { name: "Review changes" }).click();
  await expect(condition.getByLabel("Values, one a line")).toHaveAccessibleDescription(
    "“Everything” is not an event category: use Management, Data, NetworkActivity.",
  );
  await expect(page.getByRole("dialog")).toHaveCount(0);

  // Nothing was sent: after a reload the trail has what it had.
  await page.reload();
  await expect(eventSelectors(page).getByRole("list", { name: "Event selectors now" })).toHaveText(
    "All management events (read and write)",
  );
  await expect(eventSelectors(page).getByRole("radio", { name: "None" }).first()).toBeChecked();
  const after = await (
    await request.get("/api/trails/selectors?region=us-east-1&name=management-events")
  ).json();
  expect(after).toEqual(before);
});
