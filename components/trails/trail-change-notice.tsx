import Link from "next/link";

import { cn } from "@/components/ui/cn";
import { trailChangeEventsHref, type TrailChange } from "@/lib/trails/trail-change";

interface TrailChangeNoticeProps {
  /** What happened, e.g. "Logging stopped for management-events." */
  message: string;
  changes: readonly TrailChange[];
  className?: string;
}

/**
 * The outcome of a change, with a link to each call's own event in the Event history: an
 * admin can show exactly what was recorded, and who did it.
 */
export function TrailChangeNotice({ message, changes, className }: TrailChangeNoticeProps) {
  return (
    <div
      role="status"
      className={cn(
        "flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded-lg border border-border bg-muted/40 px-4 py-3 text-sm",
        className,
      )}
    >
      <span className="font-medium">{message}</span>
      {changes.map((change) => (
        <Link
          key={`${change.eventName}-${change.at}`}
          href={trailChangeEventsHref(change)}
          className="font-medium text-primary underline underline-offset-4"
        >
          {changes.length === 1
            ? "See this change in Event history"
            : `See ${change.eventName} in Event history`}
        </Link>
      ))}
    </div>
  );
}
