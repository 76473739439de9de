import type { APIRequestContext } from "@playwright/test";

/** What the tests read of a LookupEvents answer. */
export interface LookedUpEvent {
  EventId: string;
  EventName: string;
  Username?: string;
  CloudTrailEvent: string;
}

/**
 * Calls the local service's LookupEvents over its AWS JSON endpoint, signed by a key of the
 * test's own (the service reads the region and key from the SigV4 header). The tests share
 * the region's 2 calls/s with the dashboard, so a throttled call waits and tries again.
 */
export async function lookupEvents(
  request: APIRequestContext,
  region: string,
  body: Record<string, unknown>,
): Promise<{ Events: LookedUpEvent[]; NextToken?: string }> {
  for (let attempt = 0; ; attempt++) {
    const response = await request.post("/api/cloudtrail", {
      headers: {
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": "CloudTrail_20131101.LookupEvents",
        Authorization: `AWS4-HMAC-SHA256 Credential=AKIAE2ETEST000000001/20261124/${region}/cloudtrail/aws4_request, SignedHeaders=host, Signature=0`,
      },
      data: JSON.stringify(body),
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (response.ok()) return json as unknown as { Events: LookedUpEvent[]; NextToken?: string };
    if (json.__type !== "ThrottlingException" || attempt >= 10) {
      throw new Error(`LookupEvents failed: ${JSON.stringify(json)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 600));
  }
}
