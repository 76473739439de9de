import type { RecordRule } from "../types";
import { callTo } from "./api-call";
import { cisMonitoring } from "./references";

export const routeTableChanged: RecordRule = {
  kind: "record",
  id: "route-table-changed",
  title: "Route table changed",
  severity: "low",
  description:
    "A route or route table was created, replaced, deleted or re-associated: traffic can be sent around a firewall or out of the network. Denied attempts are flagged too.",
  nextSteps:
    "Read the route in the request (destination and target) and check that traffic still flows through the expected path; revert unexplained routes to the internet or to unknown peers.",
  reference: cisMonitoring(
    "4.13",
    "Ensure a log metric filter and alarm exist for route table changes",
    13,
  ),
  match: callTo("ec2.amazonaws.com", [
    "CreateRoute",
    "CreateRouteTable",
    "ReplaceRoute",
    "ReplaceRouteTableAssociation",
    "DeleteRouteTable",
    "DeleteRoute",
    "DisassociateRouteTable",
  ]),
};
