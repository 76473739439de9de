import { useId, type ReactNode } from "react";

import { cn } from "@/components/ui/cn";

export type HeadingLevel = 2 | 3;

interface DetailSectionProps {
  title: string;
  /** 2 on the event's page (under its h1), 3 in the side sheet (under the sheet's title). */
  level: HeadingLevel;
  /** Beside the heading, such as a Copy button. */
  action?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A titled part of an event's detail, named by its heading for assistive technology. */
export function DetailSection({ title, level, action, className, children }: DetailSectionProps) {
  const headingId = useId();
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={headingId} className={cn("flex min-w-0 flex-col gap-2", className)}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading id={headingId} className="text-sm font-semibold">
          {title}
        </Heading>
        {action}
      </div>
      {children}
    </section>
  );
}

/** A term and its value in a facts list; an absent value reads "—", announced as "none". */
export function Fact({ term, children }: { term: string; children?: ReactNode }) {
  const absent = children === undefined || children === null || children === "";
  return (
    <>
      <dt className="text-muted-foreground">{term}</dt>
      <dd className="min-w-0 break-words">
        {absent ? (
          <>
            <span aria-hidden>—</span>
            <span className="sr-only">none</span>
          </>
        ) : (
          children
        )}
      </dd>
    </>
  );
}

export function FactList({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <dl className={cn("grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1.5 text-sm", className)}>
      {children}
    </dl>
  );
}
