import { InsightsHeading } from "@/components/insights/insights-heading";
import { InsightsSkeleton } from "@/components/insights/insights-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div className="flex flex-col gap-4">
      <InsightsHeading />
      <div className="flex flex-wrap items-end gap-3 rounded-lg border border-border p-3">
        <Skeleton className="h-9 w-40" />
        <Skeleton className="h-9 w-44" />
        <Skeleton className="h-9 w-32 sm:ml-auto" />
      </div>
      <InsightsSkeleton />
    </div>
  );
}
