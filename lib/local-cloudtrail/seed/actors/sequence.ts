import "server-only";

import type { EventTemplate } from "../catalog";
import { DAY, HOUR, MINUTE, SECOND } from "../constants";
import { Rng, hash32 } from "../prng";
import { isWeekend } from "../rhythm";
import { emitCall, NO_FAILURES } from "./emit";
import type { Caller, FailureProfile, HourContext } from "./types";

export interface Step {
  template: EventTemplate;
  region: string;
  /** Seconds since the previous step. */
  gap: readonly [number, number];
}

/**
 * Runs a job's calls one after another. A job belongs to the hour it starts in and
 * stays inside it, so generating any window hour by hour always yields the same job.
 */
export function runSteps(
  h: HourContext,
  steps: readonly Step[],
  start: number,
  caller: Caller,
  failures: FailureProfile = NO_FAILURES,
): number {
  const last = h.start + HOUR - SECOND;
  let time = start;
  for (const step of steps) {
    time = Math.min(last, time + h.rng.range(step.gap[0], step.gap[1]) * SECOND);
    emitCall(h, step.template, step.region, time, caller, failures);
  }
  return time;
}

export interface DailySchedule {
  weekday: readonly [number, number];
  weekend: readonly [number, number];
  /** UTC minutes of the day between which jobs start. */
  window: readonly [number, number];
}

/** Start times of a job's runs on a UTC day, the same whichever hour asks. */
export function startsOn(
  seed: number,
  salt: number,
  day: number,
  schedule: DailySchedule,
): number[] {
  const rng = new Rng(hash32(seed, salt, day));
  const [min, max] = isWeekend(day) ? schedule.weekend : schedule.weekday;
  const count = rng.range(min, max);
  const starts: number[] = [];
  for (let i = 0; i < count; i++) {
    starts.push(
      day * DAY + rng.range(schedule.window[0], schedule.window[1]) * MINUTE + rng.int(60) * SECOND,
    );
  }
  return starts;
}

export function startsInHour(h: HourContext, salt: number, schedule: DailySchedule): number[] {
  const day = Math.floor(h.start / DAY);
  return startsOn(h.world.seed, salt, day, schedule).filter(
    (t) => t >= h.start && t < h.start + HOUR,
  );
}
