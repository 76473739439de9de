import Link from "next/link";

import { RequestFailure } from "@/components/events/request-failure";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TrailPageLookup } from "@/lib/cloudtrail/load-trail-page";

/** What a trail's page shows when the URL names no trail it can show. */
export function TrailUnavailable({
  lookup,
  region,
  name,
}: {
  lookup: Exclude<TrailPageLookup, { kind: "found" }>;
  region: string;
  name: string;
}) {
  return (
    <div className="flex flex-col items-start gap-4">
      {lookup.kind === "failed" ? (
        <RequestFailure title="The trail could not be read" failure={lookup.failure} />
      ) : (
        <Alert variant={lookup.kind === "invalid" ? "destructive" : "warning"}>
          <AlertTitle>
            {lookup.kind === "invalid" ? "This link does not name a trail" : "No such trail"}
          </AlertTitle>
          <AlertDescription>
            {lookup.kind === "invalid"
              ? lookup.problem
              : `There is no trail ${name} homed in ${region}. It may have been deleted, or it is homed in another region.`}
          </AlertDescription>
        </Alert>
      )}
      <Button asChild variant="outline">
        <Link href="/trails">All trails</Link>
      </Button>
    </div>
  );
}
