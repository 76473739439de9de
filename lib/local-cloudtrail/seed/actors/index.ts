import "server-only";

import { PEOPLE } from "./people";
import { PIPELINES } from "./pipelines";
import { SERVICES } from "./services";
import { ssmAgents } from "./ssm-agents";
import type { Actor } from "./types";
import { WORKLOADS } from "./workloads";

export type { Actor, HourContext } from "./types";

/** Everyone who acts in the demo account day to day, in a fixed order. */
export const ACTORS: readonly Actor[] = [
  ...PEOPLE,
  ...WORKLOADS,
  ...SERVICES,
  ssmAgents(),
  ...PIPELINES,
];
