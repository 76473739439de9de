"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";

import { Button } from "@/components/ui/button";

/** Back to sign-in, then back to this very view. */
export function SignInAgainLink() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const returnTo = pathname + (search ? `?${search}` : "");
  return (
    <Button asChild>
      <Link href={`/sign-in?${new URLSearchParams({ returnTo })}`}>Sign in</Link>
    </Button>
  );
}
