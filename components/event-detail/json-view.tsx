import type { ComponentProps } from "react";

import { cn } from "@/components/ui/cn";

import { jsonTokens, type JsonToken } from "./json-tokens";

const TOKEN_CLASSES: Record<JsonToken["kind"], string | undefined> = {
  key: "text-sky-800 dark:text-sky-300",
  string: "text-emerald-800 dark:text-emerald-300",
  number: "text-amber-800 dark:text-amber-300",
  boolean: "text-violet-800 dark:text-violet-300",
  null: "text-muted-foreground italic",
  punctuation: "text-muted-foreground",
  space: undefined,
  escape: "rounded-sm bg-warning/25 text-foreground",
  elided: "rounded-sm bg-muted px-1 font-sans text-muted-foreground italic",
};

interface JsonViewProps extends Omit<ComponentProps<"pre">, "children"> {
  value: unknown;
}

/**
 * A JSON value, indented and coloured. Built from React elements whose text is the value's
 * own, so nothing in a record is ever interpreted as markup; hidden characters show as
 * marked `\u` escapes, and parts too deep or too long to draw say so (see json-tokens.ts).
 */
export function JsonView({ value, className, ...props }: JsonViewProps) {
  return (
    <pre
      className={cn(
        "overflow-x-auto rounded-md border border-border bg-muted/50 p-3 font-mono text-xs leading-relaxed whitespace-pre-wrap wrap-anywhere",
        className,
      )}
      {...props}
    >
      <code>
        {jsonTokens(value).map((token, index) =>
          token.kind === "space" ? (
            token.text
          ) : (
            <span key={index} className={TOKEN_CLASSES[token.kind]}>
              {token.text}
            </span>
          ),
        )}
      </code>
    </pre>
  );
}
