import type { TrailEvent } from "@/lib/events/trail-event";

import { dig, listAt } from "../read-record";
import type { RecordRule } from "../types";
import { cisMonitoring } from "./references";

/**
 * A CIDR with prefix length 0 spans every address whatever its address part says, so
 * "0.0.0.0/0", "::/0" and the anonymised "208.236.235.254/0" are all the whole internet.
 */
function isWholeInternet(cidr: unknown): boolean {
  return typeof cidr === "string" && cidr.trim().endsWith("/0");
}

/** Every source range an AuthorizeSecurityGroupIngress request or its response names. */
function* ingressRanges(record: Record<string, unknown>): Generator<unknown> {
  const params = dig(record, "requestParameters");
  // The legacy single-rule form: cidrIp beside ipProtocol and the ports.
  yield dig(params, "cidrIp");
  for (const permission of listAt(params, "ipPermissions")) {
    for (const range of listAt(permission, "ipRanges")) yield dig(range, "cidrIp");
    for (const range of listAt(permission, "ipv6Ranges")) yield dig(range, "cidrIpv6");
  }
  // The rules as created, for requests recorded in some other shape.
  for (const rule of listAt(record, "responseElements", "securityGroupRuleSet")) {
    if (dig(rule, "isEgress") === true) continue;
    yield dig(rule, "cidrIpv4");
    yield dig(rule, "cidrIpv6");
  }
}

/**
 * ModifySecurityGroupRules' request, recorded as
 * ModifySecurityGroupRulesRequest.SecurityGroupRule[].SecurityGroupRule. It names the rule
 * by id only, so an egress rule opened to the world is flagged as well.
 */
function* modifiedRanges(record: Record<string, unknown>): Generator<unknown> {
  const request = dig(record, "requestParameters", "ModifySecurityGroupRulesRequest");
  for (const update of listAt(request, "SecurityGroupRule")) {
    for (const rule of listAt(update, "SecurityGroupRule")) {
      yield dig(rule, "CidrIpv4");
      yield dig(rule, "CidrIpv6");
    }
  }
}

function opensToWorld(event: TrailEvent): boolean {
  if (event.source !== "ec2.amazonaws.com") return false;
  let ranges: Iterable<unknown>;
  if (event.name === "AuthorizeSecurityGroupIngress") ranges = ingressRanges(event.record);
  else if (event.name === "ModifySecurityGroupRules") ranges = modifiedRanges(event.record);
  else return false;
  for (const range of ranges) if (isWholeInternet(range)) return true;
  return false;
}

export const securityGroupOpenToWorld: RecordRule = {
  kind: "record",
  id: "security-group-open-to-world",
  title: "Security group opened to the internet",
  severity: "high",
  description:
    "An inbound security group rule now admits any address (0.0.0.0/0 or ::/0): whatever listens on those ports, SSH or a database included, is reachable from the whole internet. Denied attempts are flagged too.",
  nextSteps:
    "Check the ports and the instances behind the group. Unless it is a deliberate public endpoint (a load balancer on 443), revoke the rule or narrow it to known ranges, and look for connections to those instances since.",
  reference: cisMonitoring(
    "4.10",
    "Ensure a log metric filter and alarm exist for security group changes",
    10,
  ),
  match: opensToWorld,
};
