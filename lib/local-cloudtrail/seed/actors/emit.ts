import "server-only";

import type { EventTemplate } from "../catalog";
import { GLOBAL_SOURCES, HOME_REGION } from "../constants";
import { accessDenied, invalidRequest, throttled, type CallError } from "../errors";
import { inventory } from "../inventory";
import { apiEvent, drawRequestId } from "../records";
import type { Caller, FailureProfile, HourContext } from "./types";

const SERVICE_CLI_NAME: Record<string, string> = {
  monitoring: "cloudwatch",
  elasticloadbalancing: "elbv2",
  states: "stepfunctions",
  "access-analyzer": "accessanalyzer",
};

const commandCache = new Map<string, string>();

/** CLI v2's "command/ec2.describe-instances" suffix for a template. */
function cliCommand(template: EventTemplate): string {
  let command = commandCache.get(template.key);
  if (command === undefined) {
    const service = template.source.slice(0, template.source.indexOf("."));
    const operation = template.name
      .replace(/\d{8}(v\d)?$/, "")
      .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
      .replace(/([A-Z])([A-Z][a-z])/g, "$1-$2")
      .toLowerCase();
    command = `${SERVICE_CLI_NAME[service] ?? service}.${operation}`;
    commandCache.set(template.key, command);
  }
  return command;
}

export const NO_FAILURES: FailureProfile = { denied: 0, throttled: 0, invalid: 0 };

/** Global services are recorded in us-east-1 whichever region the caller had in mind. */
export function recordedRegion(template: EventTemplate, region: string): string {
  return GLOBAL_SOURCES.has(template.source) ? HOME_REGION : region;
}

function drawFailure(
  h: HourContext,
  template: EventTemplate,
  caller: Caller,
  failures: FailureProfile,
  resource: string,
): CallError | undefined {
  const { rng } = h;
  if ((failures.writesDenied && !template.readOnly) || failures.deniedKeys?.has(template.key)) {
    return accessDenied(
      rng,
      template.source,
      template.name,
      caller.principalArn,
      resource,
      template.readOnly,
    );
  }
  const x = rng.float();
  if (x < failures.denied)
    return accessDenied(
      rng,
      template.source,
      template.name,
      caller.principalArn,
      resource,
      template.readOnly,
    );
  if (x < failures.denied + failures.throttled) return throttled(template.source);
  if (x < failures.denied + failures.throttled + failures.invalid)
    return invalidRequest(template.source, template.name);
  return undefined;
}

export function emitCall(
  h: HourContext,
  template: EventTemplate,
  region: string,
  time: number,
  caller: Caller,
  failures: FailureProfile = NO_FAILURES,
): void {
  const recorded = recordedRegion(template, region);
  const rng = h.rng;
  const requestId = drawRequestId(rng, template.source);
  const details = template.build({
    rng,
    region: recorded,
    inv: inventory(recorded),
    time,
    world: h.world,
    requestId,
  });
  const failure =
    details.error ?? drawFailure(h, template, caller, failures, details.deniedResource ?? "*");
  h.emit(
    apiEvent(rng, {
      time,
      region: recorded,
      source: template.source,
      name: template.name,
      identity: caller.identity,
      ip: caller.ip,
      userAgent: caller.cli ? caller.userAgent + cliCommand(template) : caller.userAgent,
      readOnly: template.readOnly,
      requestParameters: details.request,
      responseElements: failure ? null : (details.response ?? null),
      errorCode: failure?.code,
      errorMessage: failure?.message,
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
