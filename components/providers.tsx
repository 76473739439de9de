"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { getNonce, setNonce } from "get-nonce";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { useInsertionEffect, type ReactNode } from "react";

import { getQueryClient } from "./query-client";

export function Providers({ children, nonce }: { children: ReactNode; nonce?: string }) {
  // Radix dialogs lock scrolling with a <style> element they add on opening; it must carry
  // the document's CSP nonce, or the policy refuses it. The first nonce is the document's:
  // later payloads (a server action's answer, a refresh) come with newer ones it does not know.
  useInsertionEffect(() => {
    if (nonce && !getNonce()) setNonce(nonce);
  }, [nonce]);
  // Not useState: React may discard state created during a suspended first render, and
  // getQueryClient already keeps one client per browser session.
  const queryClient = getQueryClient();
  return (
    <QueryClientProvider client={queryClient}>
      <NuqsAdapter>{children}</NuqsAdapter>
    </QueryClientProvider>
  );
}
