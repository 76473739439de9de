import "server-only";

import type { EventResource } from "../../types";
import { DEMO_ACCOUNT_ID } from "../constants";
import type { RegionInventory } from "../inventory";
import type { RecordResource } from "../records";
import type { CallContext, CallDetails, EventTemplate } from "./types";

const always = () => true;
const noParameters = (): CallDetails => ({ request: null });

export function template(
  service: string,
  name: string,
  readOnly: boolean,
  build: (ctx: CallContext) => CallDetails = noParameters,
  available: (inv: RegionInventory) => boolean = always,
): EventTemplate {
  return {
    key: `${service}:${name}`,
    source: `${service}.amazonaws.com`,
    name,
    readOnly,
    build,
    available,
  };
}

export const read = (
  service: string,
  name: string,
  build?: (ctx: CallContext) => CallDetails,
  available?: (inv: RegionInventory) => boolean,
) => template(service, name, true, build, available);

export const write = (
  service: string,
  name: string,
  build?: (ctx: CallContext) => CallDetails,
  available?: (inv: RegionInventory) => boolean,
) => template(service, name, false, build, available);

export const res = (type: string, name: string): EventResource => ({ type, name });

export const recordRes = (type: string, arn: string): RecordResource => ({
  accountId: DEMO_ACCOUNT_ID,
  type,
  ARN: arn,
});

/** EC2's query-protocol list shape. */
export const items = <T>(list: T[]) => ({ items: list });

export const filterSet = (name: string, value: string) => ({
  items: [{ name, valueSet: { items: [{ value }] } }],
});

export const has = (pick: (inv: RegionInventory) => readonly unknown[]) => (inv: RegionInventory) =>
  pick(inv).length > 0;
