import { describe, expect, it } from "vitest";

import { hashPassword, isPasswordHash, verifyPassword } from "./password-hash";
import { DEMO_USERS } from "./local-users";

describe("password hashes", () => {
  it("verifies the password it hashed and nothing else", async () => {
    const hash = await hashPassword("correct horse");
    expect(isPasswordHash(hash)).toBe(true);
    expect(hash).not.toContain("correct horse");
    expect(await verifyPassword("correct horse", hash)).toBe(true);
    expect(await verifyPassword("correct horsE", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("salts: the same password hashes differently each time", async () => {
    expect(await hashPassword("same")).not.toBe(await hashPassword("same"));
  });

  it("never verifies against a malformed or weakened hash", async () => {
    const hash = await hashPassword("pw");
    expect(await verifyPassword("pw", "pw")).toBe(false);
    expect(await verifyPassword("pw", hash.replace("$32768$", "$2$"))).toBe(false);
    expect(await verifyPassword("pw", hash.slice(0, -2))).toBe(false);
    expect(isPasswordHash("scrypt$1024$8$1$abcdefghijklmnop$" + "a".repeat(43))).toBe(false);
  });

  it("holds the demo logins the README names", async () => {
    const [viewer, admin] = DEMO_USERS;
    expect(await verifyPassword("demo-viewer", viewer.passwordHash)).toBe(true);
    expect(await verifyPassword("demo-admin", admin.passwordHash)).toBe(true);
    expect(await verifyPassword("demo-admin", viewer.passwordHash)).toBe(false);
  });
});
