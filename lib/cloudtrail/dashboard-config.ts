import "server-only";

import { getEnv } from "@/lib/env";

/** What the UI may know of the server's configuration (nothing secret). */
export interface DashboardConfig {
  mode: "local" | "aws";
  regions: string[];
}

export function getDashboardConfig(): DashboardConfig {
  const { mode, regions } = getEnv();
  return { mode, regions };
}
