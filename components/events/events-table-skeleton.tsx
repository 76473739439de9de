import { Skeleton } from "@/components/ui/skeleton";

const ROWS = 8;

/** Placeholder rows while the first page of events loads. */
export function EventsTableSkeleton() {
  return (
    <div className="flex flex-col gap-px overflow-hidden rounded-lg border border-border">
      <Skeleton className="h-9 rounded-none" />
      {Array.from({ length: ROWS }, (_, row) => (
        <div key={row} className="flex items-center gap-6 px-3 py-2.5">
          <Skeleton className="h-4 w-36" />
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-4 w-28" />
          <Skeleton className="h-4 w-36" />
          <Skeleton className="h-4 flex-1" />
        </div>
      ))}
    </div>
  );
}
