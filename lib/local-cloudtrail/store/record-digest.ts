import "server-only";

import crypto from "node:crypto";

/**
 * What makes two stored events the same event: the first 16 bytes of the SHA-256 of the
 * record's JSON (as JSON.stringify writes it, so formatting in a file does not count).
 * 128 bits keep the index small; a collision among even billions of records is
 * vanishingly unlikely.
 */
export function recordDigest(recordJson: string): Buffer {
  return sha256(recordJson).subarray(0, 16);
}

// crypto.hash (Node 20.12) skips the Hash object, a good part of the cost for a short input.
const sha256: (text: string) => Buffer =
  typeof crypto.hash === "function"
    ? (text) => crypto.hash("sha256", text, "buffer")
    : (text) => crypto.createHash("sha256").update(text).digest();
