import { describe, expect, it } from "vitest";

import { localAccessKeysSchema } from "./access-keys";

const problems = (value: string) => {
  const result = localAccessKeysSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("TRAILSCOPE_LOCAL_ACCESS_KEYS", () => {
  it("reads comma-separated KEY_ID:SECRET:USER entries, spaces around them ignored", () => {
    const keys = localAccessKeysSchema.parse(
      "AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY:local-cli, ASIA0123456789ABCDEF:s3cr+t=:ci.bot@example",
    );
    expect(keys).toEqual([
      {
        accessKeyId: "AKIAIOSFODNN7EXAMPLE",
        secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        userName: "local-cli",
      },
      {
        accessKeyId: "ASIA0123456789ABCDEF",
        secretAccessKey: "s3cr+t=",
        userName: "ci.bot@example",
      },
    ]);
  });

  it("names each bad entry by its place and key id, never by its secret", () => {
    const found = problems(
      [
        "AKIAIOSFODNN7EXAMPLE:secret-one:ok-user",
        "AKIAshort:secret-two:user",
        "AKIA0000000000000002::user",
        "AKIA0000000000000003:secret-three:bad/name",
        "AKIA0000000000000004:secret-four",
        "AKIA0000000000000005:secret:five:extra",
        "AKIAIOSFODNN7EXAMPLE:secret-six:again",
        "AKIATRAILSCOPEDASH01:secret-seven:dashboard",
      ].join(","),
    );
    expect(found).toEqual([
      "entry 2 has a key id that is not AKIA or ASIA followed by 16 upper-case letters or digits",
      "entry 3 (AKIA0000000000000002) has an empty secret or one with spaces",
      "entry 4 (AKIA0000000000000003) has a user name that is not 1-64 letters, digits or + = . @ _ -",
      "entry 5 (AKIA0000000000000004) is not KEY_ID:SECRET:USER",
      "entry 6 (AKIA0000000000000005) is not KEY_ID:SECRET:USER",
      "entry 7 (AKIAIOSFODNN7EXAMPLE) repeats a key id named before it",
      "entry 8 (AKIATRAILSCOPEDASH01) uses the key id reserved for the dashboard's own calls",
    ]);
    expect(found.join(" ")).not.toMatch(/secret-/);
  });

  it("refuses a value that names no key", () => {
    expect(problems(" , ")).toEqual(["must name at least one key as KEY_ID:SECRET:USER"]);
  });
});
