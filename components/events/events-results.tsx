"use client";

import type { ReactNode } from "react";

import type { EventsView } from "@/lib/view/events-view";

import { EventsEmptyState } from "./events-empty-state";
import { EventsTableSkeleton } from "./events-table-skeleton";
import { RequestFailure } from "./request-failure";
import { ScanPlan } from "./scan-plan";
import { ScanProgress } from "./scan-progress";
import { ScanRegions } from "./scan-regions";
import type { EventScan } from "./use-event-scan";

interface EventsResultsProps {
  view: EventsView;
  regions: string[];
  scan: EventScan;
  onViewChange: (patch: Partial<EventsView>) => void;
  /** The toolbar and table, shown once there is something to show. */
  children: ReactNode;
}

/**
 * The scan in whichever state it is: starting, failed as a whole, running with rows
 * arriving, paused, or finished (with rows, or empty).
 */
export function EventsResults({ view, regions, scan, onViewChange, children }: EventsResultsProps) {
  const { query, state, running } = scan;

  if (!state) {
    if (query.isError) {
      return (
        <RequestFailure
          title="Could not read events"
          failure={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      );
    }
    return (
      <section aria-label="Events" className="flex flex-col gap-3">
        <p role="status" className="text-sm text-muted-foreground">
          Starting the scan…
        </p>
        <EventsTableSkeleton />
      </section>
    );
  }

  const empty = state.events.length === 0 && state.phase === "complete";
  return (
    <section aria-label="Events" className="flex flex-col gap-3">
      <div className="flex flex-col gap-2">
        <ScanProgress
          state={state}
          running={running}
          onCancel={scan.cancel}
          onContinue={scan.continueScan}
        />
        <ScanPlan plan={state.plan} />
        <ScanRegions state={state} onRetry={() => void query.refetch()} scanning={running} />
        {query.isError && (
          <RequestFailure
            title="The scan stopped early"
            failure={query.error}
            onRetry={scan.continueScan}
            retrying={running}
          />
        )}
      </div>
      {empty ? (
        <EventsEmptyState view={view} regions={regions} onViewChange={onViewChange} />
      ) : (
        children
      )}
    </section>
  );
}
