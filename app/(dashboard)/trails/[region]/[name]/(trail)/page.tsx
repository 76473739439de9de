import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

import { RequestFailure } from "@/components/events/request-failure";
import { DeleteTrailDialog } from "@/components/trails/delete-trail-dialog";
import { TrailPostureChecks } from "@/components/trails/posture-checks";
import { TrailHealthNotes } from "@/components/trails/trail-health-notes";
import { TrailPageActions } from "@/components/trails/trail-page-actions";
import { TrailScopeBadges } from "@/components/trails/trail-scope-badges";
import { TrailSettings } from "@/components/trails/trail-settings";
import { TrailStatusDetails } from "@/components/trails/trail-status-details";
import { TrailUnavailable } from "@/components/trails/trail-unavailable";
import { readTrailStatusResult } from "@/lib/cloudtrail/describe-trails";
import { loadTrailPage } from "@/lib/cloudtrail/load-trail-page";
import { readTrailSelectors } from "@/lib/cloudtrail/trail-selectors";
import { readTrailTags } from "@/lib/cloudtrail/trail-tags";
import { trailPosture } from "@/lib/trails/posture";
import { postureFixHref } from "@/lib/trails/posture-links";
import { trailHealth } from "@/lib/trails/trail-health";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";

export const dynamic = "force-dynamic";

interface TrailPageProps {
  params: Promise<{ region: string; name: string }>;
}

export async function generateMetadata({ params }: TrailPageProps): Promise<Metadata> {
  const { name } = await params;
  return { title: `${name} · Trails` };
}

/** One trail: its status, its posture, its settings, and what an admin can do to it. */
export default async function TrailPage({ params }: TrailPageProps) {
  const user = await requirePermission("activity:read");
  const canChange = can(user.role, "trails:change");
  const { region, name } = await params;
  const lookup = await loadTrailPage(region, name);
  if (lookup.kind !== "found") {
    return <TrailUnavailable lookup={lookup} region={region} name={name} />;
  }
  const trail = lookup.trail;
  const [status, tags, selectors] = await Promise.all([
    readTrailStatusResult(trail),
    readTrailTags(trail).catch(() => undefined),
    // Without them CloudTrail.1 shows as unknown for a trail with custom selectors.
    trail.hasCustomEventSelectors
      ? readTrailSelectors(trail).then(
          (s) => s.eventSelectors,
          () => undefined,
        )
      : undefined,
  ]);
  const problems = status.ok ? trailHealth(trail, status.status) : [];

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <Link href="/trails" className="text-sm text-muted-foreground hover:underline">
          ← Trails
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold tracking-tight">{trail.name}</h1>
          <TrailScopeBadges trail={trail} />
        </div>
        {canChange && (
          <TrailPageActions
            trail={trail}
            isLogging={status.ok ? status.status.isLogging : undefined}
          />
        )}
      </div>

      <Section title="Status">
        <TrailHealthNotes problems={problems} layout="notes" />
        {status.ok ? (
          <TrailStatusDetails
            status={status.status}
            validation={trail.logFileValidationEnabled}
            cloudWatch={Boolean(trail.cloudWatchLogsLogGroupArn)}
            topic={Boolean(trail.snsTopicName)}
          />
        ) : (
          <RequestFailure title="The trail's status could not be read" failure={status.failure} />
        )}
      </Section>

      <Section title="Posture">
        <TrailPostureChecks
          checks={trailPosture({ trail, status, selectors })}
          trailName={trail.name}
          fixHref={canChange ? postureFixHref : undefined}
        />
      </Section>

      <Section title="Settings">
        <TrailSettings trail={trail} tags={tags} />
      </Section>

      {canChange && (
        <Section title="Delete">
          <div className="flex flex-col items-start gap-3">
            <p className="max-w-2xl text-sm text-muted-foreground">
              Deleting the trail stops its recording for good. Delivered log files stay in S3.
            </p>
            <DeleteTrailDialog trail={trail} />
          </div>
        </Section>
      )}
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`section-${title}`} className="flex flex-col gap-3">
      <h2 id={`section-${title}`} className="text-base font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
