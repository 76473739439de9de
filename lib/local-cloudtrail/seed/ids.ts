import "server-only";

import { Rng, hashString } from "./prng";

/**
 * Identifiers of long-lived things (instances, keys, principals) derived from their
 * names, so they are stable across runs and seeds without a table of magic strings.
 */
function rngFor(name: string): Rng {
  return new Rng(hashString(name));
}

export function stableHex(name: string, length: number): string {
  return rngFor(name).hex(length);
}

export function stableUuid(name: string): string {
  return rngFor(name).uuid();
}

/** AIDA…/AROA…/ANPA… principal ids: a prefix and 17 upper-case letters and digits. */
export function principalId(prefix: "AIDA" | "AROA" | "ANPA", name: string): string {
  return prefix + rngFor(`${prefix}/${name}`).alnumUpper(17);
}

/**
 * Access key ids of one account share the characters after AKIA/ASIA that encode the
 * account, as real ones do; the rest is random.
 */
const ACCOUNT_KEY_PART = "RZ3PQX7M";

export function accessKeyId(kind: "AKIA" | "ASIA", name: string): string {
  return kind + ACCOUNT_KEY_PART + rngFor(`${kind}/${name}`).base32(8);
}

export function sessionKeyFrom(rng: Rng): string {
  return "ASIA" + ACCOUNT_KEY_PART + rng.base32(8);
}
