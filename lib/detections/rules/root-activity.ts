import { dig, textAt } from "../read-record";
import type { RecordRule } from "../types";
import { cisMonitoring } from "./references";

export const rootActivity: RecordRule = {
  kind: "record",
  id: "root-activity",
  title: "Root user activity",
  severity: "high",
  description:
    "The root user can do anything in the account and no IAM policy limits it, so any use of it deserves a look: sign-ins, failed ones too, and every call it makes. Calls AWS services make on root's behalf are left out.",
  nextSteps:
    "Ask the account owner whether they made this call from this address. If not, reset the root password, enable MFA on root, delete any root access keys, and review everything root did in the same session.",
  reference: cisMonitoring(
    "4.3",
    "Ensure a log metric filter and alarm exist for usage of 'root' account",
    1,
  ),
  // The benchmark's filter: Root, no invokedBy, not an AwsServiceEvent.
  match: (event) =>
    event.identityType === "Root" &&
    dig(event.record, "userIdentity", "invokedBy") === undefined &&
    textAt(event.record, "eventType") !== "AwsServiceEvent",
};
