import { serializeEventsView, type EventsView } from "./events-view";

/**
 * The link to share for the page at `pageUrl`. A relative range ("last hour") would mean a
 * later hour to whoever opens the link, so it is fixed to the absolute window the shown
 * results were scanned for; every other parameter is kept as it is.
 */
export function shareLink(
  pageUrl: string,
  view: Pick<EventsView, "from" | "to">,
  resolvedRange: { start: number; end: number } | null,
): string {
  const url = new URL(pageUrl);
  const absolute = view.from !== null && view.to !== null;
  if (absolute || !resolvedRange) return url.href;
  return serializeEventsView(url, {
    from: new Date(resolvedRange.start),
    to: new Date(resolvedRange.end),
  });
}
