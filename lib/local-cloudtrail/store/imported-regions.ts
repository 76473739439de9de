import "server-only";

import { getMeta, setMeta, type Db } from "./open-database";

/**
 * Set on a store that log files were imported into before it was ever seeded: an
 * investigation's store, which keeps only the archive (the demo account is not seeded).
 */
const IMPORTED_BEFORE_SEED = "imported_before_seed";

/**
 * Remembers what an import brought: the regions of its records (the dashboard lists them),
 * and, in a store never seeded, that it holds an archive.
 */
export function noteImportedRegions(db: Db, regions: Iterable<string>): void {
  if (getMeta(db, "seed_anchor") === undefined) setMeta(db, IMPORTED_BEFORE_SEED, "true");
  const insert = db.prepare("INSERT OR IGNORE INTO imported_regions (region) VALUES (?)");
  for (const region of regions) insert.run(region);
}

export function importedRegions(db: Db): string[] {
  const rows = db.prepare("SELECT region FROM imported_regions ORDER BY region").all() as {
    region: string;
  }[];
  return rows.map((row) => row.region);
}

export function isImportedRegion(db: Db, region: string): boolean {
  return db.prepare("SELECT 1 FROM imported_regions WHERE region = ?").get(region) !== undefined;
}

export function wasImportedBeforeSeed(db: Db): boolean {
  return getMeta(db, IMPORTED_BEFORE_SEED) !== undefined;
}
