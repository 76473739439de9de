import type { TrailEvent } from "@/lib/events/trail-event";

import { dig, listAt, textAt } from "../read-record";
import type { RecordRule } from "../types";
import { attackTechnique } from "./references";

/** An EC2 permission list's `add` holds someone: an account (userId), "all", an organization or OU. */
function addsPermission(permission: unknown): boolean {
  return listAt(permission, "add").some(
    (grantee) =>
      textAt(grantee, "userId") !== undefined ||
      textAt(grantee, "group") !== undefined ||
      textAt(grantee, "organizationArn") !== undefined ||
      textAt(grantee, "organizationalUnitArn") !== undefined,
  );
}

function sharesSnapshot(event: TrailEvent): boolean {
  const params = dig(event.record, "requestParameters");
  switch (event.source) {
    case "ec2.amazonaws.com":
      if (event.name === "ModifySnapshotAttribute")
        return addsPermission(dig(params, "createVolumePermission"));
      if (event.name === "ModifyImageAttribute")
        return addsPermission(dig(params, "launchPermission"));
      return false;
    case "rds.amazonaws.com":
      return (
        (event.name === "ModifyDBSnapshotAttribute" ||
          event.name === "ModifyDBClusterSnapshotAttribute") &&
        textAt(params, "attributeName") === "restore" &&
        listAt(params, "valuesToAdd").length > 0
      );
    default:
      return false;
  }
}

export const snapshotShared: RecordRule = {
  kind: "record",
  id: "snapshot-shared",
  title: "Snapshot or image shared outside the account",
  severity: "high",
  description:
    "An EBS snapshot, RDS snapshot or AMI was shared with another account or made public: whoever it is shared with can copy the disk or database and read everything on it. Denied attempts are flagged too.",
  nextSteps:
    "Check the account IDs in the request against your organization. Remove an unknown one at once (the same call with remove, or valuesToRemove), then find out whether the snapshot was already copied and what data it holds.",
  reference: attackTechnique("T1537", "Transfer Data to Cloud Account"),
  match: sharesSnapshot,
};
