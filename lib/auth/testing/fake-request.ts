import { afterAll, beforeAll, beforeEach } from "vitest";

import { openAppStore, setAppStoreForTests } from "@/lib/app-store/app-store";

import { SESSION_COOKIE } from "../session-cookie-name";
import { createSession } from "../session-store";
import type { SessionUser } from "../session-user";

/**
 * The request a server action or route sees in a unit test: its cookies and headers, which
 * `next/headers` answers from (mock it with `nextHeadersMock()`), and an in-memory app store.
 * Sessions are real: signInAs() creates one in the store and puts its cookie on the request.
 */
const state = { cookies: new Map<string, string>(), headers: new Map<string, string>() };

export const OWN_ORIGIN = "http://localhost:3000";

export function nextHeadersMock() {
  return {
    cookies: async () => ({
      get: (name: string) =>
        state.cookies.has(name) ? { name, value: state.cookies.get(name)! } : undefined,
      has: (name: string) => state.cookies.has(name),
      set: (name: string, value: string) => void state.cookies.set(name, value),
      delete: (name: string | { name: string }) =>
        void state.cookies.delete(typeof name === "string" ? name : name.name),
    }),
    headers: async () => new Headers([...state.headers]),
  };
}

/** A browser on the dashboard's own page with nobody signed in. */
export function anonymous(): void {
  state.cookies.clear();
  state.headers = new Map([
    ["host", "localhost:3000"],
    ["origin", OWN_ORIGIN],
  ]);
}

export function signInAs(user: Partial<SessionUser> & Pick<SessionUser, "role">): SessionUser {
  anonymous();
  const full: SessionUser = {
    name: user.name ?? user.role,
    method: "oidc",
    subject: `test ${user.role}`,
    ...user,
  };
  state.cookies.set(SESSION_COOKIE, createSession(full, 3_600_000).token);
  return full;
}

export function setRequestHeader(name: string, value: string | undefined): void {
  if (value === undefined) state.headers.delete(name);
  else state.headers.set(name, value);
}

export function setRequestCookie(name: string, value: string): void {
  state.cookies.set(name, value);
}

export function requestCookie(name: string): string | undefined {
  return state.cookies.get(name);
}

/** An in-memory app store for the file's tests, and an anonymous request before each test. */
export function withFakeRequests(): void {
  beforeAll(() => setAppStoreForTests(openAppStore(":memory:")));
  afterAll(() => setAppStoreForTests(undefined));
  beforeEach(() => anonymous());
}
