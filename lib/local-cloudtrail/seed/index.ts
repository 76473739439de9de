import "server-only";

import type { StoredEvent, Trail } from "../types";
import { baselineEvents } from "./baseline";
import { DEFAULT_SEED } from "./constants";
import { insightEvents } from "./insights";
import { storyEvents } from "./stories";
import { trailHistory, trails } from "./trails";
import { Window } from "./window";
import { createWorld } from "./world";

export { DEMO_ACCOUNT_ID, DEMO_ORGANIZATION_ID, DEMO_REGIONS } from "./constants";

export interface SeedOptions {
  /** Epoch ms of the first seed of this store; attack stories, trails and Insights are placed relative to it. */
  anchor: number;
  /** PRNG seed; default a fixed constant. */
  seed?: number;
}

/** The demo account's trails as they stand after the stories (e.g. one was stopped by the attacker then restarted). */
export function seedTrails(opts: SeedOptions): Trail[] {
  return trails(createWorld(opts.seed ?? DEFAULT_SEED, opts.anchor));
}

/** Every event with eventTime in (from, to] (epoch ms), any order. */
export function generateEvents(opts: SeedOptions & { from: number; to: number }): StoredEvent[] {
  if (!(opts.to > opts.from)) return [];
  const world = createWorld(opts.seed ?? DEFAULT_SEED, opts.anchor);
  const window = new Window(opts.from, opts.to);
  baselineEvents(world, window);
  // Scripted events all lie before the anchor: a top-up after it has none to check.
  if (window.from < world.anchor) {
    const stories = storyEvents(world);
    for (const event of [...trailHistory(world), ...stories, ...insightEvents(world, stories)])
      window.addIfInside(event);
  }
  return window.events;
}
