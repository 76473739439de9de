"use client";

import { createContext, useContext, type ReactNode } from "react";

import { can, type Permission, type Role } from "@/lib/auth/roles";

/** What the browser knows of the signed-in user: a name and a role, nothing to sign in with. */
export interface ViewerSession {
  name: string;
  role: Role;
}

const SessionContext = createContext<ViewerSession | undefined>(undefined);

export function SessionProvider({
  session,
  children,
}: {
  session: ViewerSession;
  children: ReactNode;
}) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/**
 * Whether the signed-in user's role allows something, so the UI can leave out what they
 * cannot do. Only a courtesy: the server refuses it whatever the UI shows.
 */
export function useCan(permission: Permission): boolean {
  const session = useContext(SessionContext);
  return !!session && can(session.role, permission);
}
