import Link from "next/link";
import type { ReactNode } from "react";

import { Button } from "@/components/ui/button";

interface EventUnavailableProps {
  title: string;
  children: ReactNode;
  /** Further ways on, beside "Back to Events". */
  actions?: ReactNode;
}

/** Why an event cannot be shown, and where to go instead: the page's whole content then. */
export function EventUnavailable({ title, children, actions }: EventUnavailableProps) {
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4 py-10">
      <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
      <div className="flex flex-col gap-2 text-sm text-muted-foreground">{children}</div>
      <div className="flex flex-wrap gap-2">
        {actions}
        <Button asChild variant="outline">
          <Link href="/events">Back to Events</Link>
        </Button>
      </div>
    </div>
  );
}
