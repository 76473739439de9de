"use client";

import Link from "next/link";

import { Button } from "@/components/ui/button";
import type { EventRef } from "@/lib/events/event-ref";
import { compareHref } from "@/lib/events/pivots";

/**
 * "Compare (n)" for the selected rows: a link to the compare page once two are selected.
 * The page compares up to five and says so when given more.
 */
export function CompareLink({ refs }: { refs: EventRef[] }) {
  const label = `Compare (${refs.length})`;
  if (refs.length < 2) {
    return (
      <Button variant="outline" size="sm" disabled title="Select two to five events to compare">
        {label}
      </Button>
    );
  }
  return (
    <Button asChild variant="outline" size="sm">
      <Link href={compareHref(refs)}>{label}</Link>
    </Button>
  );
}
