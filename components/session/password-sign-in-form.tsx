"use client";

import { useActionState } from "react";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { signInAction, type SignInState } from "@/lib/actions/session";

/** User name and password for the dashboard's local users. The name survives a failed attempt; the password does not. */
export function PasswordSignInForm({ returnTo }: { returnTo: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form
      action={action}
      className="flex flex-col gap-4"
      aria-describedby={state.error ? "sign-in-error" : undefined}
    >
      <input type="hidden" name="returnTo" value={returnTo} />
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="sign-in-name">User name</Label>
        <Input
          id="sign-in-name"
          name="name"
          autoComplete="username"
          required
          maxLength={64}
          defaultValue={state.name}
          aria-invalid={state.error ? true : undefined}
          autoFocus
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="sign-in-password">Password</Label>
        <Input
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={1024}
          aria-invalid={state.error ? true : undefined}
        />
      </div>
      {state.error && (
        <p id="sign-in-error" role="alert" className="text-sm text-destructive">
          {state.error}
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
