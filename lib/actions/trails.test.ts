import { beforeEach, describe, expect, it, vi } from "vitest";

import { connectedHarness } from "@/lib/cloudtrail/testing/connect-harness";
import { findTrail } from "@/lib/cloudtrail/describe-trails";
import { forgetTrailReads } from "@/lib/cloudtrail/trail-read-cache";
import { newTrailValues } from "@/lib/trails/trail-form";

import { listAudit } from "@/lib/audit/audit-log";
import { signInAs, withFakeRequests } from "@/lib/auth/testing/fake-request";

import {
  createTrailAction,
  deleteTrailAction,
  startLoggingAction,
  stopLoggingAction,
  updateTrailAction,
} from "./trails";

vi.mock("next/headers", async () =>
  (await import("@/lib/auth/testing/fake-request")).nextHeadersMock(),
);

/**
 * The trail server actions as a signed-in admin's browser calls them, against the local
 * service: input is checked before CloudTrail is asked, CloudTrail's refusals come back as
 * messages at the field they concern, and each change lands in the audit log.
 * (Refusals by role, session and origin: authorize.test.ts.)
 */

const harness = connectedHarness();
withFakeRequests();
beforeEach(() => {
  forgetTrailReads();
  signInAs({ role: "admin", name: "alice" });
});

const values = (name: string) => ({
  ...newTrailValues("us-east-1"),
  name,
  s3BucketName: "acme-audit-logs",
});

/** How many calls the local service has recorded (every call is an event in its history). */
const recordedCalls = () =>
  (harness.service.db.prepare("SELECT COUNT(*) AS n FROM events").get() as { n: number }).n;

describe("createTrailAction", () => {
  it("creates and starts a valid trail", async () => {
    const result = await createTrailAction(values("audit"));
    expect(result.ok && result.data.changes.map((c) => c.eventName)).toEqual([
      "CreateTrail",
      "StartLogging",
    ]);
  });

  it("writes the change to the audit log with CloudTrail's request ids", async () => {
    const result = await createTrailAction(values("audited"));
    expect(result.ok).toBe(true);
    const [entry] = listAudit({ limit: 1 }).entries;
    expect(entry).toMatchObject({
      actor: "alice",
      actorRole: "admin",
      action: "CreateTrail",
      trail: { region: "us-east-1", name: "audited", arn: result.ok ? result.data.arn : "" },
      outcome: "succeeded",
    });
    expect(entry.calls.map((call) => call.operation)).toEqual(["CreateTrail", "StartLogging"]);
    // The same ids CloudTrail's own record of each call carries.
    const recorded = harness.service.db
      .prepare(
        "SELECT record FROM events WHERE event_name IN ('CreateTrail', 'StartLogging') ORDER BY seq DESC LIMIT 2",
      )
      .all() as { record: string }[];
    const ids = recorded.map((row) => (JSON.parse(row.record) as { requestID: string }).requestID);
    expect(ids.sort()).toEqual(entry.calls.map((call) => call.requestId).sort());
  });

  it("refuses invalid input at its fields without calling CloudTrail", async () => {
    const before = recordedCalls();
    const result = await createTrailAction({ ...values("-bad"), s3BucketName: "UPPER" });
    expect(result).toEqual({
      ok: false,
      error:
        "Nothing was saved: The trail name must start and end with a letter or number. The bucket name may contain only lowercase letters, numbers, periods and hyphens.",
      fieldErrors: {
        name: "The trail name must start and end with a letter or number.",
        s3BucketName:
          "The bucket name may contain only lowercase letters, numbers, periods and hyphens.",
      },
    });
    expect(await createTrailAction("not an object")).toMatchObject({ ok: false });
    expect(recordedCalls()).toBe(before);
  });

  it("puts CloudTrail's refusal at the field it concerns", async () => {
    const result = await createTrailAction(values("audit"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.name).toMatch(/^A trail with this name already exists/);
    expect(result.error).toBe(result.fieldErrors?.name);
  });

  it("creates only in this dashboard's regions", async () => {
    const result = await createTrailAction({ ...values("faraway"), region: "sa-east-1" });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { region: expect.stringMatching(/not one of/) },
    });
  });

  it("audits a change CloudTrail refused, with the message", async () => {
    const result = await createTrailAction(values("audit"));
    expect(result.ok).toBe(false);
    const [entry] = listAudit({ limit: 1 }).entries;
    expect(entry).toMatchObject({
      action: "CreateTrail",
      outcome: "failed",
      error: result.ok ? "" : result.error,
    });
    expect(entry.calls).toEqual([
      expect.objectContaining({
        operation: "CreateTrail",
        errorCode: "TrailAlreadyExistsException",
        requestId: expect.any(String),
      }),
    ]);
  });
});

describe("changes to an existing trail", () => {
  it("stops and starts logging by home region and name", async () => {
    const stopped = await stopLoggingAction({ region: "us-east-1", name: "audit" });
    expect(stopped).toMatchObject({ ok: true, data: { eventName: "StopLogging" } });
    const started = await startLoggingAction({ region: "us-east-1", name: "audit" });
    expect(started).toMatchObject({ ok: true, data: { eventName: "StartLogging" } });
  });

  it("says so when the trail is not there", async () => {
    expect(await stopLoggingAction({ region: "us-west-2", name: "audit" })).toEqual({
      ok: false,
      error:
        "There is no trail audit with home region us-west-2. It may have been deleted; reload the page.",
    });
  });

  it("updates with the form's values", async () => {
    const result = await updateTrailAction({ ...values("audit"), s3KeyPrefix: "logs" });
    expect(result).toMatchObject({ ok: true, data: [{ eventName: "UpdateTrail" }] });
    forgetTrailReads();
    expect((await findTrail("us-east-1", "audit"))?.s3KeyPrefix).toBe("logs");
    const refused = await updateTrailAction({ ...values("audit"), kmsKeyId: "nope" });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { kmsKeyId: expect.any(String) } });
  });

  it("deletes only when the name is typed exactly", async () => {
    const wrong = await deleteTrailAction({
      region: "us-east-1",
      name: "audit",
      confirmation: "Audit",
    });
    expect(wrong).toEqual({
      ok: false,
      error: "Type the trail's name exactly to confirm.",
      fieldErrors: { confirmation: "Type audit to confirm." },
    });
    expect(await findTrail("us-east-1", "audit")).toBeDefined();
    const right = await deleteTrailAction({
      region: "us-east-1",
      name: "audit",
      confirmation: "audit",
    });
    expect(right).toMatchObject({ ok: true, data: { eventName: "DeleteTrail" } });
    expect(await findTrail("us-east-1", "audit")).toBeUndefined();
  });
});
