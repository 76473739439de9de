import type { RecordRule } from "../types";
import { callTo } from "./api-call";
import { cisMonitoring } from "./references";

export const networkAclChanged: RecordRule = {
  kind: "record",
  id: "network-acl-changed",
  title: "Network ACL changed",
  severity: "low",
  description:
    "A network ACL or one of its entries was created, replaced or deleted: subnet-wide allow and deny rules that can open a subnet or cut it off. Denied attempts are flagged too.",
  nextSteps:
    "Read the entry in the request (rule number, CIDR, ports, allow or deny) and check it against the intended network design; revert anything that opens a subnet without a change request.",
  reference: cisMonitoring(
    "4.11",
    "Ensure a log metric filter and alarm exist for changes to Network Access Control Lists (NACL)",
    11,
  ),
  match: callTo("ec2.amazonaws.com", [
    "CreateNetworkAcl",
    "CreateNetworkAclEntry",
    "DeleteNetworkAcl",
    "DeleteNetworkAclEntry",
    "ReplaceNetworkAclEntry",
    "ReplaceNetworkAclAssociation",
  ]),
};
