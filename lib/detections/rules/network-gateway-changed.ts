import type { RecordRule } from "../types";
import { callTo } from "./api-call";
import { cisMonitoring } from "./references";

export const networkGatewayChanged: RecordRule = {
  kind: "record",
  id: "network-gateway-changed",
  title: "Network gateway changed",
  severity: "low",
  description:
    "An internet or customer gateway was created, attached, detached or deleted: the doors between a VPC and the internet or another network. Denied attempts are flagged too.",
  nextSteps:
    "Check which VPC the gateway belongs to and whether a change request covers it; an internet gateway attached to a private VPC needs an explanation.",
  reference: cisMonitoring(
    "4.12",
    "Ensure a log metric filter and alarm exist for changes to network gateways",
    12,
  ),
  match: callTo("ec2.amazonaws.com", [
    "CreateCustomerGateway",
    "DeleteCustomerGateway",
    "AttachInternetGateway",
    "CreateInternetGateway",
    "DeleteInternetGateway",
    "DetachInternetGateway",
  ]),
};
