import type { ComponentProps } from "react";

import { cn } from "@/components/ui/cn";

/** A text box for ARNs and other values, one a line: monospaced, no spelling help. */
export function ValuesTextarea({ className, ...props }: ComponentProps<"textarea">) {
  return (
    <textarea
      rows={3}
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      className={cn(
        "w-full min-w-0 rounded-md border border-border bg-background px-3 py-2 font-mono text-xs shadow-xs outline-none placeholder:text-muted-foreground focus-visible:border-ring focus-visible:ring-2 focus-visible:ring-ring/40 aria-invalid:border-destructive aria-invalid:ring-destructive/30",
        className,
      )}
      {...props}
    />
  );
}
