import { isAccessDenied, principalOf } from "@/lib/events/access-denied";
import type { Condition } from "@/lib/events/conditions";
import type { TrailEvent } from "@/lib/events/trail-event";

import { bucketIndex, bucketLayout, type BucketLayout } from "./bucket-size";
import {
  ACTIVITY_DIMENSION_IDS,
  ACTIVITY_DIMENSIONS,
  NONE,
  type ActivityDimension,
} from "./dimensions";

/** Series a stacked chart keeps apart; the rest are summed into "Other". */
export const SERIES_LIMIT = 7;
/** Rows in each top list. */
export const TOP_LIMIT = 10;

export interface ActivitySeries {
  key: string;
  total: number;
  /** Events per bucket, as many as the layout has buckets. */
  counts: number[];
}

export interface StackedActivity {
  /** The busiest values, busiest first. */
  series: ActivitySeries[];
  /** Everything else, summed; absent when nothing is left over. */
  other?: ActivitySeries & { values: number };
}

export interface RankedValue {
  value: string;
  count: number;
  /** The condition that lists these events, for drilling down; absent for "(none)". */
  condition?: Condition;
}

export type TopList = "users" | "eventNames" | "sourceIps" | "errorCodes" | "accessDenied";

/** What the charts draw: small, whatever the number of events behind it. */
export interface ActivitySnapshot {
  layout: BucketLayout;
  total: number;
  /** Events per bucket, all values together. */
  totals: number[];
  /** Earliest and latest event time seen (epoch ms). */
  first?: number;
  last?: number;
  stacks: Record<ActivityDimension, StackedActivity>;
  top: Record<TopList, RankedValue[]>;
}

interface Tally {
  total: number;
  counts: Uint32Array;
}

/**
 * Counts events into time buckets for each dimension, and the top lists, as they arrive.
 * Holds counts, never events, so a scan of any size aggregates in bounded memory; a
 * snapshot can be taken at any time while events keep coming.
 */
export class ActivityAggregator {
  readonly layout: BucketLayout;
  private total = 0;
  private first = Infinity;
  private last = -Infinity;
  private readonly totals: Uint32Array;
  // An array, not a map of maps: add() runs per event and must not allocate.
  private readonly dimensions = ACTIVITY_DIMENSION_IDS.map((id) => ({
    id,
    read: ACTIVITY_DIMENSIONS[id].read,
    tallies: new Map<string, Tally>(),
  }));
  private readonly sourceIps = new Map<string, number>();
  private readonly errorCodes = new Map<string, number>();
  private readonly accessDenied = new Map<string, { count: number; byArn: boolean }>();

  constructor(startTime: number, endTime: number) {
    this.layout = bucketLayout(startTime, endTime);
    this.totals = new Uint32Array(this.layout.count);
  }

  add(event: TrailEvent): void {
    const time = Date.parse(event.time);
    const index = bucketIndex(this.layout, time);
    if (index < 0) return;
    this.total++;
    this.totals[index]++;
    if (time < this.first) this.first = time;
    if (time > this.last) this.last = time;
    for (let d = 0; d < this.dimensions.length; d++) {
      const { read, tallies } = this.dimensions[d];
      const key = read(event);
      let tally = tallies.get(key);
      if (!tally) {
        tally = { total: 0, counts: new Uint32Array(this.layout.count) };
        tallies.set(key, tally);
      }
      tally.total++;
      tally.counts[index]++;
    }
    if (event.sourceIp) bump(this.sourceIps, event.sourceIp);
    if (event.errorCode) bump(this.errorCodes, event.errorCode);
    if (isAccessDenied(event)) {
      const principal = principalOf(event) ?? NONE;
      const entry = this.accessDenied.get(principal);
      if (entry) entry.count++;
      else this.accessDenied.set(principal, { count: 1, byArn: !!event.identityArn });
    }
  }

  addAll(events: Iterable<TrailEvent>): this {
    for (const event of events) this.add(event);
    return this;
  }

  snapshot(): ActivitySnapshot {
    const stacks = {} as Record<ActivityDimension, StackedActivity>;
    for (const { id, tallies } of this.dimensions) stacks[id] = stack(tallies);
    const tallyTop = (id: ActivityDimension, field: Condition["field"]) =>
      ranked(
        [...this.dimensions.find((d) => d.id === id)!.tallies].map(([value, t]) => [
          value,
          t.total,
        ]),
        field,
      );
    return {
      layout: this.layout,
      total: this.total,
      totals: Array.from(this.totals),
      first: this.total > 0 ? this.first : undefined,
      last: this.total > 0 ? this.last : undefined,
      stacks,
      top: {
        users: tallyTop("user", "Username"),
        eventNames: tallyTop("name", "EventName"),
        sourceIps: ranked([...this.sourceIps], "sourceIPAddress"),
        errorCodes: ranked([...this.errorCodes], "errorCode"),
        accessDenied: topOf(
          [...this.accessDenied].map(([value, e]) => [value, e.count] as const),
        ).map(([value, count]) => ({
          value,
          count,
          condition:
            value === NONE
              ? undefined
              : {
                  field: this.accessDenied.get(value)!.byArn ? "userIdentity.arn" : "Username",
                  value,
                },
        })),
      },
    };
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function topOf<T extends readonly [string, number]>(entries: T[], limit = TOP_LIMIT): T[] {
  // Ties are broken by value so that a snapshot does not depend on arrival order.
  return entries
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit);
}

function ranked(entries: [string, number][], field: Condition["field"]): RankedValue[] {
  return topOf(entries).map(([value, count]) => ({
    value,
    count,
    condition: value === NONE ? undefined : { field, value },
  }));
}

function stack(tallies: Map<string, Tally>): StackedActivity {
  const sorted = topOf(
    [...tallies].map(([key, t]) => [key, t.total] as const),
    Infinity,
  );
  const series = sorted.slice(0, SERIES_LIMIT).map(([key]) => {
    const t = tallies.get(key)!;
    return { key, total: t.total, counts: Array.from(t.counts) };
  });
  const rest = sorted.slice(SERIES_LIMIT);
  if (rest.length === 0) return { series };
  const length = series[0]?.counts.length ?? 0;
  const counts = new Array<number>(length).fill(0);
  let total = 0;
  for (const [key] of rest) {
    const t = tallies.get(key)!;
    total += t.total;
    for (let i = 0; i < length; i++) counts[i] += t.counts[i];
  }
  return { series, other: { key: "Other", total, counts, values: rest.length } };
}
