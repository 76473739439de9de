import { isAccessDenied } from "@/lib/events/access-denied";
import type { TrailEvent } from "@/lib/events/trail-event";

import { textAt } from "../read-record";
import type { BurstRule } from "../types";
import { cisMonitoring } from "./references";

const MINUTE_MS = 60_000;

/** The principal: its ARN, else what else names it (an ARN is missing on some service records). */
function principal(event: TrailEvent): string | undefined {
  return (
    event.identityArn ||
    textAt(event.record, "userIdentity", "principalId") ||
    event.accessKeyId ||
    undefined
  );
}

export const accessDeniedBurst: BurstRule = {
  kind: "burst",
  id: "access-denied-burst",
  title: "Burst of denied API calls",
  severity: "medium",
  description:
    "Ten or more calls refused for lack of permission by one principal within five minutes: the pattern of stolen credentials being tried against everything to see what they can reach. A misconfigured workload looks the same, and the calls tell the two apart.",
  nextSteps:
    "Look at what was attempted and from where: enumeration across many services from an unfamiliar address or user agent points to leaked credentials, to be disabled at once. A single call failing in a loop points to a workload missing a permission.",
  reference: cisMonitoring(
    "4.1",
    "Ensure a log metric filter and alarm exist for unauthorized API calls",
    2,
  ),
  candidate: isAccessDenied,
  key: principal,
  threshold: 10,
  windowMs: 5 * MINUTE_MS,
};
