import { REGION_PATTERN } from "@/lib/view/regions";

/** Where an event lives: LookupEvents finds an event by ID only within its region. */
export interface EventRef {
  region: string;
  id: string;
}

/** CloudTrail's event IDs are UUIDs; this admits any ID LookupEvents could take, and no more. */
export const EVENT_ID_PATTERN = /^[A-Za-z0-9-]{1,128}$/;

/** "us-east-1:0d7e…", the form an event takes in URLs (`event=`, compare's `e=`). */
export function formatEventRef(ref: EventRef): string {
  return `${ref.region}:${ref.id}`;
}

/** Splits "region:eventId" at its first colon; null when there is no region before one. */
export function splitEventRef(text: string): EventRef | null {
  const colon = text.indexOf(":");
  if (colon < 1) return null;
  return { region: text.slice(0, colon), id: text.slice(colon + 1) };
}

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
