import type { RecordRule } from "../types";
import { callTo } from "./api-call";
import { cisMonitoring } from "./references";

export const configRecordingStopped: RecordRule = {
  kind: "record",
  id: "config-recording-stopped",
  title: "AWS Config recording stopped",
  severity: "high",
  description:
    "AWS Config's recorder was stopped or deleted, or its delivery channel removed: configuration changes go unrecorded and compliance rules stop seeing them. Denied attempts are flagged too.",
  nextSteps:
    "Restart the recorder (StartConfigurationRecorder) or restore the channel, then review what changed in the account while it was off, from CloudTrail.",
  reference: cisMonitoring(
    "4.9",
    "Ensure a log metric filter and alarm exist for AWS Config configuration changes",
    9,
  ),
  match: callTo("config.amazonaws.com", [
    "StopConfigurationRecorder",
    "DeleteConfigurationRecorder",
    "DeleteDeliveryChannel",
  ]),
};
