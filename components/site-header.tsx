import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";

import { NavLink } from "./nav-link";

const MODE_LABELS = { local: "Local demo account", aws: "AWS" } as const;

/** The wordmark, the sections, and which CloudTrail this dashboard is looking at. */
export function SiteHeader() {
  const { mode } = getDashboardConfig();
  return (
    <header className="border-b border-border">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-6 px-4 sm:px-6">
        <Link href="/" className="text-base font-semibold tracking-tight">
          Trailscope
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1">
          <NavLink href="/">Overview</NavLink>
          <NavLink href="/events">Events</NavLink>
          <NavLink href="/insights">Insights</NavLink>
          <NavLink href="/trails">Trails</NavLink>
        </nav>
        <Badge variant="outline" className="ml-auto" title={`Mode: ${mode}`}>
          {MODE_LABELS[mode]}
        </Badge>
      </div>
    </header>
  );
}
