import { Skeleton } from "@/components/ui/skeleton";

/** Without this, the Trails list's loading state would show for a trail's page. */
export default function Loading() {
  return (
    <div className="flex flex-col gap-6" aria-busy="true">
      <Skeleton className="h-4 w-24" />
      <Skeleton className="h-7 w-64" />
      <p role="status" className="text-sm text-muted-foreground">
        Reading the trail, its status and its settings…
      </p>
      <Skeleton className="h-9 w-96" />
      <Skeleton className="h-48 w-full" />
      <Skeleton className="h-64 w-full" />
    </div>
  );
}
