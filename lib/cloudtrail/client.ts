import "server-only";

import { CloudTrailClient } from "@aws-sdk/client-cloudtrail";

import { getEnv } from "@/lib/env";
import { DASHBOARD_ACCESS_KEY_ID } from "@/lib/local-cloudtrail/caller-identity";
import { getLocalCloudTrail } from "@/lib/local-cloudtrail/instance";
import { LocalRequestHandler } from "@/lib/local-cloudtrail/sdk-request-handler";

const holder = globalThis as typeof globalThis & {
  __trailscopeClients?: Map<string, CloudTrailClient>;
};

/**
 * The client every CloudTrail call goes through, for a region in the current mode. In local
 * mode the SDK's signed request goes to the embedded service in-process; in aws mode the
 * SDK's default credential chain and endpoints apply. It makes one attempt per call, because
 * retries must wait their turn at the shared rate limiters (see rate-limited-call.ts), which
 * the SDK's own retries would jump. Clients are kept, one per region.
 */
export function getCloudTrailClient(region: string): CloudTrailClient {
  return cachedClient(region, () => createClient(region, { maxAttempts: 1 }));
}

function cachedClient(key: string, create: () => CloudTrailClient): CloudTrailClient {
  holder.__trailscopeClients ??= new Map();
  let client = holder.__trailscopeClients.get(key);
  if (!client) {
    client = create();
    holder.__trailscopeClients.set(key, client);
  }
  return client;
}

function createClient(region: string, options: { maxAttempts?: number }): CloudTrailClient {
  if (getEnv().mode === "aws") return new CloudTrailClient({ region, ...options });
  return new CloudTrailClient({
    region,
    ...options,
    // Signed like any AWS call; the local service reads the region from the signature.
    credentials: { accessKeyId: DASHBOARD_ACCESS_KEY_ID, secretAccessKey: "local-cloudtrail" },
    endpoint: `http://local-cloudtrail.invalid/${region}`,
    requestHandler: new LocalRequestHandler(getLocalCloudTrail),
  });
}
