import type { TrailEvent } from "@/lib/events/trail-event";

import { dig, listAt, textAt } from "../read-record";
import type { RecordRule } from "../types";
import { attackTechnique } from "./references";

const CLOUDTRAIL = "cloudtrail.amazonaws.com";
const ALWAYS_TAMPERING = new Set(["StopLogging", "DeleteTrail", "UpdateTrail"]);

/**
 * Whether a basic event selector logs write management events. IncludeManagementEvents
 * defaults to true in the API, so only an explicit false drops them; a ReadOnly selector
 * drops the writes, which are what an intruder does.
 */
function basicSelectorKeepsWrites(selector: unknown): boolean {
  return (
    typeof selector === "object" &&
    selector !== null &&
    dig(selector, "includeManagementEvents") !== false &&
    textAt(selector, "readWriteType") !== "ReadOnly"
  );
}

/**
 * Whether an advanced event selector logs write management events: it must select
 * eventCategory = Management and not narrow to readOnly = true.
 */
function advancedSelectorKeepsWrites(selector: unknown): boolean {
  let management = false;
  let readOnlyOnly = false;
  for (const field of listAt(selector, "fieldSelectors")) {
    const name = textAt(field, "field");
    const equals = listAt(field, "equals");
    if (name === "eventCategory" && equals.includes("Management")) management = true;
    if (name === "readOnly" && equals.length > 0 && equals.every((v) => v === "true"))
      readOnlyOnly = true;
  }
  return management && !readOnlyOnly;
}

/**
 * PutEventSelectors that leaves the trail without write management events. The request is
 * read, not the response: a denied attempt has no response and is still worth seeing.
 * A request with neither kind of selector is malformed and changes nothing.
 */
function dropsManagementEvents(event: TrailEvent): boolean {
  const params = dig(event.record, "requestParameters");
  const advanced = dig(params, "advancedEventSelectors");
  if (Array.isArray(advanced)) return !advanced.some(advancedSelectorKeepsWrites);
  const basic = dig(params, "eventSelectors");
  if (Array.isArray(basic)) return !basic.some(basicSelectorKeepsWrites);
  return false;
}

export const cloudTrailTampering: RecordRule = {
  kind: "record",
  id: "cloudtrail-tampering",
  title: "CloudTrail logging tampered with",
  severity: "critical",
  description:
    "A trail was stopped, deleted or reconfigured, or its event selectors now drop management events: intruders blind the audit log before they act. Denied attempts are flagged too, since the attempt alone shows intent.",
  nextSteps:
    "Check the trail's status and selectors now (restart logging, restore management events), then treat the caller as compromised until proven otherwise: review what it did just before and after, and everything that happened while logging was off.",
  reference: attackTechnique("T1562.008", "Impair Defenses: Disable or Modify Cloud Logs"),
  match: (event) => {
    if (event.source !== CLOUDTRAIL) return false;
    if (ALWAYS_TAMPERING.has(event.name)) return true;
    return event.name === "PutEventSelectors" && dropsManagementEvents(event);
  },
};
