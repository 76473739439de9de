import type { TrailEvent } from "@/lib/events/trail-event";

import type { RecordRule } from "../types";
import { attackTechnique } from "./references";

/** When the read-only flag is missing (older records), Organizations' read calls are named so. */
const READ_PREFIXES = ["Describe", "List", "Get"];

function changesOrganization(event: TrailEvent): boolean {
  if (event.source !== "organizations.amazonaws.com") return false;
  if (event.readOnly !== undefined) return event.readOnly === false;
  const flag = event.record.readOnly;
  if (typeof flag === "boolean") return !flag;
  const name = event.name;
  return typeof name === "string" && name !== "" && !READ_PREFIXES.some((p) => name.startsWith(p));
}

export const organizationsChanged: RecordRule = {
  kind: "record",
  id: "organizations-changed",
  title: "AWS Organizations changed",
  severity: "high",
  description:
    "The organization was changed (an account left or was removed, accounts moved, service control policies attached or detached): leaving it, or losing an SCP, frees an account from its guardrails. Denied attempts are flagged too.",
  nextSteps:
    "Identify the call and its target account or policy. LeaveOrganization, RemoveAccountFromOrganization and SCP detachments need an owner who asked for them; if none, review the caller and restore the policy or membership.",
  reference: attackTechnique("T1666", "Modify Cloud Resource Hierarchy"),
  match: changesOrganization,
};
