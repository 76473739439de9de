import { describe, expect, it } from "vitest";

import { apiEvent } from "../testing/records";
import { networkAclChanged as rule } from "./network-acl-changed";

// No published dataset holds these calls: the records follow the EC2 API's CloudTrail shape.
const ec2 = (eventName: string, extra: Record<string, unknown> = {}) =>
  apiEvent({ eventSource: "ec2.amazonaws.com", eventName, ...extra });

describe("network-acl-changed", () => {
  it("flags the benchmark's calls, denied ones too", () => {
    expect(rule.match(ec2("CreateNetworkAclEntry"))).toBe(true);
    expect(rule.match(ec2("ReplaceNetworkAclEntry"))).toBe(true);
    expect(
      rule.match(ec2("CreateNetworkAclEntry", { errorCode: "Client.UnauthorizedOperation" })),
    ).toBe(true);
  });

  it("leaves reads and other services alone", () => {
    expect(rule.match(ec2("DescribeNetworkAcls", { readOnly: true }))).toBe(false);
    expect(
      rule.match(
        apiEvent({
          eventSource: "networkmanager.amazonaws.com",
          eventName: "CreateNetworkAclEntry",
        }),
      ),
    ).toBe(false);
  });
});
