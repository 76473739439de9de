import { getEnv } from "@/lib/env";
import { getLocalCloudTrail } from "@/lib/local-cloudtrail/instance";

export const dynamic = "force-dynamic";

/** Ready when the configuration is valid and, in local mode, the store is open and seeded. */
export function GET(): Response {
  const { mode } = getEnv();
  if (mode === "local") getLocalCloudTrail();
  return Response.json({ ok: true, mode });
}
