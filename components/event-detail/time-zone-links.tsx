import Link from "next/link";

import { cn } from "@/components/ui/cn";
import type { TimeZoneChoice } from "@/lib/view/events-view";

interface TimeZoneLinksProps {
  current: TimeZoneChoice;
  /** This page's address in each time zone. */
  hrefs: Record<TimeZoneChoice, string>;
}

const LABELS: Record<TimeZoneChoice, string> = { utc: "UTC", local: "Local time" };

/** Switches the page between UTC and local times; the choice lives in the URL (`tz`). */
export function TimeZoneLinks({ current, hrefs }: TimeZoneLinksProps) {
  return (
    <nav aria-label="Time zone" className="flex items-center gap-1 text-xs">
      {(["utc", "local"] as const).map((zone) => (
        <Link
          key={zone}
          href={hrefs[zone]}
          aria-current={zone === current ? "true" : undefined}
          className={cn(
            "rounded-md px-2 py-1 text-muted-foreground outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring",
            zone === current && "bg-muted text-foreground",
          )}
        >
          {LABELS[zone]}
        </Link>
      ))}
    </nav>
  );
}
