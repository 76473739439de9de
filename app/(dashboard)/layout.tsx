import type { ReactNode } from "react";

import { HistoryWindowProvider } from "@/components/history-window";
import { SessionProvider } from "@/components/session/session-provider";
import { SiteHeader } from "@/components/site-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";

/**
 * Everything but the sign-in page. Nobody sees any of it without a session (401 before a
 * byte is streamed); each page and route checks again for itself, because a layout is not
 * rendered again when the client moves between its pages.
 */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requirePermission("activity:read");
  return (
    <SessionProvider session={{ name: user.name, role: user.role }}>
      <HistoryWindowProvider days={getDashboardConfig().historyDays}>
        <SiteHeader user={user} />
        <main className="mx-auto max-w-7xl px-4 py-6 sm:px-6">{children}</main>
      </HistoryWindowProvider>
    </SessionProvider>
  );
}
