import { cva } from "class-variance-authority";

import type { DiffLine } from "@/lib/trails/selectors-change";

const lineVariants = cva("block min-h-5 px-2 whitespace-pre-wrap break-all", {
  variants: {
    kind: {
      added: "bg-emerald-500/15 text-foreground",
      removed: "bg-destructive/10 text-foreground",
      unchanged: "text-muted-foreground",
    },
  },
});

const MARKERS: Record<DiffLine["kind"], { sign: string; spoken: string }> = {
  added: { sign: "+", spoken: "Added: " },
  removed: { sign: "−", spoken: "Removed: " },
  unchanged: { sign: " ", spoken: "" },
};

/** The JSON of a change, line by line: added lines marked +, removed ones −. */
export function SelectorsDiff({ lines, label }: { lines: readonly DiffLine[]; label: string }) {
  return (
    <pre
      aria-label={label}
      tabIndex={0}
      className="max-h-72 overflow-auto rounded-md border border-border bg-muted/20 py-2 font-mono text-xs leading-5 outline-none focus-visible:ring-2 focus-visible:ring-ring"
    >
      {lines.map((line, index) => (
        <span key={index} className={lineVariants({ kind: line.kind })}>
          <span aria-hidden className="mr-2 inline-block w-3 select-none">
            {MARKERS[line.kind].sign}
          </span>
          {MARKERS[line.kind].spoken && (
            <span className="sr-only">{MARKERS[line.kind].spoken}</span>
          )}
          {line.text}
        </span>
      ))}
    </pre>
  );
}
