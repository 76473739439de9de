"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import { passwordSignIn } from "@/lib/auth/password-sign-in";
import { requestOrigin, requestSourceIp } from "@/lib/auth/request-origin";
import { safeReturnPath } from "@/lib/auth/return-path";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { endSession, startSession } from "@/lib/auth/start-session";
import { getEnv } from "@/lib/env";

/** What the sign-in form shows after a failed attempt; the user name is kept, never the password. */
export interface SignInState {
  error?: string;
  name?: string;
}

const signInSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter your user name.")
    .max(64, "User names are at most 64 characters."),
  password: z
    .string()
    .min(1, "Enter your password.")
    .max(1024, "Passwords are at most 1,024 characters."),
  returnTo: z.string().max(2000).optional(),
});

/**
 * Signs in a local user with a password. Open to anyone, so it checks the origin itself:
 * a form on another site cannot sign a browser into an account of the attacker's choosing.
 */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  if (!(await fromOwnPages()))
    return { error: "This sign-in did not come from Trailscope's own page." };
  // Called directly, the action can be sent anything in place of the form.
  if (!(form instanceof FormData)) return { error: "Enter your user name and password." };
  const parsed = signInSchema.safeParse({
    name: form.get("name") ?? "",
    password: form.get("password") ?? "",
    returnTo: form.get("returnTo") ?? undefined,
  });
  const name = typeof form.get("name") === "string" ? String(form.get("name")).slice(0, 64) : "";
  if (!parsed.success) return { error: parsed.error.issues[0].message, name };
  const result = await passwordSignIn(
    parsed.data.name,
    parsed.data.password,
    await requestSourceIp(),
  );
  if (!result.ok) return { error: result.error, name };
  await startSession(result.user);
  redirect(safeReturnPath(parsed.data.returnTo));
}

/** Ends the session on the server, so the cookie is worthless even if it was copied. */
export async function signOutAction(): Promise<void> {
  if (await fromOwnPages()) await endSession();
  redirect("/sign-in");
}

async function fromOwnPages(): Promise<boolean> {
  return isSameOrigin((await headers()).get("origin"), await requestOrigin(), getEnv().publicUrl);
}
