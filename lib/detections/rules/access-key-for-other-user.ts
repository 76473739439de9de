import type { TrailEvent } from "@/lib/events/trail-event";

import { textAt } from "../read-record";
import type { RecordRule } from "../types";
import { attackTechnique } from "./references";

/**
 * CreateAccessKey for someone else: a user naming another user, or any caller that is not
 * an IAM user (a role session, or root, which then makes a root key).
 */
function createsKeyForAnother(event: TrailEvent): boolean {
  if (event.name !== "CreateAccessKey" || event.source !== "iam.amazonaws.com") return false;
  if (event.identityType !== "IAMUser") return true;
  const target = textAt(event.record, "requestParameters", "userName");
  // Without a userName, IAM creates the key for the calling user.
  return target !== undefined && target !== textAt(event.record, "userIdentity", "userName");
}

export const accessKeyForOtherUser: RecordRule = {
  kind: "record",
  id: "access-key-for-other-user",
  title: "Access key created for another user",
  severity: "high",
  description:
    "Someone created long-lived credentials for a user other than themselves, or for root: a quiet way to keep access after the first foothold is gone. Denied attempts are flagged too.",
  nextSteps:
    "Confirm with the key's user that they asked for it. If not, deactivate and delete the key, check where it was used since (filter on its access key ID), and review who created it.",
  reference: attackTechnique("T1098.001", "Account Manipulation: Additional Cloud Credentials"),
  match: createsKeyForAnother,
};
