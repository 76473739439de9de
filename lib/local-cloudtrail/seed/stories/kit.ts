import "server-only";

import type { EventResource, StoredEvent, UserIdentity } from "../../types";
import type { Caller } from "../actors/types";
import type { EventTemplate } from "../catalog";
import { inventory } from "../inventory";
import { type CallError } from "../errors";
import { Rng, hash32, hashString } from "../prng";
import { apiEvent, consoleLoginEvent, drawRequestId, type RecordResource } from "../records";
import type { World } from "../world";

export interface StoryCall {
  time: number;
  region: string;
  source: string;
  name: string;
  readOnly: boolean;
  request?: Record<string, unknown> | null;
  /** Built once the request id is known, since EC2 echoes it. */
  response?: (requestId: string) => Record<string, unknown> | null;
  error?: CallError;
  resources?: EventResource[];
  recordResources?: RecordResource[];
  additionalEventData?: Record<string, unknown>;
}

/**
 * A scripted sequence of events with its own random stream: story events keep their
 * ids and content whatever else the generator produces.
 */
export class Story {
  readonly events: StoredEvent[] = [];
  readonly rng: Rng;

  constructor(world: World, name: string) {
    this.rng = new Rng(hash32(world.seed, hashString(`story/${name}`)));
  }

  call(caller: Caller, c: StoryCall): void {
    const source = `${c.source}.amazonaws.com`;
    const requestId = drawRequestId(this.rng, source);
    this.events.push(
      apiEvent(this.rng, {
        time: c.time,
        region: c.region,
        source,
        name: c.name,
        identity: caller.identity,
        ip: caller.ip,
        userAgent: caller.userAgent,
        readOnly: c.readOnly,
        requestParameters: c.request ?? null,
        responseElements: c.error ? null : (c.response?.(requestId) ?? null),
        errorCode: c.error?.code,
        errorMessage: c.error?.message,
        additionalEventData: c.additionalEventData,
        recordResources: c.recordResources,
        tls: caller.tls,
        consoleSession: caller.consoleSession,
        requestId,
        resources: c.resources,
      }),
    );
  }

  /** A catalog call with its usual parameters, at a time the story chooses. */
  template(
    world: World,
    caller: Caller,
    template: EventTemplate,
    region: string,
    time: number,
    error?: CallError,
  ): void {
    const requestId = drawRequestId(this.rng, template.source);
    const details = template.build({
      rng: this.rng,
      region,
      inv: inventory(region),
      time,
      world,
      requestId,
    });
    this.events.push(
      apiEvent(this.rng, {
        time,
        region,
        source: template.source,
        name: template.name,
        identity: caller.identity,
        ip: caller.ip,
        userAgent: caller.userAgent,
        readOnly: template.readOnly,
        requestParameters: details.request,
        responseElements: error ? null : (details.response ?? null),
        errorCode: error?.code,
        errorMessage: error?.message,
        additionalEventData: details.additionalEventData,
        recordResources: details.recordResources,
        tls: caller.tls,
        consoleSession: caller.consoleSession,
        vpcEndpointId: caller.vpcEndpointId,
        requestId,
        resources: details.resources,
      }),
    );
  }

  login(
    time: number,
    identity: UserIdentity,
    ip: string,
    userAgent: string,
    success: boolean,
    mfaUsed: boolean,
  ): void {
    this.events.push(
      consoleLoginEvent(this.rng, { time, identity, ip, userAgent, success, mfaUsed }),
    );
  }
}

export { recordRes, res } from "../catalog/helpers";
