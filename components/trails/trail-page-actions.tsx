"use client";

import { Pencil, SlidersHorizontal } from "lucide-react";
import Link from "next/link";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import type { Trail } from "@/lib/trails/trail";
import { trailPath } from "@/lib/trails/trail-paths";

import { TrailChangeNotice } from "./trail-change-notice";
import { TrailLoggingControl } from "./trail-logging-control";
import type { ChangeOutcome } from "./use-trail-change";

/** A trail page's actions (logging, edit, selectors) and the outcome of the last change. */
export function TrailPageActions({ trail, isLogging }: { trail: Trail; isLogging?: boolean }) {
  const [outcome, setOutcome] = useState<ChangeOutcome>();
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start gap-2">
        {isLogging !== undefined && (
          <TrailLoggingControl
            trail={trail}
            isLogging={isLogging}
            onChanged={setOutcome}
            size="default"
          />
        )}
        <Button asChild variant="outline">
          <Link href={trailPath(trail, "edit")}>
            <Pencil aria-hidden className="size-4" />
            Edit settings
          </Link>
        </Button>
        <Button asChild variant="outline">
          <Link href={trailPath(trail, "selectors")}>
            <SlidersHorizontal aria-hidden className="size-4" />
            Event and Insights selectors
          </Link>
        </Button>
      </div>
      {outcome && <TrailChangeNotice message={outcome.message} changes={outcome.changes} />}
    </div>
  );
}
