import { serializeEventsView } from "@/lib/view/events-view";

/** A change the dashboard made to a trail, enough to find the event CloudTrail records for it. */
export interface TrailChange {
  /** The API call, which is the event's name: CreateTrail, StopLogging, … */
  eventName: string;
  /** The trail's home region, whose history records the call. */
  region: string;
  trailArn: string;
  /** When the call was made (epoch ms, server clock). */
  at: number;
}

/** How far either side of the call the link looks: clocks differ, and events carry the call's time. */
const CHANGE_WINDOW_MS = 5 * 60_000;

/**
 * The Event history filtered to this change's own event: its name, its trail and a few
 * minutes around it. On AWS the event appears there within about five minutes of the call;
 * in local mode at once.
 */
export function trailChangeEventsHref(change: TrailChange): string {
  return serializeEventsView("/events", {
    regions: [change.region],
    f: [
      { field: "EventName", value: change.eventName },
      { field: "ResourceName", value: change.trailArn },
    ],
    from: new Date(change.at - CHANGE_WINDOW_MS),
    to: new Date(change.at + CHANGE_WINDOW_MS),
  });
}
