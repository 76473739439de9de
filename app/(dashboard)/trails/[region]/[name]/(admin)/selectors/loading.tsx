import { TrailSelectorsHeading } from "@/components/trail-selectors/trail-selectors-heading";
import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div className="flex flex-col gap-8" aria-busy="true">
      <TrailSelectorsHeading />
      <p role="status" className="text-sm text-muted-foreground">
        Reading the trail&apos;s selectors from CloudTrail…
      </p>
      <div className="flex flex-col gap-4">
        <Skeleton className="h-5 w-40" />
        <Skeleton className="h-16 w-full" />
        <Skeleton className="h-9 w-44" />
        <Skeleton className="h-80 w-full" />
      </div>
      <div className="flex flex-col gap-4">
        <Skeleton className="h-5 w-24" />
        <Skeleton className="h-12 w-full" />
        <Skeleton className="h-24 w-full" />
      </div>
    </div>
  );
}
