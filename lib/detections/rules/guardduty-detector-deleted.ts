import type { RecordRule } from "../types";
import { callTo } from "./api-call";
import { attackTechnique } from "./references";

export const guardDutyDetectorDeleted: RecordRule = {
  kind: "record",
  id: "guardduty-detector-deleted",
  title: "GuardDuty detector deleted",
  severity: "critical",
  description:
    "GuardDuty was switched off in a region by deleting its detector, and its findings went with it: intruders do this before acting there. Denied attempts are flagged too.",
  nextSteps:
    "Re-create the detector in that region at once, then treat the caller as compromised: review what it and others did in the region afterwards, when nothing was watching.",
  reference: attackTechnique("T1562.001", "Impair Defenses: Disable or Modify Tools"),
  match: callTo("guardduty.amazonaws.com", ["DeleteDetector"]),
};
