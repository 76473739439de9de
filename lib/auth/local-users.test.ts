import { describe, expect, it } from "vitest";

import { parseLocalUsers } from "./local-users";

const HASH = "scrypt$32768$8$1$Aj2ncdupyusd0MGQ69zMzg$I0yp-QwoIQumaEkwe-B8SOOqR08mC-aPekHFGmE03xQ";

describe("parseLocalUsers", () => {
  it("reads name:role:hash entries", () => {
    expect(parseLocalUsers(`ana:admin:${HASH}, bo:viewer:${HASH}`)).toEqual([
      { name: "ana", role: "admin", passwordHash: HASH },
      { name: "bo", role: "viewer", passwordHash: HASH },
    ]);
  });

  it.each([
    [`ana:root:${HASH}`, "entry 1 (ana): the role must be viewer or admin"],
    ["ana:admin:plaintext", "entry 1 (ana): the hash must be one made by npm run hash-password"],
    [`ana:admin:${HASH},ana:viewer:${HASH}`, "names ana twice"],
    [`a b:admin:${HASH}`, "entry 1: the user name must be"],
    [`ana:admin:${HASH}:extra`, "must be name:role:hash"],
  ])("refuses %s with a message naming it", (value, message) => {
    expect(() => parseLocalUsers(value)).toThrow(message);
  });
});
