import Link from "next/link";

import { UserMenu } from "@/components/session/user-menu";
import { Badge } from "@/components/ui/badge";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";

import { NavLink } from "./nav-link";

const MODE_LABELS = { local: "Local demo account", aws: "AWS" } as const;

/** The wordmark, the sections the user's role opens, which CloudTrail this is, and who is signed in. */
export function SiteHeader({ user }: { user: SessionUser }) {
  const { mode } = getDashboardConfig();
  return (
    <header className="border-b border-border">
      <div className="mx-auto flex min-h-14 max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 sm:px-6">
        <Link href="/" className="text-base font-semibold tracking-tight">
          Trailscope
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-1">
          <NavLink href="/">Overview</NavLink>
          <NavLink href="/events">Events</NavLink>
          <NavLink href="/insights">Insights</NavLink>
          <NavLink href="/trails">Trails</NavLink>
          {can(user.role, "audit:read") && <NavLink href="/audit">Audit log</NavLink>}
          {/* Import loads into the local store, which exists in local mode only. */}
          {mode === "local" && can(user.role, "archive:import") && (
            <NavLink href="/import">Import</NavLink>
          )}
        </nav>
        <div className="ml-auto flex items-center gap-4">
          <Badge variant="outline" title={`Mode: ${mode}`}>
            {MODE_LABELS[mode]}
          </Badge>
          <UserMenu user={user} />
        </div>
      </div>
    </header>
  );
}
