"use client";

import { useState } from "react";

import { cn } from "@/components/ui/cn";

import { RecordText } from "./record-text";

interface ExpandableRecordTextProps {
  value: string;
  /** Characters shown until the reader asks for all of them. */
  limit?: number;
  className?: string;
}

/**
 * A record's value in a detail, where a caller may have written 200,000 characters: the
 * start, and a button that shows all of it in a box of its own height, so the rest of the
 * page stays where it was. Long words wrap anywhere rather than widen the page.
 */
export function ExpandableRecordText({ value, limit = 500, className }: ExpandableRecordTextProps) {
  const [expanded, setExpanded] = useState(false);
  if (value.length <= limit) {
    return <RecordText value={value} className={cn("wrap-anywhere", className)} />;
  }
  return (
    <span className="inline-flex max-w-full min-w-0 flex-col items-start gap-1">
      <RecordText
        value={value}
        max={expanded ? undefined : limit}
        className={cn(
          "block max-w-full wrap-anywhere",
          expanded && "max-h-72 overflow-y-auto",
          className,
        )}
      />
      <button
        type="button"
        aria-expanded={expanded}
        onClick={() => setExpanded(!expanded)}
        className="font-sans text-xs font-medium text-accent underline-offset-2 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
      >
        {expanded ? "Show less" : `Show all ${value.length.toLocaleString("en-US")} characters`}
      </button>
    </span>
  );
}
