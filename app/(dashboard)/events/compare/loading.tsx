import { Skeleton } from "@/components/ui/skeleton";

/** Without this, the Events list's own loading state would show while the events are looked up. */
export default function Loading() {
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <h1 className="text-xl font-semibold tracking-tight">Compare events</h1>
      <p role="status" className="text-sm text-muted-foreground">
        Looking up the events…
      </p>
      <Skeleton className="h-96 w-full" />
    </div>
  );
}
