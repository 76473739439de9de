import "server-only";

import { headers } from "next/headers";

/** The scheme and host a request arrived with, as the proxy in front saw them. */
export async function requestOrigin(): Promise<{ host: string | null; protocol: string }> {
  const list = await headers();
  const forwarded = list.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return { host: list.get("host"), protocol: forwarded === "https" ? "https:" : "http:" };
}

export async function requestSourceIp(): Promise<string | undefined> {
  const list = await headers();
  return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || undefined;
}

/** The dashboard's own origin: TRAILSCOPE_PUBLIC_URL's when set, else the request's. */
export async function appOrigin(publicUrl: string | undefined): Promise<string> {
  if (publicUrl) return new URL(publicUrl).origin;
  const { host, protocol } = await requestOrigin();
  return `${protocol}//${host ?? "localhost"}`;
}
