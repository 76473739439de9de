import { REGION_PATTERN } from "@/lib/view/events-view";

/** CloudTrail's event IDs are UUIDs; this admits any ID LookupEvents could take, and no more. */
export const EVENT_ID_PATTERN = /^[A-Za-z0-9-]{1,128}$/;

/** What is wrong with an event's address (region and ID), in words; empty when it is usable. */
export function eventRefProblems(
  region: string,
  eventId: string,
  regions: readonly string[],
): string[] {
  const problems: string[] = [];
  if (!REGION_PATTERN.test(region)) {
    problems.push(`“${region}” is not an AWS region name (such as us-east-1).`);
  } else if (!regions.includes(region)) {
    problems.push(`${region} is not one of this dashboard's regions (${regions.join(", ")}).`);
  }
  if (!EVENT_ID_PATTERN.test(eventId)) {
    problems.push(`“${eventId}” is not an event ID: IDs are up to 128 letters, digits and dashes.`);
  }
  return problems;
}
