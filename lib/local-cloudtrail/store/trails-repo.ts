import "server-only";

import type { Trail } from "../types";
import type { Db } from "./open-database";

export function trailArn(trail: Pick<Trail, "homeRegion" | "accountId" | "name">): string {
  return `arn:aws:cloudtrail:${trail.homeRegion}:${trail.accountId}:trail/${trail.name}`;
}

export function listAllTrails(db: Db): Trail[] {
  const rows = db.prepare("SELECT trail FROM trails ORDER BY home_region, name").all() as {
    trail: string;
  }[];
  return rows.map((row) => JSON.parse(row.trail) as Trail);
}

export function findTrailByArn(db: Db, arn: string): Trail | undefined {
  const row = db.prepare("SELECT trail FROM trails WHERE arn = ?").get(arn) as
    { trail: string } | undefined;
  return row ? (JSON.parse(row.trail) as Trail) : undefined;
}

export function saveTrail(db: Db, trail: Trail): void {
  db.prepare(
    `INSERT INTO trails (arn, name, home_region, trail) VALUES (?, ?, ?, ?)
     ON CONFLICT (arn) DO UPDATE SET trail = excluded.trail`,
  ).run(trailArn(trail), trail.name, trail.homeRegion, JSON.stringify(trail));
}

export function deleteTrail(db: Db, trail: Trail): void {
  db.prepare("DELETE FROM trails WHERE arn = ?").run(trailArn(trail));
}
