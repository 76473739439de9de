import { RecordText } from "@/components/record-text";
import { SignInAgainLink } from "@/components/session/sign-in-again-link";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";

import type { Halt } from "./import-run";

/** Why the import stopped before its last file, and what to do about it. */
export function ImportHalt({ halt }: { halt: Halt }) {
  switch (halt.kind) {
    case "cancelled":
      return (
        <Alert role="status">
          <AlertTitle>Import cancelled</AlertTitle>
          <AlertDescription>
            The records read before it stopped are kept; importing the same files again adds only
            what is missing.
          </AlertDescription>
        </Alert>
      );
    case "signed-out":
      return (
        <Alert variant="destructive">
          <AlertTitle>Your session has ended</AlertTitle>
          <AlertDescription className="flex flex-col items-start gap-2">
            <span>Sign in again, then import the files that were not imported.</span>
            <SignInAgainLink />
          </AlertDescription>
        </Alert>
      );
    case "refused":
      return (
        <Alert variant="destructive">
          <AlertTitle>The server refused the import</AlertTitle>
          <AlertDescription>{halt.message}</AlertDescription>
        </Alert>
      );
    case "network":
      return (
        <Alert variant="destructive">
          <AlertTitle>The connection to the server was lost</AlertTitle>
          <AlertDescription>
            It was lost during <RecordText value={halt.file} />. The records read before are kept;
            check that Trailscope is running, then import the files again: what is already in the
            store counts as duplicates.
          </AlertDescription>
        </Alert>
      );
  }
}
