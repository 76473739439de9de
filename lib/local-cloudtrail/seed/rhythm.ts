import "server-only";

import { DAY, HOUR } from "./constants";

/** Local clock of someone `tzOffset` hours from UTC (no daylight saving: the demo has no need). */
export function localHour(ms: number, tzOffset: number): number {
  return (((Math.floor(ms / HOUR) + tzOffset) % 24) + 24) % 24;
}

/** Index of the local calendar day, for per-day plans that every hour of that day can recompute. */
export function localDay(ms: number, tzOffset: number): number {
  return Math.floor((ms + tzOffset * HOUR) / DAY);
}

/** 1970-01-01 was a Thursday. */
export function isWeekend(day: number): boolean {
  const weekday = (day + 4) % 7;
  return weekday === 0 || weekday === 6;
}

/**
 * Customer traffic over a region's local day: low before dawn, highest in the afternoon
 * and evening. Scales the automation that follows load (autoscaling, Lambda, KMS).
 */
const TRAFFIC: readonly number[] = [
  0.55, 0.45, 0.38, 0.34, 0.33, 0.36, 0.45, 0.6, 0.8, 0.95, 1.05, 1.12, 1.18, 1.2, 1.2, 1.22, 1.25,
  1.3, 1.35, 1.32, 1.22, 1.05, 0.85, 0.68,
];

export const REGION_TZ: Readonly<Record<string, number>> = {
  "us-east-1": -5,
  "us-east-2": -5,
  "us-west-2": -8,
  "eu-west-1": 0,
  "ap-northeast-1": 9,
};

export function traffic(ms: number, region: string): number {
  return TRAFFIC[localHour(ms, REGION_TZ[region] ?? 0)];
}
