import type { Metadata } from "next";
import Link from "next/link";

import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Not allowed" };

/** 403: signed in, but the role does not allow this (a viewer on an admin page or action). */
export default function Forbidden() {
  return (
    <main className="mx-auto flex max-w-lg flex-col items-center gap-3 py-16 text-center">
      <h1 className="text-lg font-semibold">Your role does not allow this</h1>
      <p className="text-sm text-muted-foreground">
        Viewers read everything; changing trails, importing log files and reading the audit log take
        the admin role. Ask an admin of this dashboard if you need it.
      </p>
      <Button asChild variant="outline">
        <Link href="/">Go to the Overview</Link>
      </Button>
    </main>
  );
}
