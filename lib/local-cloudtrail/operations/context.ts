import "server-only";

import type { Db } from "../store/open-database";
import type { EventResource, UserIdentity } from "../types";

/** What an operation knows about the call it serves. */
export interface OperationContext {
  db: Db;
  /** The region the request was signed for: each region has its own trails and history. */
  region: string;
  accountId: string;
  /** Epoch ms, from the service's clock so tests can move time. */
  now: number;
  /** How far back LookupEvents reaches, in ms; null for no limit (imported archives). */
  historyWindowMs: number | null;
  caller: UserIdentity;
  /** Resources the recorded event lists, set by operations that act on a trail. */
  auditResources: EventResource[];
}

export type OperationInput = Record<string, unknown>;
export type OperationOutput = Record<string, unknown>;
export type OperationHandler = (ctx: OperationContext, input: OperationInput) => OperationOutput;
