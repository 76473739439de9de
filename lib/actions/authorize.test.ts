import { beforeEach, describe, expect, it, vi } from "vitest";

import { listAudit } from "@/lib/audit/audit-log";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie-name";
import type { AuditAction } from "@/lib/audit/audit-entry";
import { deleteSession } from "@/lib/auth/session-store";
import {
  anonymous,
  requestCookie,
  setRequestCookie,
  setRequestHeader,
  signInAs,
  withFakeRequests,
} from "@/lib/auth/testing/fake-request";
import { findTrail } from "@/lib/cloudtrail/describe-trails";
import { connectedHarness } from "@/lib/cloudtrail/testing/connect-harness";
import { forgetTrailReads } from "@/lib/cloudtrail/trail-read-cache";
import { DEFAULT_BASIC_SELECTOR } from "@/lib/trails/event-selectors";
import { newTrailValues } from "@/lib/trails/trail-form";

import { saveEventSelectors, saveInsightSelectors } from "./trail-selectors";
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
 * Every server action that changes something, called directly as a client could (no page,
 * no proxy): nobody signed in gets 401, a viewer 403, a request from another origin 403, and
 * none of them reaches CloudTrail. A viewer's attempt is audited as refused.
 */

const harness = connectedHarness();
withFakeRequests();
beforeEach(() => forgetTrailReads());

const TRAIL = { region: "us-east-1", name: "guarded" };
const ACTIONS: [string, AuditAction, () => Promise<unknown>][] = [
  [
    "createTrailAction",
    "CreateTrail",
    () =>
      createTrailAction({
        ...newTrailValues("us-east-1"),
        name: "intruder",
        s3BucketName: "acme-logs",
      }),
  ],
  [
    "updateTrailAction",
    "UpdateTrail",
    () =>
      updateTrailAction({ ...newTrailValues("us-east-1"), ...TRAIL, s3BucketName: "evil-bucket" }),
  ],
  [
    "deleteTrailAction",
    "DeleteTrail",
    () => deleteTrailAction({ ...TRAIL, confirmation: TRAIL.name }),
  ],
  ["startLoggingAction", "StartLogging", () => startLoggingAction(TRAIL)],
  ["stopLoggingAction", "StopLogging", () => stopLoggingAction(TRAIL)],
  [
    "saveEventSelectors",
    "PutEventSelectors",
    () =>
      saveEventSelectors({
        ...TRAIL,
        eventSelectors: { kind: "basic", selectors: [DEFAULT_BASIC_SELECTOR] },
      }),
  ],
  [
    "saveInsightSelectors",
    "PutInsightSelectors",
    () => saveInsightSelectors({ ...TRAIL, insightTypes: [] }),
  ],
];

const recordedCalls = () =>
  (harness.service.db.prepare("SELECT COUNT(*) AS n FROM events").get() as { n: number }).n;
const refusedWith = (status: 401 | 403) => ({ digest: `NEXT_HTTP_ERROR_FALLBACK;${status}` });

describe("authorize, through every changing action", () => {
  beforeEach(async () => {
    signInAs({ role: "admin" });
    if (!(await findTrail(TRAIL.region, TRAIL.name))) {
      const created = await createTrailAction({
        ...newTrailValues("us-east-1"),
        ...TRAIL,
        s3BucketName: "acme-logs",
      });
      expect(created.ok).toBe(true);
    }
    forgetTrailReads();
  });

  it.each(ACTIONS)(
    "%s answers 401 to nobody signed in and changes nothing",
    async (_name, _action, call) => {
      anonymous();
      const before = recordedCalls();
      await expect(call()).rejects.toMatchObject(refusedWith(401));
      expect(recordedCalls()).toBe(before);
    },
  );

  it.each(ACTIONS)(
    "%s answers 403 to a viewer, changes nothing, and audits the attempt",
    async (_name, action, call) => {
      signInAs({ role: "viewer", name: "mallory" });
      const before = recordedCalls();
      await expect(call()).rejects.toMatchObject(refusedWith(403));
      expect(recordedCalls()).toBe(before);
      const [entry] = listAudit({ limit: 1 }).entries;
      expect(entry).toMatchObject({
        actor: "mallory",
        actorRole: "viewer",
        action,
        outcome: "refused",
        calls: [],
      });
    },
  );

  it.each(ACTIONS)(
    "%s answers 403 to an admin's cookie sent from another origin",
    async (_name, _action, call) => {
      signInAs({ role: "admin" });
      setRequestHeader("origin", "https://evil.example");
      const before = recordedCalls();
      await expect(call()).rejects.toMatchObject(refusedWith(403));
      expect(recordedCalls()).toBe(before);
    },
  );

  it.each(ACTIONS)(
    "%s answers 403 when the Origin header is missing",
    async (_name, _action, call) => {
      signInAs({ role: "admin" });
      setRequestHeader("origin", undefined);
      await expect(call()).rejects.toMatchObject(refusedWith(403));
    },
  );

  it("refuses a forged or ended session like no session", async () => {
    signInAs({ role: "admin" });
    const before = recordedCalls();
    const cookie = requestCookie(SESSION_COOKIE)!;
    // A token of the right shape that the store never issued.
    setRequestCookie(
      SESSION_COOKIE,
      cookie.replace(/^./, (c) => (c === "A" ? "B" : "A")),
    );
    await expect(startLoggingAction(TRAIL)).rejects.toMatchObject(refusedWith(401));
    // A session that was signed out.
    setRequestCookie(SESSION_COOKIE, cookie);
    deleteSession(cookie);
    await expect(startLoggingAction(TRAIL)).rejects.toMatchObject(refusedWith(401));
    expect(recordedCalls()).toBe(before);
  });

  it("lets an admin through", async () => {
    signInAs({ role: "admin", name: "alice" });
    await expect(stopLoggingAction(TRAIL)).resolves.toMatchObject({ ok: true });
    expect(listAudit({ limit: 1 }).entries[0]).toMatchObject({
      actor: "alice",
      action: "StopLogging",
      outcome: "succeeded",
    });
  });
});
