import type { TrailStatus } from "@/lib/trails/trail";
import { formatTime } from "@/lib/format/format-time";

import { DefinitionList } from "./definition-list";
import { DeliveryCell } from "./delivery-cell";

const utc = (at: number) => `${formatTime(at, "utc")} UTC`;

/** GetTrailStatus in full: logging since when, and each kind of delivery with its error. */
export function TrailStatusDetails({
  status,
  validation,
  cloudWatch,
  topic,
}: {
  status: TrailStatus;
  validation: boolean;
  cloudWatch: boolean;
  topic: boolean;
}) {
  const now = status.readAt;
  return (
    <DefinitionList
      items={[
        {
          label: "Logging",
          value: status.isLogging
            ? `On since ${status.startedAt ? utc(status.startedAt) : "an unknown time"}`
            : `Off${status.stoppedAt ? ` since ${utc(status.stoppedAt)}` : ""}`,
        },
        {
          label: "Latest log file",
          value: (
            <DeliveryCell
              at={status.latestDeliveryAt}
              error={status.latestDeliveryError}
              now={now}
              none="None delivered yet"
            />
          ),
        },
        {
          label: "Latest digest file",
          value: (
            <DeliveryCell
              at={status.latestDigestDeliveryAt}
              error={status.latestDigestDeliveryError}
              now={now}
              none={validation ? "None delivered yet" : "Log file validation is off"}
            />
          ),
        },
        {
          label: "CloudWatch Logs",
          value: (
            <DeliveryCell
              at={status.latestCloudWatchLogsDeliveryAt}
              error={status.latestCloudWatchLogsDeliveryError}
              now={now}
              none={cloudWatch ? "None delivered yet" : "Not connected"}
            />
          ),
        },
        {
          label: "SNS notification",
          value: (
            <DeliveryCell
              at={status.latestNotificationAt}
              error={status.latestNotificationError}
              now={now}
              none={topic ? "None sent yet" : "No topic"}
            />
          ),
        },
        { label: "Read", value: utc(status.readAt) },
      ]}
    />
  );
}
