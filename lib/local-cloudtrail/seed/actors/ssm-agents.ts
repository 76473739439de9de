import "server-only";

import { call, type EventTemplate } from "../catalog";
import { updateInstanceInformation } from "../catalog/operations";
import { DEMO_REGIONS, HOUR, MINUTE, SECOND } from "../constants";
import { assumedRole } from "../identities";
import { sessionKeyFrom, stableHex } from "../ids";
import { type Instance, inventory } from "../inventory";
import { ROLES, type Role, sessionArn } from "../principals";
import { Rng, hash32, hashString } from "../prng";
import { isoSeconds } from "../time";
import { SDK } from "../user-agents";
import { emitServiceAssumeRole } from "./automation";
import { emitCall } from "./emit";
import type { Actor, Caller, HourContext } from "./types";

/** Instance-profile credentials last this long before EC2 assumes the role again. */
const CREDENTIAL_HOURS = 12;
/** How often each agent reports in. */
const REPORT_EVERY_HOURS = 5;

interface Agent {
  region: string;
  instance: Instance;
  role: Role;
  index: number;
  minute: number;
  report: EventTemplate;
  vpcEndpointId: string;
}

const associations = call("ssm:ListInstanceAssociations");

const AGENTS: readonly Agent[] = DEMO_REGIONS.flatMap((region) =>
  inventory(region).instances.map((instance, index) => ({
    region,
    instance,
    index,
    role: instance.name.startsWith("eu-prod-eks") ? ROLES.eksNode : ROLES.appServer,
    minute: hashString(instance.id) % 55,
    report: {
      ...call("ssm:UpdateInstanceInformation"),
      build: (ctx) => updateInstanceInformation(ctx, instance),
    },
    vpcEndpointId: `vpce-0${stableHex(`${region}/vpce/ssm`, 16)}`,
  })),
);

/**
 * The SSM agent on every instance reports in on a fixed cadence, staggered across
 * instances, so every region with instances has activity in every hour of the day.
 */
export function ssmAgents(): Actor {
  return {
    name: "ssm-agents",
    hour(h: HourContext) {
      for (const agent of AGENTS) {
        if ((h.hour + agent.index) % REPORT_EVERY_HOURS !== 0) continue;
        const block = Math.floor(h.hour / CREDENTIAL_HOURS);
        const blockStart = block * CREDENTIAL_HOURS * HOUR;
        const session = new Rng(hash32(h.world.seed, hashString(agent.instance.id), block));
        const key = sessionKeyFrom(session);
        const created = blockStart + session.range(10, 50) * SECOND;
        if (created >= h.start && created < h.start + HOUR) {
          emitServiceAssumeRole(
            h,
            "ec2.amazonaws.com",
            agent.role,
            agent.instance.id,
            key,
            created,
          );
        }
        const caller: Caller = {
          identity: assumedRole(agent.role, agent.instance.id, key, isoSeconds(created), {
            ec2RoleDelivery: true,
          }),
          principalArn: sessionArn(agent.role, agent.instance.id),
          ip: agent.instance.privateIp,
          userAgent: SDK.ssmAgent,
          tls: "tls12",
          vpcEndpointId: agent.vpcEndpointId,
        };
        const time = Math.max(
          created + SECOND,
          h.start + agent.minute * MINUTE + h.rng.int(60) * SECOND,
        );
        emitCall(h, agent.report, agent.region, time, caller);
        if (h.rng.chance(0.3)) emitCall(h, associations, agent.region, time + 2 * SECOND, caller);
      }
    },
  };
}
