"use client";

import { useEffect } from "react";

import { Button } from "@/components/ui/button";

/** Anything a page did not expect. Pages show CloudTrail's failures themselves; this is the last resort. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : null;

  return (
    <div
      role="alert"
      className="mx-auto flex max-w-lg flex-col items-center gap-3 py-16 text-center"
    >
      <h1 className="text-lg font-semibold">Something went wrong</h1>
      <p className="text-sm text-muted-foreground">
        The page could not be shown. Try again; if it keeps failing, the server’s log has the
        details
        {digest ? ` (reference ${digest})` : ""}.
      </p>
      <Button onClick={retry}>Try again</Button>
    </div>
  );
}
