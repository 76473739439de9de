import "server-only";

import { ACTORS } from "./actors";
import { HOUR } from "./constants";
import { Rng, hash32, hashString } from "./prng";
import type { Window } from "./window";
import type { World } from "./world";

const ACTOR_SALTS = ACTORS.map((actor) => hashString(`actor/${actor.name}`));

/**
 * The account's everyday activity inside a window. Each actor-hour has its own random
 * stream seeded from (seed, actor, hour), so an hour comes out the same whichever window
 * asks for it; hours cut by the window's edges are generated whole, then filtered.
 */
export function baselineEvents(world: World, window: Window): void {
  const firstHour = Math.floor(window.from / HOUR);
  const lastHour = Math.floor(window.to / HOUR);
  for (let hour = firstHour; hour <= lastHour; hour++) {
    const start = hour * HOUR;
    const emit = window.covers(start, start + HOUR) ? window.add : window.addIfInside;
    for (let i = 0; i < ACTORS.length; i++) {
      ACTORS[i].hour({
        world,
        hour,
        start,
        rng: new Rng(hash32(world.seed, ACTOR_SALTS[i], hour)),
        emit,
      });
    }
  }
}
