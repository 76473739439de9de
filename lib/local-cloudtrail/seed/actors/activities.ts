import "server-only";

import { call, type EventTemplate } from "../catalog";
import { DEMO_REGIONS } from "../constants";
import { inventory } from "../inventory";
import { Rng, WeightedTable } from "../prng";
import { recordedRegion } from "./emit";

export type ActivitySpec = readonly (readonly [string | EventTemplate, number])[];

/**
 * What an actor calls and how often, prepared per region once: a region only offers the
 * calls it has something for (no ECS calls where there are no clusters).
 */
export class Activities {
  private readonly tables = new Map<string, WeightedTable<EventTemplate>>();

  constructor(spec: ActivitySpec) {
    const entries = spec.map(
      ([t, weight]) => [typeof t === "string" ? call(t) : t, weight] as const,
    );
    for (const region of DEMO_REGIONS) {
      const usable = entries.filter(([t]) => t.available(inventory(recordedRegion(t, region))));
      if (usable.length > 0) this.tables.set(region, new WeightedTable(usable));
    }
  }

  draw(rng: Rng, region: string): EventTemplate | undefined {
    return this.tables.get(region)?.draw(rng);
  }
}

export class Regions {
  private readonly table: WeightedTable<string>;

  constructor(weights: readonly (readonly [string, number])[]) {
    this.table = new WeightedTable(weights);
  }

  draw(rng: Rng): string {
    return this.table.draw(rng);
  }
}

/** A whole second inside [from, to). */
export function secondIn(rng: Rng, from: number, to: number): number {
  const first = Math.ceil(from / 1000);
  const last = Math.ceil(to / 1000) - 1;
  return (first + rng.int(Math.max(1, last - first + 1))) * 1000;
}
