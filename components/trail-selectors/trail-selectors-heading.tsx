import Link from "next/link";

import { trailPath } from "@/lib/trails/trail-paths";

/**
 * The selectors page's title and what selectors are; shared by the page and its loading
 * state, which does not know the trail yet.
 */
export function TrailSelectorsHeading({ trail }: { trail?: { homeRegion: string; name: string } }) {
  return (
    <div className="flex flex-col gap-1">
      <nav aria-label="Breadcrumb" className="text-sm text-muted-foreground">
        <Link href="/trails" className="hover:text-foreground hover:underline">
          Trails
        </Link>
        {trail && (
          <>
            {" / "}
            <Link href={trailPath(trail)} className="hover:text-foreground hover:underline">
              {trail.name}
            </Link>
          </>
        )}
      </nav>
      <h1 className="text-xl font-semibold tracking-tight">Event and Insights selectors</h1>
      <p className="max-w-3xl text-sm text-muted-foreground">
        What {trail ? trail.name : "the trail"} records: management events, data events for chosen
        resources, and Insights into unusual activity. Review the change before saving; it applies
        from the trail&apos;s home region{trail && ` (${trail.homeRegion})`}.
      </p>
    </div>
  );
}
