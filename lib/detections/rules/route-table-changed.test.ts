import { describe, expect, it } from "vitest";

import { apiEvent } from "../testing/records";
import { routeTableChanged as rule } from "./route-table-changed";

// No published dataset holds these calls: the records follow the EC2 API's CloudTrail shape.
const ec2 = (eventName: string, extra: Record<string, unknown> = {}) =>
  apiEvent({ eventSource: "ec2.amazonaws.com", eventName, ...extra });

describe("route-table-changed", () => {
  it("flags the benchmark's calls, denied ones too", () => {
    expect(rule.match(ec2("CreateRoute"))).toBe(true);
    expect(rule.match(ec2("ReplaceRouteTableAssociation"))).toBe(true);
    expect(rule.match(ec2("CreateRoute", { errorCode: "Client.UnauthorizedOperation" }))).toBe(
      true,
    );
  });

  it("leaves reads and other services alone", () => {
    expect(rule.match(ec2("DescribeRouteTables", { readOnly: true }))).toBe(false);
    expect(
      rule.match(
        apiEvent({ eventSource: "networkmanager.amazonaws.com", eventName: "CreateRoute" }),
      ),
    ).toBe(false);
  });
});
