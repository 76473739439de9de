import { describe, expect, it } from "vitest";

import { displayName, roleFromClaims } from "./oidc-role";

const mapping = { roleClaim: "groups", adminValues: ["trailscope-admin"], viewerValues: [] };

describe("roleFromClaims", () => {
  it("makes an admin of a member of an admin group, and anyone else a viewer", () => {
    expect(roleFromClaims({ groups: ["dev", "trailscope-admin"] }, mapping)).toBe("admin");
    expect(roleFromClaims({ groups: ["dev"] }, mapping)).toBe("viewer");
    expect(roleFromClaims({}, mapping)).toBe("viewer");
  });

  it("admits nobody outside the viewer groups when they are set", () => {
    const strict = { ...mapping, viewerValues: ["analysts"] };
    expect(roleFromClaims({ groups: ["analysts"] }, strict)).toBe("viewer");
    expect(roleFromClaims({ groups: ["trailscope-admin"] }, strict)).toBe("admin");
    expect(roleFromClaims({ groups: ["sales"] }, strict)).toBeUndefined();
    expect(roleFromClaims({}, strict)).toBeUndefined();
  });

  it("reads a single string, a claim with a colon, and a nested path", () => {
    expect(roleFromClaims({ role: "trailscope-admin" }, { ...mapping, roleClaim: "role" })).toBe(
      "admin",
    );
    expect(
      roleFromClaims(
        { "cognito:groups": ["trailscope-admin"] },
        { ...mapping, roleClaim: "cognito:groups" },
      ),
    ).toBe("admin");
    expect(
      roleFromClaims(
        { realm_access: { roles: ["trailscope-admin"] } },
        { ...mapping, roleClaim: "realm_access.roles" },
      ),
    ).toBe("admin");
  });

  it("ignores values that are not strings", () => {
    expect(roleFromClaims({ groups: [{ name: "trailscope-admin" }, 1] }, mapping)).toBe("viewer");
  });
});

describe("displayName", () => {
  it("prefers the user name, then the email, the name and the subject", () => {
    expect(displayName({ sub: "1", email: "a@x", preferred_username: "ana" })).toBe("ana");
    expect(displayName({ sub: "1", email: "a@x" })).toBe("a@x");
    expect(displayName({ sub: "1" })).toBe("1");
    expect(displayName({ sub: "1", preferred_username: "  " })).toBe("1");
  });
});
