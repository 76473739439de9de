import { Skeleton } from "@/components/ui/skeleton";

const ROWS = 5;

/** Placeholder rows while the Insights of a view are read. */
export function InsightsSkeleton() {
  return (
    <div className="flex flex-col gap-3" aria-busy="true">
      <p role="status" className="text-sm text-muted-foreground">
        Reading Insights events…
      </p>
      <div className="flex flex-col gap-px overflow-hidden rounded-lg border border-border">
        <Skeleton className="h-9 rounded-none" />
        {Array.from({ length: ROWS }, (_, row) => (
          <div key={row} className="flex items-center gap-6 px-3 py-3">
            <div className="flex w-44 flex-col gap-1.5">
              <Skeleton className="h-4 w-32" />
              <Skeleton className="h-3 w-40" />
            </div>
            <Skeleton className="h-5 w-24" />
            <Skeleton className="h-4 w-20" />
            <Skeleton className="h-4 w-36" />
            <Skeleton className="h-4 w-36" />
            <Skeleton className="h-4 flex-1" />
          </div>
        ))}
      </div>
    </div>
  );
}
