import { describe, expect, it } from "vitest";

import { apiEvent } from "../testing/records";
import { networkGatewayChanged as rule } from "./network-gateway-changed";

// No published dataset holds these calls: the records follow the EC2 API's CloudTrail shape.
const ec2 = (eventName: string, extra: Record<string, unknown> = {}) =>
  apiEvent({ eventSource: "ec2.amazonaws.com", eventName, ...extra });

describe("network-gateway-changed", () => {
  it("flags the benchmark's calls, denied ones too", () => {
    expect(rule.match(ec2("AttachInternetGateway"))).toBe(true);
    expect(rule.match(ec2("DeleteCustomerGateway"))).toBe(true);
    expect(
      rule.match(ec2("AttachInternetGateway", { errorCode: "Client.UnauthorizedOperation" })),
    ).toBe(true);
  });

  it("leaves reads and other services alone", () => {
    expect(rule.match(ec2("DescribeInternetGateways", { readOnly: true }))).toBe(false);
    expect(
      rule.match(
        apiEvent({
          eventSource: "networkmanager.amazonaws.com",
          eventName: "AttachInternetGateway",
        }),
      ),
    ).toBe(false);
  });
});
