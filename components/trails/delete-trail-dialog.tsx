"use client";

import { Trash2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";

import { FormField } from "@/components/trail-form/form-field";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { deleteTrailAction } from "@/lib/actions/trails";
import type { Trail } from "@/lib/trails/trail";
import type { TrailChange } from "@/lib/trails/trail-change";

import { TrailChangeNotice } from "./trail-change-notice";
import { useTrailChange } from "./use-trail-change";

/**
 * Deleting a trail asks for its name, typed: the button is not enough for something that
 * ends the account's recording. Delivered logs stay in S3, and the dialog says so.
 */
export function DeleteTrailDialog({ trail }: { trail: Trail }) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [deleted, setDeleted] = useState<TrailChange>();
  const { run, pending, error, clearError } = useTrailChange({ refreshPage: false });
  const matches = typed === trail.name;

  const remove = (event: React.FormEvent) => {
    event.preventDefault();
    if (!matches) return;
    void run(
      () => deleteTrailAction({ region: trail.homeRegion, name: trail.name, confirmation: typed }),
      setDeleted,
    );
  };

  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (pending || deleted) return;
        setOpen(next);
        setTyped("");
        clearError();
      }}
    >
      <AlertDialogTrigger asChild>
        <Button variant="destructive">
          <Trash2 aria-hidden className="size-4" />
          Delete trail
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        {deleted ? (
          <>
            <AlertDialogTitle>Trail deleted</AlertDialogTitle>
            <TrailChangeNotice message={`${trail.name} was deleted.`} changes={[deleted]} />
            <AlertDialogDescription>
              Its log files stay in s3://{trail.s3BucketName}
              {trail.s3KeyPrefix ? `/${trail.s3KeyPrefix}` : ""}.
            </AlertDialogDescription>
            <AlertDialogFooter>
              <Button asChild>
                <Link href="/trails">Back to trails</Link>
              </Button>
            </AlertDialogFooter>
          </>
        ) : (
          <form onSubmit={remove} className="flex flex-col gap-4">
            <AlertDialogTitle>Delete {trail.name}?</AlertDialogTitle>
            <AlertDialogDescription asChild>
              <div>
                <p>
                  The trail stops recording at once
                  {trail.isMultiRegion ? " in every Region" : ""}, and its settings, event selectors
                  and Insights selectors are gone. The deletion is recorded as a DeleteTrail event.
                </p>
                <p>
                  Log files already delivered stay in s3://{trail.s3BucketName}
                  {trail.s3KeyPrefix ? `/${trail.s3KeyPrefix}` : ""}; deleting the trail does not
                  delete them.
                </p>
              </div>
            </AlertDialogDescription>
            <FormField
              id="delete-confirmation"
              label={`Type ${trail.name} to confirm`}
              error={error}
            >
              {(control) => (
                <Input
                  {...control}
                  value={typed}
                  onChange={(event) => setTyped(event.target.value)}
                  autoComplete="off"
                  spellCheck={false}
                />
              )}
            </FormField>
            <AlertDialogFooter>
              <AlertDialogCancel asChild>
                <Button variant="outline" disabled={pending}>
                  Cancel
                </Button>
              </AlertDialogCancel>
              <Button type="submit" variant="destructive" disabled={!matches || pending}>
                {pending ? "Deleting…" : "Delete trail"}
              </Button>
            </AlertDialogFooter>
          </form>
        )}
      </AlertDialogContent>
    </AlertDialog>
  );
}
