import { CreateTrailButton } from "./create-trail-button";

/** The page's title, what it is for, and Create trail; shared by the page and its loading state. */
export function TrailsHeading() {
  return (
    <div className="flex flex-wrap items-start justify-between gap-4">
      <div className="flex flex-col gap-1">
        <h1 className="text-xl font-semibold tracking-tight">Trails</h1>
        <p className="max-w-3xl text-sm text-muted-foreground">
          Trails deliver the account&apos;s events to S3 (and CloudWatch Logs) beyond the 90 days of
          Event history. Check at a glance that the account is being recorded, and change it safely.
        </p>
      </div>
      <CreateTrailButton />
    </div>
  );
}
