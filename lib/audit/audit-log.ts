import "server-only";

import { getAppStore } from "@/lib/app-store/app-store";
import { isRole } from "@/lib/auth/roles";

import type { AuditAction, AuditEntry, AuditOutcome, NewAuditEntry } from "./audit-entry";

interface AuditRow {
  id: number;
  at: number;
  actor: string;
  actor_role: string;
  auth_method: string;
  action: string;
  trail_region: string | null;
  trail_name: string | null;
  trail_arn: string | null;
  detail: string | null;
  outcome: string;
  error: string | null;
  calls: string;
  source_ip: string | null;
}

/** Appends one entry; the log is never edited or pruned by the dashboard. */
export function recordAudit(entry: NewAuditEntry): void {
  getAppStore()
    .prepare(
      `INSERT INTO audit_log (at, actor, actor_role, auth_method, action, trail_region, trail_name, trail_arn, detail, outcome, error, calls, source_ip)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      entry.at,
      entry.actor,
      entry.actorRole,
      entry.authMethod,
      entry.action,
      entry.trail?.region ?? null,
      entry.trail?.name ?? null,
      entry.trail?.arn ?? null,
      entry.detail ?? null,
      entry.outcome,
      entry.error ?? null,
      JSON.stringify(entry.calls),
      entry.sourceIp ?? null,
    );
}

export interface AuditPage {
  entries: AuditEntry[];
  /** The id to pass as `before` for the next, older page. */
  nextBefore?: number;
}

/** Newest first, `limit` at a time; `before` is an entry id from the previous page. */
export function listAudit({ before, limit }: { before?: number; limit: number }): AuditPage {
  const rows = getAppStore()
    .prepare(`SELECT * FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?`)
    .all(before ?? Number.MAX_SAFE_INTEGER, limit + 1) as AuditRow[];
  const entries = rows.slice(0, limit).map(toEntry);
  return { entries, nextBefore: rows.length > limit ? entries[entries.length - 1].id : undefined };
}

function toEntry(row: AuditRow): AuditEntry {
  const trail =
    row.trail_region || row.trail_name || row.trail_arn
      ? {
          region: row.trail_region ?? undefined,
          name: row.trail_name ?? undefined,
          arn: row.trail_arn ?? undefined,
        }
      : undefined;
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    actorRole: isRole(row.actor_role) ? row.actor_role : "viewer",
    authMethod: row.auth_method === "oidc" ? "oidc" : "password",
    action: row.action as AuditAction,
    trail,
    detail: row.detail ?? undefined,
    outcome: row.outcome as AuditOutcome,
    error: row.error ?? undefined,
    calls: JSON.parse(row.calls) as AuditEntry["calls"],
    sourceIp: row.source_ip ?? undefined,
  };
}
