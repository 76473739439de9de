import type { ComponentProps } from "react";

import { cn } from "./cn";

/**
 * A styled native `<select>`: the platform's own picker is keyboard- and screen-reader-
 * friendly everywhere, which a custom listbox would have to re-earn.
 */
export function Select({ className, ...props }: ComponentProps<"select">) {
  return (
    <select
      className={cn(
        "h-9 rounded-md border border-border bg-background pr-8 pl-3 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-2 focus-visible:ring-ring/40",
        className,
      )}
      {...props}
    />
  );
}
