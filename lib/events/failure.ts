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

export function eventNotFound(region: string, eventId: string): Failure {
  return {
    code: "NotFound",
    message: `No event ${eventId} in ${region} in the last 90 days.`,
    retryable: false,
  };
}
