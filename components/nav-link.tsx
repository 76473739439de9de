"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense, type ReactNode } from "react";

/** The view parameters the Overview and the Events page share, carried from one to the other. */
const SHARED_VIEW_PARAMS = ["regions", "f", "failures", "flagged", "range", "from", "to", "tz"];
const VIEW_PAGES = ["/", "/events"];

interface NavLinkProps {
  href: string;
  children: ReactNode;
}

/**
 * A section link that marks itself as the current page. Between the Overview and the
 * Events page it keeps the view (filters, regions, time), so switching shows the same
 * events two ways.
 */
export function NavLink(props: NavLinkProps) {
  return (
    <Suspense fallback={<NavAnchor {...props} current={false} />}>
      <ViewKeepingNavLink {...props} />
    </Suspense>
  );
}

function ViewKeepingNavLink({ href, children }: NavLinkProps) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const current = href === "/" ? pathname === "/" : pathname.startsWith(href);
  let target = href;
  if (VIEW_PAGES.includes(href) && VIEW_PAGES.includes(pathname)) {
    const kept = new URLSearchParams();
    for (const [key, value] of searchParams) {
      if (SHARED_VIEW_PARAMS.includes(key)) kept.append(key, value);
    }
    if (kept.size > 0) target = `${href}?${kept}`;
  }
  return (
    <NavAnchor href={target} current={current}>
      {children}
    </NavAnchor>
  );
}

function NavAnchor({ href, current, children }: NavLinkProps & { current: boolean }) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className="rounded-md px-2.5 py-1.5 text-sm text-muted-foreground outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring aria-[current=page]:bg-muted aria-[current=page]:text-foreground"
    >
      {children}
    </Link>
  );
}
