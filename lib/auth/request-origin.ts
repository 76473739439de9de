import "server-only";

import { headers } from "next/headers";

import { forwardedProtocol } from "./same-origin";

/** The scheme and host a request arrived with, as the proxy in front saw them. */
export async function requestOrigin(): Promise<{ host: string | null; protocol: string }> {
  const list = await headers();
  // next start serves plain HTTP; HTTPS ends at a proxy in front, which says so.
  return {
    host: list.get("host"),
    protocol: forwardedProtocol(list.get("x-forwarded-proto"), "http:"),
  };
}

/**
 * The address a request came from, as the nearest proxy reports it: the last entry of
 * X-Forwarded-For (a client can put anything before it; Next.js fills the header with the
 * socket's address when no proxy has). For the audit log and sign-in throttling.
 */
export async function requestSourceIp(): Promise<string | undefined> {
  const forwarded = (await headers()).get("x-forwarded-for");
  return forwarded?.split(",").at(-1)?.trim().slice(0, 64) || undefined;
}

/** The dashboard's own origin: TRAILSCOPE_PUBLIC_URL's when set, else the request's. */
export async function appOrigin(publicUrl: string | undefined): Promise<string> {
  if (publicUrl) return new URL(publicUrl).origin;
  const { host, protocol } = await requestOrigin();
  return `${protocol}//${host ?? "localhost"}`;
}
