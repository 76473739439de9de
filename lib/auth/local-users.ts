import "server-only";

import { getEnv } from "@/lib/env";

import { isPasswordHash } from "./password-hash";
import { isRole, type Role } from "./roles";

export interface LocalUser {
  name: string;
  role: Role;
  passwordHash: string;
}

/**
 * The demo account's two logins, in local mode only and only while no users are configured.
 * Their passwords are in the README (demo-viewer, demo-admin); only the hashes live here.
 */
export const DEMO_USERS: readonly LocalUser[] = [
  {
    name: "viewer",
    role: "viewer",
    passwordHash:
      "scrypt$32768$8$1$Aj2ncdupyusd0MGQ69zMzg$I0yp-QwoIQumaEkwe-B8SOOqR08mC-aPekHFGmE03xQ",
  },
  {
    name: "admin",
    role: "admin",
    passwordHash:
      "scrypt$32768$8$1$d6PKqVptjFnOYhkugtX_0w$L-kd8Ep5Kt3PfyfnIaoUYhEXdgRKNiVGRJ3BzMTWKOM",
  },
];

const USER_NAME = /^[A-Za-z0-9._@+-]{1,64}$/;

/**
 * Parses TRAILSCOPE_USERS: comma-separated `name:role:hash` entries, the hash made by
 * `npm run hash-password`. Throws a message naming the bad entry, so a typo stops the
 * server at start rather than locking someone out silently.
 */
export function parseLocalUsers(value: string): LocalUser[] {
  const users = value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry, index) => {
      const [name = "", role = "", passwordHash = "", ...rest] = entry.split(":");
      const where = `TRAILSCOPE_USERS entry ${index + 1}${USER_NAME.test(name) ? ` (${name})` : ""}`;
      if (rest.length) throw new Error(`${where} must be name:role:hash`);
      if (!USER_NAME.test(name)) {
        throw new Error(`${where}: the user name must be 1-64 letters, digits or . _ @ + -`);
      }
      if (!isRole(role)) throw new Error(`${where}: the role must be viewer or admin`);
      if (!isPasswordHash(passwordHash)) {
        throw new Error(`${where}: the hash must be one made by npm run hash-password`);
      }
      return { name, role, passwordHash };
    });
  const names = new Set<string>();
  for (const user of users) {
    if (names.has(user.name)) throw new Error(`TRAILSCOPE_USERS names ${user.name} twice`);
    names.add(user.name);
  }
  return users;
}

let cached: { source: string | undefined; users: readonly LocalUser[] } | undefined;

/** The users who sign in with a password: the configured ones, else the demo's in local mode. */
export function getLocalUsers(): readonly LocalUser[] {
  const { users, mode } = getEnv();
  if (cached && cached.source === users) return cached.users;
  const list = users ? parseLocalUsers(users) : mode === "local" ? DEMO_USERS : [];
  cached = { source: users, users: list };
  return list;
}

export function usesDemoUsers(): boolean {
  const { users, mode } = getEnv();
  return !users && mode === "local";
}

export function findLocalUser(name: string): LocalUser | undefined {
  return getLocalUsers().find((user) => user.name === name);
}
