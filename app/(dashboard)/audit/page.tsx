import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";

import { AuditTable } from "@/components/audit/audit-table";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { listAudit } from "@/lib/audit/audit-log";
import { requirePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Audit log" };

const PAGE_SIZE = 50;
const beforeSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Every change made, or tried, through this dashboard, for admins. */
export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePermission("audit:read");
  const raw = (await searchParams).before;
  const before =
    raw === undefined ? undefined : beforeSchema.safeParse(Array.isArray(raw) ? raw[0] : raw);
  const page = listAudit({ before: before?.success ? before.data : undefined, limit: PAGE_SIZE });

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-xl font-semibold tracking-tight">Audit log</h1>
        <p className="max-w-3xl text-sm text-muted-foreground">
          Every change made through Trailscope, and every change a role was refused: who, what,
          which trail, how it ended, and CloudTrail&apos;s request id of each call, to find it in
          CloudTrail&apos;s own history.
        </p>
      </div>
      {before && !before.success && (
        <Alert variant="destructive">
          <AlertTitle>This is not a page of the audit log</AlertTitle>
          <AlertDescription>
            <code>before</code> must be an entry number. Showing the newest entries.
          </AlertDescription>
        </Alert>
      )}
      {page.entries.length === 0 ? (
        <p
          role="status"
          className="rounded-lg border border-dashed border-border px-4 py-10 text-center text-sm text-muted-foreground"
        >
          {before?.success
            ? "No older entries."
            : "Nothing has been changed through Trailscope yet."}
        </p>
      ) : (
        <AuditTable entries={page.entries} />
      )}
      <nav aria-label="Audit log pages" className="flex gap-2">
        {before?.success && (
          <Button asChild variant="outline" size="sm">
            <Link href="/audit">Newest</Link>
          </Button>
        )}
        {page.nextBefore && (
          <Button asChild variant="outline" size="sm">
            <Link href={`/audit?before=${page.nextBefore}`}>Older</Link>
          </Button>
        )}
      </nav>
    </div>
  );
}
