import { readFileSync } from "node:fs";
import { join } from "node:path";

import { parseLookupEvent } from "@/lib/events/parse-event";
import type { TrailEvent } from "@/lib/events/trail-event";

/**
 * The hostile records of test/fixtures/hostile-records.json as the dashboard reads them: each
 * as LookupEvents returns it, parsed by parseLookupEvent. The fixture writes one event a
 * line, `{"resources":[…],"record":{…}}`; the record's text is taken as written there,
 * because one record nests 5,000 levels deep, more than JSON.stringify can write back on
 * Node's default stack (which is the point of it).
 */
export function hostileTrailEvents(): TrailEvent[] {
  const text = readFileSync(join(__dirname, "fixtures/hostile-records.json"), "utf8");
  return text
    .split("\n")
    .filter((line) => line.startsWith('{"resources":'))
    .map((line) => {
      const entry = line.replace(/,$/, "");
      const recordStart = entry.indexOf(',"record":') + ',"record":'.length;
      const recordText = entry.slice(recordStart, -1);
      const { resources } = JSON.parse(entry.slice(0, recordStart - ',"record":'.length) + "}") as {
        resources: { type: string; name: string }[];
      };
      const record = JSON.parse(recordText) as Record<string, string> & {
        userIdentity: { type: string; arn: string; userName?: string };
      };
      const identity = record.userIdentity;
      return parseLookupEvent({
        EventId: record.eventID,
        EventName: record.eventName,
        EventTime: new Date(record.eventTime),
        EventSource: record.eventSource,
        // As CloudTrail's lookup index names the caller: a role's session, or the user.
        Username:
          identity.type === "AssumedRole" ? identity.arn.split("/").at(-1) : identity.userName,
        Resources: resources.map((r) => ({ ResourceType: r.type, ResourceName: r.name })),
        CloudTrailEvent: recordText,
      });
    });
}

/** One of them by its event name's start. */
export function hostileEvent(events: readonly TrailEvent[], nameStart: string): TrailEvent {
  const event = events.find((e) => e.name.startsWith(nameStart));
  if (!event) throw new Error(`No hostile event named ${nameStart}…`);
  return event;
}
