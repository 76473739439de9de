import { isServer, QueryClient } from "@tanstack/react-query";

import { isRetryable } from "./events/api-error";

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Hydrated server pages are fresh for a minute, so the client does not fetch them again at once.
        staleTime: 60_000,
        // Results an analyst is reading should not reshuffle when they switch tabs; Retry and a
        // changed view fetch anew.
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => failureCount < 2 && isRetryable(error),
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/**
 * One QueryClient per browser session, so the cache survives navigations; a fresh one per
 * server render, so no user's data leaks into another's page.
 */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
