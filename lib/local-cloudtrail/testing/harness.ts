import { CloudTrailClient } from "@aws-sdk/client-cloudtrail";

import { LocalCloudTrail, type LocalCloudTrailOptions } from "../local-cloudtrail";
import { LocalRequestHandler } from "../sdk-request-handler";
import { insertEvents } from "../store/events-repo";
import type { CloudTrailRecord, EventResource, StoredEvent } from "../types";

/** A local service on an empty in-memory store with a clock the test moves. */
export function createHarness(options: Partial<LocalCloudTrailOptions> = {}) {
  let now = Date.parse("2026-11-24T12:00:00Z");
  const service = new LocalCloudTrail({
    path: ":memory:",
    seed: false,
    now: () => now,
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
    /** An SDK client for a region, without retries so every error reaches the test. */
    client(region = "us-east-1", accessKeyId = "AKIAIOSFODNN7EXAMPLE") {
      const key = `${region}/${accessKeyId}`;
      if (!clients.has(key)) {
        clients.set(
          key,
          new CloudTrailClient({
            region,
            maxAttempts: 1,
            credentials: { accessKeyId, secretAccessKey: "test" },
            requestHandler: new LocalRequestHandler(() => service),
          }),
        );
      }
      return clients.get(key)!;
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
