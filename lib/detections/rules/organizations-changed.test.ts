import { describe, expect, it } from "vitest";

import { loadEvents } from "../testing/dataset";
import { apiEvent, ROLE_SESSION } from "../testing/records";
import { organizationsChanged as rule } from "./organizations-changed";

function organizations(eventName: string, readOnly: boolean | undefined) {
  return apiEvent({
    userIdentity: ROLE_SESSION,
    eventSource: "organizations.amazonaws.com",
    eventName,
    readOnly,
  });
}

describe("organizations-changed", () => {
  it("flags an account leaving its organization, even when denied (stratus-red-team)", () => {
    const events = loadEvents("stratus-red-team/aws.defense-evasion.organizations-leave.json");
    const flagged = events.filter((e) => rule.match(e));
    expect(flagged.map((e) => [e.name, e.errorCode])).toEqual([
      ["LeaveOrganization", "AccessDenied"],
    ]);
  });

  it("flags other write calls (hand-written)", () => {
    expect(rule.match(organizations("DetachPolicy", false))).toBe(true);
    expect(rule.match(organizations("MoveAccount", undefined))).toBe(true);
  });

  it("leaves read-only calls alone (hand-written)", () => {
    expect(rule.match(organizations("DescribeOrganization", true))).toBe(false);
    expect(rule.match(organizations("ListAccounts", undefined))).toBe(false);
    expect(rule.match(organizations("ListPoliciesForTarget", true))).toBe(false);
  });
});
