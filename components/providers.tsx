"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";

import { getQueryClient } from "./query-client";

export function Providers({ children }: { children: ReactNode }) {
  // Not useState: React may discard state created during a suspended first render, and
  // getQueryClient already keeps one client per browser session.
  const queryClient = getQueryClient();
  return (
    <QueryClientProvider client={queryClient}>
      <NuqsAdapter>{children}</NuqsAdapter>
    </QueryClientProvider>
  );
}
