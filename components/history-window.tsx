"use client";

import { createContext, useContext, type ReactNode } from "react";

/** CloudTrail's event history keeps 90 days, unless the local store was set to keep all. */
const HistoryWindowContext = createContext<number | null>(90);

export function HistoryWindowProvider({
  days,
  children,
}: {
  days: number | null;
  children: ReactNode;
}) {
  return <HistoryWindowContext.Provider value={days}>{children}</HistoryWindowContext.Provider>;
}

/** How many days back the event history reaches; null for no limit. */
export function useHistoryDays(): number | null {
  return useContext(HistoryWindowContext);
}
