/**
 * A failed request as the dashboard shows it: what the API routes answer under `error`,
 * and what the server's prefetches hand to the client. Safe for the client bundle.
 */
export interface Failure {
  code: string;
  message: string;
  /** Trying again later may succeed (throttling, network, service faults). */
  retryable: boolean;
}

/** `historyDays`: how far back the history reaches (null: a local store without limits). */
export function eventNotFound(
  region: string,
  eventId: string,
  historyDays: number | null = 90,
): Failure {
  const within = historyDays === null ? "" : ` in the last ${historyDays} days`;
  return {
    code: "NotFound",
    message: `No event ${eventId} in ${region}${within}.`,
    retryable: false,
  };
}
