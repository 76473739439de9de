"use client";

import { Play, Square } from "lucide-react";
import { useState } from "react";

import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { startLoggingAction, stopLoggingAction } from "@/lib/actions/trails";

import { useTrailChange, type ChangeOutcome } from "./use-trail-change";

interface TrailLoggingControlProps {
  trail: { homeRegion: string; name: string };
  isLogging: boolean;
  onChanged: (outcome: ChangeOutcome) => void;
  size?: "sm" | "default";
}

/**
 * Start logging at once; stop logging only after a confirmation that says what stopping
 * costs, since a trail that does not log is a gap an attacker would want.
 */
export function TrailLoggingControl({
  trail,
  isLogging,
  onChanged,
  size = "sm",
}: TrailLoggingControlProps) {
  const { run, pending, error } = useTrailChange();
  const [confirming, setConfirming] = useState(false);
  const ref = { region: trail.homeRegion, name: trail.name };

  const start = () =>
    run(
      () => startLoggingAction(ref),
      (change) => onChanged({ message: `Logging started for ${trail.name}.`, changes: [change] }),
    );
  const stop = () =>
    run(
      () => stopLoggingAction(ref),
      (change) => {
        setConfirming(false);
        onChanged({ message: `Logging stopped for ${trail.name}.`, changes: [change] });
      },
    );

  return (
    <div className="flex flex-col items-start gap-1">
      {isLogging ? (
        <Button
          variant="outline"
          size={size}
          disabled={pending}
          onClick={() => setConfirming(true)}
          aria-label={`Stop logging ${trail.name}`}
        >
          <Square aria-hidden className="size-3.5" />
          Stop logging
        </Button>
      ) : (
        <Button
          size={size}
          disabled={pending}
          onClick={start}
          aria-label={`Start logging ${trail.name}`}
        >
          <Play aria-hidden className="size-3.5" />
          {pending ? "Starting…" : "Start logging"}
        </Button>
      )}
      {error && !confirming && (
        <p role="alert" className="max-w-xs text-xs text-destructive">
          {error}
        </p>
      )}
      <AlertDialog open={confirming} onOpenChange={(open) => !pending && setConfirming(open)}>
        <AlertDialogContent>
          <AlertDialogTitle>Stop logging {trail.name}?</AlertDialogTitle>
          <AlertDialogDescription asChild>
            <div>
              <p>
                Until logging is started again, this trail delivers nothing: the account&apos;s
                activity in that time is missing from its S3 bucket and CloudWatch Logs, a gap in
                the audit record that cannot be filled later.
              </p>
              <p>
                Stopping is itself recorded as a StopLogging event, a call that security teams watch
                for, because attackers make it to cover their tracks.
              </p>
            </div>
          </AlertDialogDescription>
          {error && (
            <p role="alert" className="text-sm text-destructive">
              {error}
            </p>
          )}
          <AlertDialogFooter>
            <AlertDialogCancel asChild>
              <Button variant="outline" disabled={pending}>
                Keep logging
              </Button>
            </AlertDialogCancel>
            <Button variant="destructive" disabled={pending} onClick={stop}>
              {pending ? "Stopping…" : "Stop logging"}
            </Button>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </div>
  );
}
