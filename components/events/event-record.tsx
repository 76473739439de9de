"use client";

import { useEffect, useId, useMemo, useState } from "react";

import { Button } from "@/components/ui/button";

type CopyState = "idle" | "copied" | "failed";

const COPY_LABELS: Record<CopyState, string> = {
  idle: "Copy",
  copied: "Copied",
  failed: "Copy failed",
};

/** The full CloudTrail record as indented JSON, rendered as text, with a Copy button. */
export function EventRecord({ record }: { record: Record<string, unknown> }) {
  const headingId = useId();
  const json = useMemo(() => JSON.stringify(record, null, 2), [record]);
  const [copy, setCopy] = useState<CopyState>("idle");

  useEffect(() => {
    if (copy === "idle") return;
    const timer = setTimeout(() => setCopy("idle"), 2000);
    return () => clearTimeout(timer);
  }, [copy]);

  const copyJson = async () => {
    try {
      await navigator.clipboard.writeText(json);
      setCopy("copied");
    } catch {
      // There is no clipboard outside secure contexts, and it can be refused; say so.
      setCopy("failed");
    }
  };

  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-2">
      <div className="flex items-center justify-between">
        <h3 id={headingId} className="text-sm font-medium">
          Record
        </h3>
        <Button variant="outline" size="sm" onClick={() => void copyJson()}>
          <span aria-live="polite">{COPY_LABELS[copy]}</span>
        </Button>
      </div>
      <pre className="rounded-md border border-border bg-muted/50 p-3 font-mono text-xs leading-relaxed whitespace-pre-wrap wrap-anywhere">
        {json}
      </pre>
    </section>
  );
}
