import "server-only";

import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/**
 * Passwords are kept as scrypt hashes (Node's own, memory-hard): `scrypt$N$r$p$salt$hash`,
 * salt and hash base64url. The cost is in the string, so stronger settings later still
 * verify old hashes.
 */
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
// scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is exactly that, so leave room.
const MAX_MEMORY = 64 * 1024 * 1024;

const FORMAT = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([\w-]{16,})\$([\w-]{43})$/;

export function isPasswordHash(value: string): boolean {
  const match = FORMAT.exec(value);
  return !!match && costIsSane(Number(match[1]), Number(match[2]), Number(match[3]));
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, COST);
  return [
    "scrypt",
    COST.N,
    COST.r,
    COST.p,
    salt.toString("base64url"),
    hash.toString("base64url"),
  ].join("$");
}

/** Compares in constant time. A malformed hash never verifies. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = FORMAT.exec(stored);
  if (!match) return false;
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!costIsSane(N, r, p)) return false;
  const expected = Buffer.from(match[5], "base64url");
  const actual = await derive(password, Buffer.from(match[4], "base64url"), { N, r, p });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function costIsSane(N: number, r: number, p: number): boolean {
  return (
    N >= 2 ** 14 && N <= 2 ** 20 && (N & (N - 1)) === 0 && r >= 8 && r <= 32 && p >= 1 && p <= 16
  );
}

function derive(
  password: string,
  salt: Buffer,
  cost: { N: number; r: number; p: number },
): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: Math.max(MAX_MEMORY, 256 * cost.N * cost.r) };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}
