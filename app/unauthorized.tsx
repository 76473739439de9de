import type { Metadata } from "next";
import { Suspense } from "react";

import { SignInAgainLink } from "@/components/session/sign-in-again-link";

export const metadata: Metadata = { title: "Sign in" };

/** 401: nobody is signed in on this browser, or the session has ended. */
export default function Unauthorized() {
  return (
    <main className="mx-auto flex max-w-lg flex-col items-center gap-3 py-16 text-center">
      <h1 className="text-lg font-semibold">Sign in to continue</h1>
      <p className="text-sm text-muted-foreground">
        You are not signed in, or your session has ended. Sign in again to come back to this page.
      </p>
      <Suspense>
        <SignInAgainLink />
      </Suspense>
    </main>
  );
}
