import "server-only";

import { DEMO_USERS, findLocalUser } from "./local-users";
import { verifyPassword } from "./password-hash";
import { clearSignInFailures, recordSignInFailure, signInWait } from "./sign-in-throttle";
import type { SessionUser } from "./session-user";

export type PasswordSignIn = { ok: true; user: SessionUser } | { ok: false; error: string };

const WRONG = "Wrong user name or password.";

/**
 * Checks a local user's password. An unknown name costs the same scrypt as a known one and
 * gets the same message, so neither timing nor wording tells which names exist.
 */
export async function passwordSignIn(
  name: string,
  password: string,
  ip: string | undefined,
): Promise<PasswordSignIn> {
  const wait = signInWait(name, ip);
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60_000);
    return {
      ok: false,
      error: `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    };
  }
  const user = findLocalUser(name);
  const matches = await verifyPassword(password, user?.passwordHash ?? DEMO_USERS[0].passwordHash);
  if (!user || !matches) {
    recordSignInFailure(name, ip);
    return { ok: false, error: WRONG };
  }
  clearSignInFailures(name);
  return {
    ok: true,
    user: { name: user.name, role: user.role, method: "password", subject: user.name },
  };
}
