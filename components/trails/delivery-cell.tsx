import { formatAgo } from "@/lib/format/format-duration";
import { formatTime } from "@/lib/format/format-time";

interface DeliveryCellProps {
  at?: number;
  error?: string;
  /** The time relative times are measured from: when the status was read. */
  now: number;
  /** What to say when there is neither a time nor an error. */
  none: string;
}

/** When something was last delivered, and the error if the last attempt failed. */
export function DeliveryCell({ at, error, now, none }: DeliveryCellProps) {
  return (
    <div className="flex flex-col gap-0.5">
      {at !== undefined ? (
        <time dateTime={new Date(at).toISOString()} title={`${formatTime(at, "utc")} UTC`}>
          {formatAgo(at, now)}
        </time>
      ) : (
        <span className="text-muted-foreground">{none}</span>
      )}
      {error && <span className="text-xs font-medium text-destructive">Error: {error}</span>}
    </div>
  );
}
