/** "2026-11-24 13:45:12" for an ISO 8601 instant: CloudTrail's times, as analysts read them, in UTC. */
export function formatUtcTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toISOString().slice(0, 19).replace("T", " ");
}
