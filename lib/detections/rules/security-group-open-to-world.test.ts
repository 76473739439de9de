import { describe, expect, it } from "vitest";

import { loadEvent } from "../testing/dataset";
import { apiEvent } from "../testing/records";
import { securityGroupOpenToWorld as rule } from "./security-group-open-to-world";

/** AuthorizeSecurityGroupIngress in the ipPermissions shape the EC2 API records (hand-written). */
function authorize(ranges: { v4?: string[]; v6?: string[] }, extra: Record<string, unknown> = {}) {
  return apiEvent({
    eventSource: "ec2.amazonaws.com",
    eventName: "AuthorizeSecurityGroupIngress",
    requestParameters: {
      groupId: "sg-0123456789abcdef0",
      ipPermissions: {
        items: [
          {
            ipProtocol: "tcp",
            fromPort: 22,
            toPort: 22,
            groups: {},
            ipRanges: ranges.v4 ? { items: ranges.v4.map((cidrIp) => ({ cidrIp })) } : {},
            ipv6Ranges: ranges.v6 ? { items: ranges.v6.map((cidrIpv6) => ({ cidrIpv6 })) } : {},
            prefixListIds: {},
          },
        ],
      },
    },
    ...extra,
  });
}

/** ModifySecurityGroupRules as CloudTrail records it (hand-written). */
function modify(rule: Record<string, unknown>) {
  return apiEvent({
    eventSource: "ec2.amazonaws.com",
    eventName: "ModifySecurityGroupRules",
    requestParameters: {
      ModifySecurityGroupRulesRequest: {
        GroupId: "sg-0123456789abcdef0",
        SecurityGroupRule: {
          SecurityGroupRuleId: "sgr-0123456789abcdef0",
          SecurityGroupRule: { IpProtocol: "tcp", FromPort: 3389, ToPort: 3389, ...rule },
          tag: 1,
        },
      },
    },
  });
}

describe("security-group-open-to-world", () => {
  it("flags SSH opened to any address (stratus-red-team, the legacy cidrIp form)", () => {
    const event = loadEvent(
      "stratus-red-team/aws.exfiltration.ec2-security-group-open-port-22-ingress.json",
    );
    // Anonymised as 208.236.235.254/0: a /0 prefix spans every address all the same.
    expect(event.record.requestParameters).toMatchObject({ cidrIp: "208.236.235.254/0" });
    expect(rule.match(event)).toBe(true);
  });

  it("flags 0.0.0.0/0 and ::/0 in ipPermissions", () => {
    expect(rule.match(authorize({ v4: ["0.0.0.0/0"] }))).toBe(true);
    expect(rule.match(authorize({ v6: ["::/0"] }))).toBe(true);
    expect(rule.match(authorize({ v4: ["10.0.0.0/8", "0.0.0.0/0"] }))).toBe(true);
    expect(rule.match(authorize({ v4: ["0.0.0.0/0"] }, { errorCode: "AccessDenied" }))).toBe(true);
  });

  it("flags a rule modified to admit any address", () => {
    expect(rule.match(modify({ CidrIpv4: "0.0.0.0/0" }))).toBe(true);
    expect(rule.match(modify({ CidrIpv6: "::/0" }))).toBe(true);
    expect(rule.match(modify({ CidrIpv4: "203.0.113.0/24" }))).toBe(false);
  });

  it("leaves private and narrow ranges alone", () => {
    expect(rule.match(authorize({ v4: ["10.0.0.0/8"] }))).toBe(false);
    expect(rule.match(authorize({ v4: ["198.51.100.0/24"], v6: ["2001:db8::/32"] }))).toBe(false);
    expect(rule.match(authorize({ v4: ["10.0.0.0/10"] }))).toBe(false);
    expect(
      rule.match(
        apiEvent({
          eventSource: "ec2.amazonaws.com",
          eventName: "RevokeSecurityGroupIngress",
          requestParameters: { groupId: "sg-1", cidrIp: "0.0.0.0/0" },
        }),
      ),
    ).toBe(false);
  });

  it("reads odd shapes without throwing", () => {
    for (const requestParameters of [
      null,
      "0.0.0.0/0",
      { ipPermissions: "all" },
      { ipPermissions: { items: [null, 3, { ipRanges: { items: "0.0.0.0/0" } }] } },
      { cidrIp: 0 },
    ]) {
      const event = apiEvent({
        eventSource: "ec2.amazonaws.com",
        eventName: "AuthorizeSecurityGroupIngress",
        requestParameters,
      });
      expect(rule.match(event)).toBe(false);
    }
  });
});
