import type { ReactNode } from "react";

import { requirePermission } from "@/lib/auth/current-user";

/**
 * A trail's edit and selectors pages, for admins. Checked here, outside the pages' loading
 * states, so a viewer gets a 403 before anything is streamed; the pages check again.
 */
export default async function TrailAdminLayout({ children }: { children: ReactNode }) {
  await requirePermission("trails:change");
  return children;
}
