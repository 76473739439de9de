import { describe, expect, it } from "vitest";

import { loadEvent } from "../testing/dataset";
import { apiEvent } from "../testing/records";
import { snapshotShared as rule } from "./snapshot-shared";

const STRATUS = "stratus-red-team/aws.exfiltration";

function ec2(eventName: string, requestParameters: Record<string, unknown>) {
  return apiEvent({ eventSource: "ec2.amazonaws.com", eventName, requestParameters });
}

function rds(eventName: string, requestParameters: Record<string, unknown>) {
  return apiEvent({ eventSource: "rds.amazonaws.com", eventName, requestParameters });
}

describe("snapshot-shared", () => {
  it("flags EBS and RDS snapshots and an AMI shared with another account (stratus-red-team)", () => {
    expect(rule.match(loadEvent(`${STRATUS}.ec2-share-ebs-snapshot.json`))).toBe(true);
    expect(rule.match(loadEvent(`${STRATUS}.rds-share-snapshot.json`))).toBe(true);
    expect(rule.match(loadEvent(`${STRATUS}.ec2-share-ami.json`))).toBe(true);
  });

  it("flags a snapshot made public and a cluster snapshot shared (hand-written)", () => {
    expect(
      rule.match(
        ec2("ModifySnapshotAttribute", {
          snapshotId: "snap-0123456789abcdef0",
          attributeType: "CREATE_VOLUME_PERMISSION",
          createVolumePermission: { add: { items: [{ group: "all" }] } },
        }),
      ),
    ).toBe(true);
    expect(
      rule.match(
        rds("ModifyDBClusterSnapshotAttribute", {
          dBClusterSnapshotIdentifier: "prod-cluster-snap",
          attributeName: "restore",
          valuesToAdd: ["all"],
        }),
      ),
    ).toBe(true);
  });

  it("leaves removed permissions and other attributes alone (hand-written)", () => {
    expect(
      rule.match(
        ec2("ModifySnapshotAttribute", {
          snapshotId: "snap-0123456789abcdef0",
          attributeType: "CREATE_VOLUME_PERMISSION",
          createVolumePermission: { remove: { items: [{ userId: "836504179211" }] } },
        }),
      ),
    ).toBe(false);
    expect(
      rule.match(
        rds("ModifyDBSnapshotAttribute", {
          dBSnapshotIdentifier: "prod-snap",
          attributeName: "restore",
          valuesToRemove: ["836504179211"],
        }),
      ),
    ).toBe(false);
    expect(
      rule.match(
        ec2("ModifyImageAttribute", {
          imageId: "ami-0123456789abcdef0",
          description: { value: "golden image" },
        }),
      ),
    ).toBe(false);
    expect(rule.match(ec2("CreateSnapshot", { volumeId: "vol-0123456789abcdef0" }))).toBe(false);
  });
});
