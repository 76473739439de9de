import type { Metadata } from "next";
import Link from "next/link";

import { TrailForm } from "@/components/trail-form/trail-form";
import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";
import { newTrailValues } from "@/lib/trails/trail-form";
import { requirePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Create trail · Trails" };

export default async function NewTrailPage() {
  await requirePermission("trails:change");
  const { regions } = getDashboardConfig();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <Link href="/trails" className="text-sm text-muted-foreground hover:underline">
          ← Trails
        </Link>
        <h1 className="text-xl font-semibold tracking-tight">Create trail</h1>
        <p className="max-w-3xl text-sm text-muted-foreground">
          The defaults are what AWS recommends: every Region, global service events, log file
          validation, and logging from the start.
        </p>
      </div>
      <TrailForm mode="create" defaultValues={newTrailValues(regions[0])} regions={regions} />
    </div>
  );
}
