import type { Metadata } from "next";
import Link from "next/link";

import { RequestFailure } from "@/components/events/request-failure";
import { TrailForm } from "@/components/trail-form/trail-form";
import { TrailUnavailable } from "@/components/trails/trail-unavailable";
import { describeCloudTrailError } from "@/lib/cloudtrail/errors";
import { loadTrailPage } from "@/lib/cloudtrail/load-trail-page";
import { readTrailTags } from "@/lib/cloudtrail/trail-tags";
import { trailValues } from "@/lib/trails/trail-form";
import { trailPath } from "@/lib/trails/trail-paths";
import { requirePermission } from "@/lib/auth/current-user";

export const dynamic = "force-dynamic";

interface EditTrailPageProps {
  params: Promise<{ region: string; name: string }>;
}

export async function generateMetadata({ params }: EditTrailPageProps): Promise<Metadata> {
  const { name } = await params;
  return { title: `Edit ${name} · Trails` };
}

/** UpdateTrail with the trail's current values filled in (tags included). */
export default async function EditTrailPage({ params }: EditTrailPageProps) {
  await requirePermission("trails:change");
  const { region, name } = await params;
  const lookup = await loadTrailPage(region, name);
  if (lookup.kind !== "found") {
    return <TrailUnavailable lookup={lookup} region={region} name={name} />;
  }
  const trail = lookup.trail;
  const tags = await readTrailTags(trail).then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, failure: describeCloudTrailError(error) }),
  );

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <Link href={trailPath(trail)} className="text-sm text-muted-foreground hover:underline">
          ← {trail.name}
        </Link>
        <h1 className="text-xl font-semibold tracking-tight">Edit {trail.name}</h1>
      </div>
      {tags.ok ? (
        <TrailForm
          mode="edit"
          defaultValues={{ ...trailValues(trail, tags.value), startLogging: false }}
          regions={[trail.homeRegion]}
        />
      ) : (
        // Without the current tags, saving would remove the ones the form could not show.
        <RequestFailure title="The trail's tags could not be read" failure={tags.failure} />
      )}
    </div>
  );
}
