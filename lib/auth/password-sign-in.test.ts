import { describe, expect, it } from "vitest";

import { createSession, deleteSession, readSession } from "./session-store";
import { passwordSignIn } from "./password-sign-in";
import { withFakeRequests } from "./testing/fake-request";

withFakeRequests();

describe("passwordSignIn (the demo logins, local mode)", () => {
  it("signs in a known user with the right password, with their role", async () => {
    expect(await passwordSignIn("admin", "demo-admin", "10.0.0.1")).toEqual({
      ok: true,
      user: { name: "admin", role: "admin", method: "password", subject: "admin" },
    });
  });

  it("answers a wrong password and an unknown user alike", async () => {
    const wrong = await passwordSignIn("viewer", "nope", "10.0.0.2");
    const unknown = await passwordSignIn("nobody", "nope", "10.0.0.2");
    expect(wrong).toEqual({ ok: false, error: "Wrong user name or password." });
    expect(unknown).toEqual(wrong);
  });

  it("stops guessing after five wrong passwords for a user, even the right one then", async () => {
    for (let i = 0; i < 5; i++) await passwordSignIn("viewer", `guess-${i}`, `10.1.0.${i}`);
    const locked = await passwordSignIn("viewer", "demo-viewer", "10.1.0.99");
    expect(locked).toEqual({
      ok: false,
      error: "Too many failed sign-ins. Try again in 15 minutes.",
    });
  });
});

describe("sessions", () => {
  const user = {
    name: "ana",
    role: "viewer" as const,
    method: "oidc" as const,
    subject: "iss ana",
  };

  it("reads back the user of a live session, and nothing after it ends or is deleted", () => {
    const { token } = createSession(user, 60_000, 1_000);
    expect(readSession(token, 2_000)?.user).toEqual(user);
    expect(readSession(token, 61_000)).toBeUndefined();
    const second = createSession(user, 60_000, 1_000).token;
    deleteSession(second);
    expect(readSession(second, 2_000)).toBeUndefined();
  });

  it("ignores tokens it never issued", () => {
    expect(readSession(undefined)).toBeUndefined();
    expect(readSession("x".repeat(43))).toBeUndefined();
    expect(readSession("' OR 1=1 --")).toBeUndefined();
  });
});
