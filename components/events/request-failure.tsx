import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

import type { ApiFailure } from "./api-error";

interface RequestFailureProps {
  title: string;
  failure: ApiFailure;
  /** Shown as a Retry button when given. */
  onRetry?: () => void;
  retrying?: boolean;
}

/** A failed request: what went wrong in the API's own words, and a way to try again. */
export function RequestFailure({ title, failure, onRetry, retrying = false }: RequestFailureProps) {
  return (
    <Alert variant="destructive" className="flex flex-wrap items-start justify-between gap-3">
      <div className="min-w-0 flex-1">
        <AlertTitle>{title}</AlertTitle>
        <AlertDescription className="break-words">{failure.message}</AlertDescription>
      </div>
      {onRetry && (
        <Button variant="outline" size="sm" onClick={onRetry} disabled={retrying}>
          {retrying ? "Retrying…" : "Retry"}
        </Button>
      )}
    </Alert>
  );
}
