import { expect, type Page } from "@playwright/test";

import { expectInHistory } from "./trail-history";

function eventSelectors(page: Page) {
  return page.getByRole("region", { name: "Event selectors" });
}

function insights(page: Page) {
  return page.getByRole("region", { name: "Insights" });
}

/**
 * Changes a new trail's event and Insights selectors through the selectors page: a basic
 * change reviewed and saved, a switch to advanced selectors, and Insights turned on by
 * keyboard alone; each change found in the Event history. The trail starts with CloudTrail's
 * default selectors and no Insights.
 */
export async function changeSelectors(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  const events = eventSelectors(page);
  await expect(events.getByRole("list", { name: "Event selectors now" })).toHaveText(
    "All management events (read and write)",
  );

  // Change: leave out KMS events, and record the objects of one bucket.
  await events.getByRole("checkbox", { name: "Exclude KMS events" }).check();
  await events.getByRole("radio", { name: "Specific buckets or prefixes" }).check();
  await events
    .getByRole("textbox", { name: "Bucket ARNs or prefixes, one a line" })
    .fill("arn:aws:s3:::acme-e2e-exports/");
  await events.getByRole("button", { name: "Review changes" }).click();

  const review = page.getByRole("dialog", { name: "Review the event selectors" });
  const saved =
    "All management events (read and write), excluding KMS; S3 data events for arn:aws:s3:::acme-e2e-exports/";
  await expect(review).toContainText("Nothing has been sent yet");
  await expect(review.getByRole("listitem")).toHaveText([
    "All management events (read and write)",
    saved,
  ]);
  const diff = review.getByLabel("The change in JSON, as CloudTrail records the call");
  await expect(diff).toContainText("Added:");
  await expect(diff).toContainText('"kms.amazonaws.com"');
  await review.getByRole("button", { name: "Save event selectors" }).click();

  await expect(review).toBeHidden();
  await expect(events.getByRole("status")).toContainText(`Event selectors saved for ${name}.`);
  // The editor starts again from what CloudTrail now has.
  await expect(events.getByRole("list", { name: "Event selectors now" })).toHaveText(saved);
  await expect(events.getByRole("checkbox", { name: "Exclude KMS events" })).toBeChecked();
  await expect(
    events.getByRole("textbox", { name: "Bucket ARNs or prefixes, one a line" }),
  ).toHaveValue("arn:aws:s3:::acme-e2e-exports/");
  await expectInHistory(page, "PutEventSelectors");

  // Switching to advanced selectors starts from the basic ones rewritten, and replaces them.
  await page.goto(url);
  await eventSelectors(page).getByRole("radio", { name: "Advanced" }).click();
  await expect(eventSelectors(page).getByRole("note")).toContainText(
    "saving advanced selectors replaces the trail's basic selectors",
  );
  await eventSelectors(page).getByRole("button", { name: "Review changes" }).click();
  const advancedReview = page.getByRole("dialog", { name: "Review the event selectors" });
  await expect(advancedReview.getByRole("note")).toHaveText(
    "The trail's basic selectors will be replaced by advanced ones.",
  );
  await advancedReview.getByRole("button", { name: "Save event selectors" }).click();
  await expect(advancedReview).toBeHidden();
  await expect(
    eventSelectors(page).getByRole("list", { name: "Event selectors now" }).getByRole("listitem"),
  ).toHaveText([
    "Management events: eventCategory is Management, eventSource is not kms.amazonaws.com",
    "S3 data events: eventCategory is Data, resources.type is AWS::S3::Object, resources.ARN starts with arn:aws:s3:::acme-e2e-exports/",
  ]);
  await expect(eventSelectors(page).getByRole("radio", { name: "Advanced" })).toBeChecked();
  await expect(eventSelectors(page).getByRole("note")).toHaveCount(0);

  // Insights, by keyboard alone: turn on the API call rate, saved apart from the selectors.
  const panel = insights(page);
  await expect(panel.getByRole("list", { name: "Insights now" })).toHaveText("Insights off");
  const callRate = panel.getByRole("checkbox", { name: "API call rate" });
  await callRate.focus();
  await page.keyboard.press("Space");
  await expect(callRate).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(panel.getByRole("button", { name: "Review Insights change" })).toBeFocused();
  await page.keyboard.press("Enter");
  const insightsReview = page.getByRole("dialog", { name: "Review the Insights selectors" });
  await expect(insightsReview.getByRole("listitem")).toHaveText([
    "Insights off",
    "API call rate Insights",
  ]);
  // The JSON difference takes the focus first (it scrolls), then Cancel, then Save.
  await expect(insightsReview.getByLabel(/^The change in JSON/)).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(insightsReview.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(
    insightsReview.getByRole("button", { name: "Save Insights selectors" }),
  ).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(insightsReview).toBeHidden();
  await expect(panel.getByRole("status")).toContainText(`Insights selectors saved for ${name}.`);
  await expect(panel.getByRole("list", { name: "Insights now" })).toHaveText(
    "API call rate Insights",
  );
  await expect(panel.getByRole("checkbox", { name: "API call rate" })).toBeChecked();
  // The keyboard continues from the outcome: its link is next.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "See this change in Event history" })).toBeFocused();
  await expectInHistory(page, "PutInsightSelectors");
}
