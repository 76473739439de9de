import type { RecordRule } from "../types";
import { callTo } from "./api-call";
import { cisMonitoring } from "./references";

export const kmsKeyDisabled: RecordRule = {
  kind: "record",
  id: "kms-key-disabled",
  title: "KMS key disabled or scheduled for deletion",
  severity: "high",
  description:
    "A KMS key was disabled or scheduled for deletion: everything encrypted under it becomes unreadable, and once deleted it cannot be recovered. Denied attempts are flagged too.",
  nextSteps:
    "Find what the key encrypts. If the change was not planned, cancel the deletion (CancelKeyDeletion) and re-enable the key within the waiting period, then review the caller.",
  reference: cisMonitoring(
    "4.7",
    "Ensure a log metric filter and alarm exist for disabling or scheduled deletion of customer created CMKs",
    7,
  ),
  match: callTo("kms.amazonaws.com", ["DisableKey", "ScheduleKeyDeletion"]),
};
