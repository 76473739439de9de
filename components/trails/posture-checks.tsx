import { cva } from "class-variance-authority";
import { CircleCheck, CircleHelp, CircleX, ExternalLink, type LucideIcon } from "lucide-react";
import Link from "next/link";

import { cn } from "@/components/ui/cn";
import type {
  AccountPosture,
  FixTarget,
  PostureCheck,
  PostureFix,
  PostureStatus,
} from "@/lib/trails/posture";

/** Builds the dashboard's URL for a fix; without it, fixes are shown as text only. */
export type FixHref = (target: FixTarget) => string;

const STATUSES: Record<PostureStatus, { label: string; icon: LucideIcon }> = {
  pass: { label: "Pass", icon: CircleCheck },
  fail: { label: "Fail", icon: CircleX },
  unknown: { label: "Unknown", icon: CircleHelp },
};

const statusVariants = cva("inline-flex items-center gap-1 font-medium", {
  variants: {
    status: {
      pass: "text-emerald-700 dark:text-emerald-400",
      fail: "text-destructive",
      unknown: "text-muted-foreground",
    },
  },
});

/** Pass, fail or unknown: icon and word, so colour is never the only sign. */
function StatusLabel({ status }: { status: PostureStatus }) {
  const { label, icon: Icon } = STATUSES[status];
  return (
    <span data-posture-status={status} className={statusVariants({ status })}>
      <Icon aria-hidden className="size-4 shrink-0" />
      {label}
    </span>
  );
}

/** A link's name, unique on the page: which page, of which trail. */
function fixLinkLabel(target: FixTarget): string {
  switch (target.page) {
    case "new":
      return "Create trail";
    case "trail":
      return `Open ${target.name}`;
    case "edit":
      return `Edit ${target.name}`;
    case "selectors":
      return `Event selectors of ${target.name}`;
  }
}

const linkClass = "text-accent underline-offset-2 hover:underline";

function FixItem({ fix, fixHref }: { fix: PostureFix; fixHref?: FixHref }) {
  return (
    <li>
      {fix.text}
      {fix.target && fixHref && (
        <>
          {" "}
          <Link href={fixHref(fix.target)} className={cn(linkClass, "whitespace-nowrap")}>
            {fixLinkLabel(fix.target)}
          </Link>
        </>
      )}
    </li>
  );
}

function CheckItem({ check, fixHref }: { check: PostureCheck; fixHref?: FixHref }) {
  return (
    <li className="flex flex-col gap-1 py-3 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
        <StatusLabel status={check.status} />
        <span className="font-medium">{check.control}</span>
        <span className="text-xs text-muted-foreground">{check.title}</span>
      </div>
      <p>{check.why}</p>
      {check.fixes.length > 0 && (
        <div className="flex gap-1">
          <span className="font-medium">Fix:</span>
          <ul className="flex flex-col gap-0.5">
            {check.fixes.map((fix, index) => (
              // Fixes never reorder, and two trails in different Regions may share a name.
              <FixItem key={index} fix={fix} fixHref={fixHref} />
            ))}
          </ul>
        </div>
      )}
      <a
        href={check.docsUrl}
        target="_blank"
        rel="noopener noreferrer"
        className={cn(linkClass, "inline-flex w-fit items-center gap-1 text-xs")}
      >
        {check.control} in the Security Hub documentation
        <ExternalLink aria-hidden className="size-3" />
      </a>
    </li>
  );
}

interface TrailPostureChecksProps {
  /** From trailPosture(): CloudTrail.1 (whether this trail alone would satisfy it), .2, .4, .5. */
  checks: readonly PostureCheck[];
  trailName: string;
  fixHref?: FixHref;
  className?: string;
}

/** A trail's posture checks, each with its status, why, how to fix it and the control's documentation. */
export function TrailPostureChecks({
  checks,
  trailName,
  fixHref,
  className,
}: TrailPostureChecksProps) {
  return (
    <ul
      aria-label={`Posture checks of ${trailName}`}
      className={cn("flex flex-col divide-y divide-border text-sm", className)}
    >
      {checks.map((check) => (
        <CheckItem key={check.control} check={check} fixHref={fixHref} />
      ))}
    </ul>
  );
}

/** "2 pass, 1 fails, 1 unknown". */
function tally(checks: readonly PostureCheck[]): string {
  const count = (status: PostureStatus) => checks.filter((c) => c.status === status).length;
  const fails = count("fail");
  const parts = [`${count("pass")} pass`, `${fails} ${fails === 1 ? "fails" : "fail"}`];
  const unknown = count("unknown");
  if (unknown > 0) parts.push(`${unknown} unknown`);
  return parts.join(", ");
}

interface AccountPostureCardProps {
  /** From accountPosture(). */
  posture: AccountPosture;
  fixHref?: FixHref;
  className?: string;
}

/**
 * The account against Security Hub's CloudTrail controls: CloudTrail.1 across all trails,
 * then how many trails fail each per-trail control.
 */
export function AccountPostureCard({ posture, fixHref, className }: AccountPostureCardProps) {
  const checks = [posture.multiRegion, ...posture.perTrail];
  return (
    <section
      aria-labelledby="account-posture-heading"
      className={cn("rounded-lg border border-border bg-background p-4 text-sm", className)}
    >
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="account-posture-heading" className="text-base font-semibold">
          Posture
        </h2>
        <p className="text-muted-foreground">Security Hub CloudTrail controls: {tally(checks)}</p>
      </div>
      <ul aria-label="Account posture checks" className="flex flex-col divide-y divide-border">
        {checks.map((check) => (
          <CheckItem key={check.control} check={check} fixHref={fixHref} />
        ))}
      </ul>
    </section>
  );
}
