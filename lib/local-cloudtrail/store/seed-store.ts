import "server-only";

import { generateEvents, seedTrails } from "../seed";
import { insertEvents } from "./events-repo";
import { wasImportedBeforeSeed } from "./imported-regions";
import { getMeta, setMeta, type Db } from "./open-database";
import { saveTrail } from "./trails-repo";

const DAY = 24 * 60 * 60 * 1000;
const HISTORY = 90 * DAY;

export interface SeedResult {
  events: number;
  ms: number;
}

/**
 * Seeds an empty store with the demo account, once, unless log files were imported into it
 * first: then it is an investigation's store, which keeps only the archive. The anchor (the first seed's time) is
 * kept, so the generator can later top the history up to the present: the demo account
 * keeps living while the dashboard runs, with the same events whenever it is generated.
 */
export function seedIfEmpty(db: Db, now: number, seed?: number): SeedResult | undefined {
  if (getMeta(db, "seed_anchor") !== undefined) return undefined;
  if (wasImportedBeforeSeed(db)) return undefined;
  const started = performance.now();
  const options = { anchor: now, seed };
  const events = db.transaction(() => {
    for (const trail of seedTrails(options)) saveTrail(db, trail);
    const inserted = insertEvents(db, generateEvents({ ...options, from: now - HISTORY, to: now }));
    setMeta(db, "seed_anchor", String(now));
    setMeta(db, "seed_value", String(seed ?? ""));
    setMeta(db, "seeded_until", String(now));
    return inserted;
  })();
  return { events, ms: performance.now() - started };
}

/** Adds the demo account's activity from the last top-up until `now`. */
export function topUpSeed(db: Db, now: number): number {
  const anchor = getMeta(db, "seed_anchor");
  const until = Number(getMeta(db, "seeded_until"));
  if (anchor === undefined || !(now > until)) return 0;
  const seedValue = getMeta(db, "seed_value");
  const options = { anchor: Number(anchor), seed: seedValue ? Number(seedValue) : undefined };
  return db.transaction(() => {
    const from = Math.max(until, now - HISTORY);
    const inserted = insertEvents(db, generateEvents({ ...options, from, to: now }));
    setMeta(db, "seeded_until", String(now));
    return inserted;
  })();
}
