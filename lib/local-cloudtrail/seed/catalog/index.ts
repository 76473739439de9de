import "server-only";

import { COMPUTE } from "./compute";
import { CONTAINERS } from "./containers";
import { DATA } from "./data";
import { IDENTITY } from "./identity";
import { NETWORK } from "./network";
import { OPERATIONS } from "./operations";
import { SECURITY } from "./security";
import type { EventTemplate } from "./types";

export type { CallContext, CallDetails, EventTemplate } from "./types";

export const TEMPLATES: readonly EventTemplate[] = [
  ...COMPUTE,
  ...CONTAINERS,
  ...DATA,
  ...IDENTITY,
  ...SECURITY,
  ...OPERATIONS,
  ...NETWORK,
];

const BY_KEY = new Map(TEMPLATES.map((t) => [t.key, t]));

/** A template by its "service:EventName" key; a typo fails at module load, not mid-seed. */
export function call(key: string): EventTemplate {
  const found = BY_KEY.get(key);
  if (!found) throw new Error(`No event template ${key}`);
  return found;
}
