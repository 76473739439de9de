import { Skeleton } from "@/components/ui/skeleton";

/** Without this, the Events list's own loading state (a table) would show for an event's page. */
export default function Loading() {
  return (
    <div className="flex flex-col gap-6" aria-busy="true">
      <Skeleton className="h-4 w-64" />
      <Skeleton className="h-7 w-48" />
      <p role="status" className="text-sm text-muted-foreground">
        Loading the event…
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <Skeleton className="h-48 w-full" />
        <Skeleton className="h-48 w-full" />
      </div>
      <Skeleton className="h-64 w-full" />
    </div>
  );
}
