import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div className="flex max-w-3xl flex-col gap-6" aria-busy="true">
      <Skeleton className="h-4 w-40" />
      <Skeleton className="h-7 w-64" />
      <p role="status" className="text-sm text-muted-foreground">
        Reading the trail&apos;s settings and tags…
      </p>
      <Skeleton className="h-40 w-full" />
      <Skeleton className="h-40 w-full" />
    </div>
  );
}
