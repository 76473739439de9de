import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { APIRequestContext, APIResponse } from "@playwright/test";

export interface ServerAction {
  id: string;
  name: string;
  file: string;
  /** A page that serves the action, with the seeded trail in its dynamic segments. */
  path: string;
}

/**
 * The server actions of the build under test, read from its manifest: what a client would
 * have to call to change something, found the way an attacker would (the ids ship in the
 * page's JavaScript).
 */
export function serverActions(): ServerAction[] {
  const dist = process.env.NEXT_DIST_DIR || ".next";
  const manifest = JSON.parse(
    readFileSync(join(dist, "server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<
      string,
      { exportedName: string; filename: string; workers: Record<string, unknown> }
    >;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    name: entry.exportedName,
    file: entry.filename,
    path: pagePath(Object.keys(entry.workers)[0]),
  }));
}

// "app/(dashboard)/trails/[region]/[name]/(admin)/edit/page" → "/trails/us-east-1/management-events/edit"
function pagePath(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map(
      (segment) =>
        ({ "[region]": "us-east-1", "[name]": "management-events", "[eventId]": "none" })[
          segment
        ] ?? segment,
    );
  return `/${segments.join("/")}`;
}

export function serverAction(name: string): ServerAction {
  const action = serverActions().find((candidate) => candidate.name === name);
  if (!action) throw new Error(`No server action ${name} in the build`);
  return action;
}

/**
 * Calls a server action over HTTP as React's client does, with whatever headers the test
 * adds. Redirects are followed by hand: Playwright drops a context's extra headers (the
 * forged cookie, RSC) on redirects it follows itself.
 */
export async function callServerAction(
  request: APIRequestContext,
  action: ServerAction,
  args: unknown[],
  { headers = {} }: { headers?: Record<string, string> } = {},
): Promise<APIResponse> {
  const send = (path: string) =>
    request.post(path, {
      headers: {
        "Next-Action": action.id,
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        ...headers,
      },
      data: JSON.stringify(args),
      maxRedirects: 0,
    });
  return followRscRedirect(await send(action.path), send);
}

/** A GET that follows Next.js's redirect of a component payload request to its ?_rsc address. */
export async function getPage(request: APIRequestContext, path: string): Promise<APIResponse> {
  const send = (target: string) => request.get(target, { maxRedirects: 0 });
  return followRscRedirect(await send(path), send);
}

async function followRscRedirect(
  response: APIResponse,
  send: (path: string) => Promise<APIResponse>,
): Promise<APIResponse> {
  const location = response.headers()["location"];
  return response.status() === 307 && location?.includes("_rsc") ? send(location) : response;
}
