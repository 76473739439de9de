import { cva } from "class-variance-authority";
import { CircleDot, CircleHelp, CirclePause, TriangleAlert, type LucideIcon } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { TrailStatusResult } from "@/lib/trails/trail";

type BadgeState = "logging" | "stopped" | "unknown" | "failed";

const stateVariants = cva("gap-1", {
  variants: {
    state: {
      logging:
        "border-emerald-600/30 bg-emerald-600/10 text-emerald-800 dark:border-emerald-400/30 dark:bg-emerald-400/10 dark:text-emerald-300",
      stopped: "border-warning/50 bg-warning/15 text-foreground",
      unknown: "border-border bg-transparent text-muted-foreground",
      failed: "border-destructive/40 bg-destructive/10 text-destructive",
    },
  },
});

const STATES: Record<BadgeState, { label: string; icon: LucideIcon }> = {
  logging: { label: "Logging on", icon: CircleDot },
  stopped: { label: "Logging off", icon: CirclePause },
  unknown: { label: "Status unknown", icon: CircleHelp },
  failed: { label: "Status failed to load", icon: TriangleAlert },
};

function stateOf(status: TrailStatusResult | undefined): BadgeState {
  if (!status) return "unknown";
  if (!status.ok) return "failed";
  return status.status.isLogging ? "logging" : "stopped";
}

interface TrailStatusBadgeProps {
  /** The trail's GetTrailStatus; undefined while it is not known (not read yet). */
  status: TrailStatusResult | undefined;
  className?: string;
}

/**
 * Whether a trail is logging, in words, icon and colour. `data-trail-status` says
 * logging, stopped or unknown (a status that failed to load is unknown), for tests and
 * the benchmark to wait on.
 */
export function TrailStatusBadge({ status, className }: TrailStatusBadgeProps) {
  const state = stateOf(status);
  const { label, icon: Icon } = STATES[state];
  return (
    <Badge
      data-trail-status={state === "failed" ? "unknown" : state}
      title={status && !status.ok ? status.failure.message : undefined}
      className={cn(stateVariants({ state }), className)}
    >
      <Icon aria-hidden className="size-3 shrink-0" />
      {label}
    </Badge>
  );
}
