"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";

import type { ActionResult } from "@/lib/actions/action-result";
import type { TrailChange } from "@/lib/trails/trail-change";

import { trailsQueryKey } from "./trails-query";

export interface ChangeOutcome {
  message: string;
  changes: TrailChange[];
}

/**
 * Runs a trail change (a server action) and, when it succeeds, refreshes what shows trails:
 * the Trails list's query and (unless `refreshPage` is false, as after a delete, whose page
 * is gone) the server-rendered page. Holds the pending state and the error for the control
 * that started it.
 */
export function useTrailChange({ refreshPage = true }: { refreshPage?: boolean } = {}) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();

  const run = useCallback(
    <T>(
      action: () => Promise<ActionResult<T>>,
      onDone: (data: T) => void,
    ): Promise<ActionResult<T>> =>
      new Promise((resolve) => {
        setError(undefined);
        startTransition(async () => {
          const result = await action().catch((): ActionResult<T> => ({
            ok: false,
            error: "The dashboard's server could not be reached. Check the connection and retry.",
          }));
          if (result.ok) {
            await queryClient.invalidateQueries({ queryKey: trailsQueryKey });
            if (refreshPage) router.refresh();
            onDone(result.data);
          } else {
            setError(result.error);
          }
          resolve(result);
        });
      }),
    [queryClient, router, refreshPage],
  );

  return { run, pending, error, clearError: () => setError(undefined) };
}
