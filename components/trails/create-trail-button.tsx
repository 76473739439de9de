"use client";

import Link from "next/link";

import { useCan } from "@/components/session/session-provider";
import { Button } from "@/components/ui/button";

/** Create trail, for those whose role may. */
export function CreateTrailButton() {
  if (!useCan("trails:change")) return null;
  return (
    <Button asChild>
      <Link href="/trails/new">Create trail</Link>
    </Button>
  );
}
