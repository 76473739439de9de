import { EventsTableSkeleton } from "@/components/events/events-table-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <h1 className="text-xl font-semibold tracking-tight">Events</h1>
      <div className="flex flex-wrap items-end gap-3">
        <Skeleton className="h-9 w-36" />
        <Skeleton className="h-9 w-40" />
        <Skeleton className="h-9 w-64" />
        <Skeleton className="h-9 w-36 sm:ml-auto" />
      </div>
      <p role="status" className="text-sm text-muted-foreground">
        Loading events…
      </p>
      <EventsTableSkeleton />
    </div>
  );
}
