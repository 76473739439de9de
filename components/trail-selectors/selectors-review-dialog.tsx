"use client";

import type { ReactNode } from "react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import type { SelectorsChange } from "@/lib/trails/selectors-change";

import { SelectorsDiff } from "./selectors-diff";

interface SelectorsReviewDialogProps {
  /** The change under review; the dialog is open while there is one. */
  change: SelectorsChange | undefined;
  onClose: () => void;
  title: string;
  /** The call that saving makes, and where. */
  description: ReactNode;
  /** Shown above the change, e.g. that saving replaces the other kind of selectors. */
  warning?: string;
  saveLabel: string;
  pending: boolean;
  /** Why the last save failed. */
  error?: string;
  onSave: () => void;
  /**
   * Whether closing returns the focus to what opened the review (its default). After a
   * save the focus goes to the save's outcome instead.
   */
  restoreFocus?: boolean;
}

/**
 * The change a save would make, before anything is sent: both sides in words and the JSON
 * difference. Saving is confirmed here; closing it sends nothing.
 */
export function SelectorsReviewDialog({
  change,
  onClose,
  title,
  description,
  warning,
  saveLabel,
  pending,
  error,
  onSave,
  restoreFocus = true,
}: SelectorsReviewDialogProps) {
  return (
    <Dialog open={change !== undefined} onOpenChange={(open) => !open && !pending && onClose()}>
      <DialogContent onCloseAutoFocus={(event) => !restoreFocus && event.preventDefault()}>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {change && (
          <>
            {warning && (
              <Alert variant="warning" role="note">
                <AlertDescription className="mt-0 text-foreground">{warning}</AlertDescription>
              </Alert>
            )}
            {change.changed ? (
              <div className="grid gap-4 sm:grid-cols-2">
                <Side title="Now" lines={change.before} />
                <Side title="After saving" lines={change.after} />
              </div>
            ) : (
              <p className="text-sm">
                Nothing would change: this is what the trail records already.
              </p>
            )}
            <SelectorsDiff
              lines={change.diff}
              label="The change in JSON, as CloudTrail records the call"
            />
          </>
        )}
        {error && (
          <Alert variant="destructive">
            <AlertTitle>Not saved</AlertTitle>
            <AlertDescription className="break-words">{error}</AlertDescription>
          </Alert>
        )}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline" disabled={pending}>
              Cancel
            </Button>
          </DialogClose>
          <Button onClick={onSave} disabled={pending || !change?.changed}>
            {pending ? "Saving…" : saveLabel}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

function Side({ title, lines }: { title: string; lines: readonly string[] }) {
  return (
    <section className="flex flex-col gap-1.5">
      <h3 className="text-xs font-medium tracking-wide text-muted-foreground uppercase">{title}</h3>
      <ul className="flex list-disc flex-col gap-1 pl-5 text-sm">
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
