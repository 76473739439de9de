import type { Metadata } from "next";

import { RequestFailure } from "@/components/events/request-failure";
import { TrailSelectorsEditor } from "@/components/trail-selectors/trail-selectors-editor";
import { TrailSelectorsHeading } from "@/components/trail-selectors/trail-selectors-heading";
import { TrailUnavailable } from "@/components/trails/trail-unavailable";
import { describeCloudTrailError } from "@/lib/cloudtrail/errors";
import { loadTrailPage } from "@/lib/cloudtrail/load-trail-page";
import { readTrailSelectors } from "@/lib/cloudtrail/trail-selectors";
import type { Failure } from "@/lib/events/failure";
import type { TrailSelectors } from "@/lib/trails/event-selectors";
import type { Trail } from "@/lib/trails/trail";
import { requirePermission } from "@/lib/auth/current-user";

// Read from CloudTrail on every request: after a save the page shows what was saved.
export const dynamic = "force-dynamic";

interface TrailSelectorsPageProps {
  params: Promise<{ region: string; name: string }>;
}

export async function generateMetadata({ params }: TrailSelectorsPageProps): Promise<Metadata> {
  const { name } = await params;
  return { title: `Selectors · ${name} · Trails` };
}

/** A trail's event and Insights selectors, read on the server and edited in the browser. */
export default async function TrailSelectorsPage({ params }: TrailSelectorsPageProps) {
  await requirePermission("trails:change");
  const { region, name } = await params;
  const lookup = await loadTrailPage(region, name);
  if (lookup.kind !== "found") {
    return (
      <div className="flex flex-col gap-6">
        <TrailSelectorsHeading />
        <TrailUnavailable lookup={lookup} region={region} name={name} />
      </div>
    );
  }
  const { trail } = lookup;
  const selectors = await selectorsOf(trail);
  return (
    <div className="flex flex-col gap-8">
      <TrailSelectorsHeading trail={trail} />
      {selectors.ok ? (
        <TrailSelectorsEditor trail={trail} selectors={selectors.selectors} />
      ) : (
        <RequestFailure
          title="The trail's selectors could not be read"
          failure={selectors.failure}
        />
      )}
    </div>
  );
}

async function selectorsOf(
  trail: Trail,
): Promise<{ ok: true; selectors: TrailSelectors } | { ok: false; failure: Failure }> {
  try {
    return { ok: true, selectors: await readTrailSelectors(trail) };
  } catch (error) {
    return { ok: false, failure: describeCloudTrailError(error) };
  }
}
