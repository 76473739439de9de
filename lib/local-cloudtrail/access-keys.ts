import "server-only";

import { z } from "zod";

import { DASHBOARD_ACCESS_KEY_ID } from "./caller-identity";

/** An access key the local service's HTTP endpoint accepts, and the IAM user it stands for. */
export interface LocalAccessKey {
  accessKeyId: string;
  secretAccessKey: string;
  userName: string;
}

/**
 * The key local mode accepts when none is configured: AWS's documented example pair, so the
 * README's CLI examples work as written. It is public, so configuring any key replaces it.
 */
export const DEMO_ACCESS_KEY: LocalAccessKey = {
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  userName: "local-cli",
};

const ACCESS_KEY_ID = /^(AKIA|ASIA)[A-Z0-9]{16}$/;
// IAM's user name characters, less the comma that separates entries here.
const IAM_USER_NAME = /^[A-Za-z0-9+=.@_-]{1,64}$/;
const SECRET = /^[^\s:,]+$/;

/**
 * `TRAILSCOPE_LOCAL_ACCESS_KEYS`: comma-separated `ACCESS_KEY_ID:SECRET:IAM_USER_NAME`.
 * A bad entry is named by its place and key id, never by its secret, since error messages
 * end up in logs.
 */
export const localAccessKeysSchema = z.string().transform((value, ctx) => {
  const entries = value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) {
    ctx.addIssue({ code: "custom", message: "must name at least one key as KEY_ID:SECRET:USER" });
    return z.NEVER;
  }
  const keys: LocalAccessKey[] = [];
  entries.forEach((entry, index) => {
    const [accessKeyId = "", secretAccessKey = "", userName = "", ...rest] = entry.split(":");
    const key = { accessKeyId, secretAccessKey, userName };
    const problem = rest.length > 0 ? "is not KEY_ID:SECRET:USER" : keyProblem(key, keys);
    if (problem) {
      const name = ACCESS_KEY_ID.test(accessKeyId) ? ` (${accessKeyId})` : "";
      ctx.addIssue({ code: "custom", message: `entry ${index + 1}${name} ${problem}` });
    } else {
      keys.push(key);
    }
  });
  return keys;
});

function keyProblem(key: LocalAccessKey, earlier: LocalAccessKey[]): string | undefined {
  if (!key.userName) return "is not KEY_ID:SECRET:USER";
  if (!ACCESS_KEY_ID.test(key.accessKeyId)) {
    return "has a key id that is not AKIA or ASIA followed by 16 upper-case letters or digits";
  }
  if (!SECRET.test(key.secretAccessKey)) return "has an empty secret or one with spaces";
  if (!IAM_USER_NAME.test(key.userName)) {
    return "has a user name that is not 1-64 letters, digits or + = . @ _ -";
  }
  if (key.accessKeyId === DASHBOARD_ACCESS_KEY_ID) {
    return "uses the key id reserved for the dashboard's own calls";
  }
  if (earlier.some((other) => other.accessKeyId === key.accessKeyId)) {
    return "repeats a key id named before it";
  }
  return undefined;
}
