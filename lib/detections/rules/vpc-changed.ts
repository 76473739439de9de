import type { RecordRule } from "../types";
import { callTo } from "./api-call";
import { cisMonitoring } from "./references";

export const vpcChanged: RecordRule = {
  kind: "record",
  id: "vpc-changed",
  title: "VPC changed",
  severity: "low",
  description:
    "A VPC was created, deleted or modified, or a peering or ClassicLink connection changed: peering in particular joins a network to another account's. Denied attempts are flagged too.",
  nextSteps:
    "Check the VPC and, for peering, the other side's account ID against your organization; remove a peering nobody asked for.",
  reference: cisMonitoring(
    "4.14",
    "Ensure a log metric filter and alarm exist for VPC changes",
    14,
  ),
  match: callTo("ec2.amazonaws.com", [
    "CreateVpc",
    "DeleteVpc",
    "ModifyVpcAttribute",
    "AcceptVpcPeeringConnection",
    "CreateVpcPeeringConnection",
    "DeleteVpcPeeringConnection",
    "RejectVpcPeeringConnection",
    "AttachClassicLinkVpc",
    "DetachClassicLinkVpc",
    "DisableVpcClassicLink",
    "EnableVpcClassicLink",
  ]),
};
