/** "45 s", "12 min", "3 h", "2 d": a rough, readable length of time. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.round(hours / 24)} d`;
}

/** "12 min ago" (or "in 3 min" for a clock ahead of ours). */
export function formatAgo(at: number, now: number): string {
  return at <= now ? `${formatDuration(now - at)} ago` : `in ${formatDuration(at - now)}`;
}

/** A length given in minutes: "6 min", "1 h 22 min", "7 d 4 h" (at least "1 min"). */
export function formatMinutes(total: number): string {
  const minutes = Math.round(total);
  if (minutes < 60) return `${Math.max(minutes, 1)} min`;
  if (minutes < 24 * 60) {
    const rest = minutes % 60;
    return rest ? `${Math.floor(minutes / 60)} h ${rest} min` : `${minutes / 60} h`;
  }
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  return hours ? `${days} d ${hours} h` : `${days} d`;
}
