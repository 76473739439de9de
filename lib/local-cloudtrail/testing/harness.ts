import { CloudTrailClient } from "@aws-sdk/client-cloudtrail";

import { DEMO_ACCESS_KEY, type LocalAccessKey } from "../access-keys";
import { LocalCloudTrail, type LocalCloudTrailOptions } from "../local-cloudtrail";
import { LocalRequestHandler } from "../sdk-request-handler";
import { insertEvents } from "../store/events-repo";
import type { CloudTrailRecord, EventResource, StoredEvent } from "../types";
import { SignedRequestHandler } from "./signed-request-handler";

/** A second local key beside the demo key, for tests that tell callers apart. */
export const ANALYST_KEY: LocalAccessKey = {
  accessKeyId: "AKIAEXAMPLEANALYST01",
  secretAccessKey: "analyst/Secret+Key0000000000000000000000",
  userName: "test-analyst",
};

/** A local service on an empty in-memory store with a clock the test moves. */
export function createHarness(options: Partial<LocalCloudTrailOptions> = {}) {
  let now = Date.parse("2026-11-24T12:00:00Z");
  const service = new LocalCloudTrail({
    path: ":memory:",
    seed: false,
    now: () => now,
    accessKeys: [DEMO_ACCESS_KEY, ANALYST_KEY],
    ...options,
  });
  const clients = new Map<string, CloudTrailClient>();
  return {
    service,
    get now() {
      return now;
    },
    advance(ms: number) {
      now += ms;
    },
    /**
     * An SDK client for a region that calls in-process, as the dashboard does, without retries
     * so every error reaches the test.
     */
    client(region = "us-east-1") {
      if (!clients.has(region)) {
        clients.set(
          region,
          new CloudTrailClient({
            region,
            maxAttempts: 1,
            credentials: { accessKeyId: "AKIAHARNESS000000001", secretAccessKey: "unused" },
            requestHandler: new LocalRequestHandler(() => service),
          }),
        );
      }
      return clients.get(region)!;
    },
    /** An SDK client that signs with `key` and calls through the service's network door. */
    signedClient(region: string, key: Pick<LocalAccessKey, "accessKeyId" | "secretAccessKey">) {
      return new CloudTrailClient({
        region,
        maxAttempts: 1,
        credentials: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey },
        requestHandler: new SignedRequestHandler(() => service),
        // The service's clock, not the machine's, is the one the signature must be fresh for.
        systemClockOffset: now - Date.now(),
      });
    },
    insert(events: StoredEvent[]) {
      insertEvents(service.db, events);
    },
    close() {
      service.close();
    },
  };
}

let counter = 0;

/** A management event record with sensible defaults, for tests that need history. */
export function testEvent(
  overrides: Partial<CloudTrailRecord> & { eventTime: string },
  resources: EventResource[] = [],
): StoredEvent {
  counter++;
  const record: CloudTrailRecord = {
    eventVersion: "1.09",
    userIdentity: {
      type: "IAMUser",
      principalId: "AIDAEXAMPLE",
      arn: "arn:aws:iam::123456789012:user/alice",
      accountId: "123456789012",
      accessKeyId: "AKIAALICE",
      userName: "alice",
    },
    eventSource: "ec2.amazonaws.com",
    eventName: "DescribeInstances",
    awsRegion: "us-east-1",
    sourceIPAddress: "198.51.100.7",
    userAgent: "aws-cli/2.15.0",
    requestParameters: null,
    responseElements: null,
    requestID: `req-${counter}`,
    eventID: `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`,
    readOnly: true,
    eventType: "AwsApiCall",
    managementEvent: true,
    recipientAccountId: "123456789012",
    eventCategory: "Management",
    ...overrides,
  };
  return { record, resources };
}
