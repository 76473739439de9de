import { describe, expect, it } from "vitest";

import { apiEvent } from "../testing/records";
import { vpcChanged as rule } from "./vpc-changed";

// No published dataset holds these calls: the records follow the EC2 API's CloudTrail shape.
const ec2 = (eventName: string, extra: Record<string, unknown> = {}) =>
  apiEvent({ eventSource: "ec2.amazonaws.com", eventName, ...extra });

describe("vpc-changed", () => {
  it("flags the benchmark's calls, denied ones too", () => {
    expect(rule.match(ec2("CreateVpcPeeringConnection"))).toBe(true);
    expect(rule.match(ec2("ModifyVpcAttribute"))).toBe(true);
    expect(
      rule.match(ec2("CreateVpcPeeringConnection", { errorCode: "Client.UnauthorizedOperation" })),
    ).toBe(true);
  });

  it("leaves reads and other services alone", () => {
    expect(rule.match(ec2("DescribeVpcs", { readOnly: true }))).toBe(false);
    expect(
      rule.match(
        apiEvent({
          eventSource: "networkmanager.amazonaws.com",
          eventName: "CreateVpcPeeringConnection",
        }),
      ),
    ).toBe(false);
  });
});
