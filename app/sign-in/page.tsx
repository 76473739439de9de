import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { PasswordSignInForm } from "@/components/session/password-sign-in-form";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getLocalUsers, usesDemoUsers } from "@/lib/auth/local-users";
import { oidcSettings } from "@/lib/auth/oidc-client";
import { safeReturnPath } from "@/lib/auth/return-path";

export const metadata: Metadata = { title: "Sign in" };

/** The only page open to everyone. `error` is one of a fixed set; nothing from the URL is shown as given. */
const OIDC_ERRORS: Record<string, { title: string; detail: string }> = {
  "oidc-unavailable": {
    title: "Single sign-on is unavailable",
    detail:
      "Trailscope could not reach the identity provider. Try again in a moment, or ask your administrator.",
  },
  "oidc-expired": {
    title: "The sign-in took too long or came from another browser",
    detail: "Start again from this page.",
  },
  "oidc-refused": {
    title: "The identity provider did not sign you in",
    detail:
      "The sign-in was cancelled or its answer could not be verified. Start again from this page.",
  },
  "oidc-no-role": {
    title: "Your account has no Trailscope role",
    detail:
      "You signed in, but your identity provider does not put you in a group that Trailscope admits. Ask your administrator.",
  },
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const returnTo = safeReturnPath(first(params.returnTo));
  if (await getCurrentUser()) redirect(returnTo);
  const oidc = oidcSettings();
  const hasPasswords = getLocalUsers().length > 0;
  const error = OIDC_ERRORS[first(params.error) ?? ""];

  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center gap-6 px-4 py-12">
      <div className="flex flex-col gap-1">
        <p className="text-base font-semibold tracking-tight">Trailscope</p>
        <h1 className="text-xl font-semibold">Sign in</h1>
      </div>
      {error && (
        <Alert variant="destructive">
          <AlertTitle>{error.title}</AlertTitle>
          <AlertDescription>{error.detail}</AlertDescription>
        </Alert>
      )}
      {oidc && (
        <Button asChild variant={hasPasswords ? "outline" : "default"}>
          {/* A plain link: the browser itself must follow the redirect to the provider. */}
          <a href={`/api/auth/oidc/start?${new URLSearchParams({ returnTo })}`}>
            Sign in with {oidc.name}
          </a>
        </Button>
      )}
      {oidc && hasPasswords && (
        <p className="text-center text-xs text-muted-foreground" aria-hidden>
          or
        </p>
      )}
      {hasPasswords && <PasswordSignInForm returnTo={returnTo} />}
      {usesDemoUsers() && (
        <Alert role="note">
          <AlertTitle>Demo account</AlertTitle>
          <AlertDescription>
            Sign in as <strong>viewer</strong> (password <code>demo-viewer</code>) to read, or as{" "}
            <strong>admin</strong> (password <code>demo-admin</code>) to change trails too.
          </AlertDescription>
        </Alert>
      )}
    </main>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
