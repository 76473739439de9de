"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import { RefreshCw } from "lucide-react";
import Link from "next/link";
import { useState } from "react";

import { RequestFailure } from "@/components/events/request-failure";
import { useCan } from "@/components/session/session-provider";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatCount } from "@/lib/format/format-count";
import { formatTime } from "@/lib/format/format-time";
import { accountPosture } from "@/lib/trails/posture";
import { postureFixHref } from "@/lib/trails/posture-links";
import type { ListedTrail } from "@/lib/trails/trail";

import { AccountPostureCard } from "./posture-checks";

import { TrailChangeNotice } from "./trail-change-notice";
import { trailSelectorsQueryOptions } from "./trail-selectors-query";
import { trailsQueryOptions } from "./trails-query";
import { TrailsTable } from "./trails-table";
import type { ChangeOutcome } from "./use-trail-change";

/** The Trails page's body: the account's posture, its trails and their statuses. */
export function TrailsExplorer() {
  const canChange = useCan("trails:change");
  const query = useQuery(trailsQueryOptions());
  const [outcome, setOutcome] = useState<ChangeOutcome>();
  const listing = query.data;
  const selectors = useCustomSelectors(listing?.trails ?? []);

  if (!listing) {
    return query.error ? (
      <RequestFailure
        title="The trails could not be read"
        failure={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    ) : (
      <p role="status" className="text-sm text-muted-foreground">
        Reading the trails…
      </p>
    );
  }

  // With no region read, "no trails" would be a guess: the failures above say why.
  const readSome = listing.regionFailures.length < listing.regions.length;

  return (
    <div className="flex flex-col gap-4">
      {outcome && <TrailChangeNotice message={outcome.message} changes={outcome.changes} />}
      {listing.regionFailures.length > 0 && (
        <Alert>
          <AlertTitle>
            Trails could not be read in {listing.regionFailures.map((f) => f.region).join(", ")}
          </AlertTitle>
          <AlertDescription>
            <ul className="list-disc space-y-0.5 pl-5">
              {listing.regionFailures.map(({ region, failure }) => (
                <li key={region}>
                  {region}: {failure.message}
                </li>
              ))}
            </ul>
            Trails homed there are missing from the list unless they are multi-Region.
          </AlertDescription>
        </Alert>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" className="text-sm text-muted-foreground">
          {formatCount(listing.trails.length, "trail")} in{" "}
          {listing.regionFailures.length > 0 &&
            `${listing.regions.length - listing.regionFailures.length} of `}
          {formatCount(listing.regions.length, "region")}; statuses read{" "}
          {formatTime(listing.readAt, "utc")} UTC.
        </p>
        <Button
          variant="outline"
          size="sm"
          onClick={() => void query.refetch()}
          disabled={query.isFetching}
        >
          <RefreshCw aria-hidden className="size-3.5" />
          {query.isFetching ? "Refreshing…" : "Refresh"}
        </Button>
      </div>
      {listing.trails.length === 0 && readSome ? (
        <div className="flex flex-col items-start gap-3 rounded-lg border border-dashed border-border p-6 text-sm">
          <p className="font-medium">This account has no trails in these regions.</p>
          <p className="max-w-2xl text-muted-foreground">
            Without a trail, the account&apos;s activity is kept only 90 days in Event history and
            delivered nowhere. A multi-Region trail that logs read and write management events is
            the first control of every CloudTrail benchmark.
          </p>
          {canChange && (
            <Button asChild size="sm">
              <Link href="/trails/new">Create trail</Link>
            </Button>
          )}
        </div>
      ) : (
        listing.trails.length > 0 && <TrailsTable trails={listing.trails} onChanged={setOutcome} />
      )}
      <AccountPostureCard
        posture={accountPosture({
          ...listing,
          trails: listing.trails.map((listed) => ({
            ...listed,
            selectors: selectors.get(listed.trail.arn),
          })),
        })}
        fixHref={canChange ? postureFixHref : undefined}
      />
    </div>
  );
}

/**
 * The event selectors of the trails that have custom ones, by ARN, as they arrive (the
 * others record every management event, which is all the posture checks ask).
 */
function useCustomSelectors(trails: readonly ListedTrail[]) {
  const custom = trails.filter(({ trail }) => trail.hasCustomEventSelectors);
  return useQueries({
    queries: custom.map(({ trail }) => trailSelectorsQueryOptions(trail)),
    combine: (results) =>
      new Map(
        results.flatMap((result, index) =>
          result.data ? [[custom[index].trail.arn, result.data.eventSelectors] as const] : [],
        ),
      ),
  });
}
