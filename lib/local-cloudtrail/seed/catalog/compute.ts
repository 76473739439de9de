import "server-only";

import { autoScalingGroupArn, instanceArn, loadBalancerArn, targetGroupArn } from "../arns";
import { DEMO_ACCOUNT_ID } from "../constants";
import { filterSet, has, items, read, res, write } from "./helpers";
import type { CallContext, EventTemplate } from "./types";

const instanceRes = (id: string) => res("AWS::EC2::Instance", id);

function someInstance(ctx: CallContext) {
  return ctx.rng.pick(ctx.inv.instances);
}

const ec2: EventTemplate[] = [
  read(
    "ec2",
    "DescribeInstances",
    (ctx) => {
      if (ctx.rng.chance(0.4)) {
        const instance = someInstance(ctx);
        return {
          request: { instancesSet: items([{ instanceId: instance.id }]), filterSet: {} },
          resources: [instanceRes(instance.id)],
        };
      }
      return {
        request: {
          instancesSet: {},
          filterSet: ctx.rng.chance(0.5) ? filterSet("instance-state-name", "running") : {},
        },
      };
    },
    has((i) => i.instances),
  ),
  read("ec2", "DescribeInstanceStatus", () => ({
    request: { instancesSet: {}, filterSet: {}, includeAllInstances: false },
  })),
  read("ec2", "DescribeSecurityGroups", (ctx) => {
    if (ctx.rng.chance(0.5)) {
      const group = ctx.rng.pick(ctx.inv.securityGroups);
      return {
        request: {
          securityGroupSet: {},
          securityGroupIdSet: items([{ groupId: group.id }]),
          filterSet: {},
        },
        resources: [res("AWS::EC2::SecurityGroup", group.id)],
      };
    }
    return {
      request: {
        securityGroupSet: {},
        securityGroupIdSet: {},
        filterSet: filterSet("vpc-id", ctx.inv.vpcId),
      },
    };
  }),
  read("ec2", "DescribeVpcs", () => ({ request: { vpcSet: {}, filterSet: {} } })),
  read("ec2", "DescribeSubnets", (ctx) => ({
    request: { subnetSet: {}, filterSet: filterSet("vpc-id", ctx.inv.vpcId) },
  })),
  read("ec2", "DescribeVolumes", () => ({ request: { volumeSet: {}, filterSet: {} } })),
  read("ec2", "DescribeSnapshots", () => ({
    request: {
      snapshotSet: {},
      ownersSet: items([{ owner: "self" }]),
      sharedUsersSet: {},
      filterSet: {},
    },
  })),
  read("ec2", "DescribeImages", () => ({
    request: {
      executableBySet: {},
      imagesSet: {},
      ownersSet: items([{ owner: "self" }]),
      filterSet: {},
    },
  })),
  read("ec2", "DescribeNetworkInterfaces", (ctx) => ({
    request: { networkInterfaceIdSet: {}, filterSet: filterSet("vpc-id", ctx.inv.vpcId) },
  })),
  read("ec2", "DescribeRegions", () => ({ request: { regionSet: {} } })),
  read("ec2", "DescribeAvailabilityZones", () => ({
    request: { availabilityZoneSet: {}, availabilityZoneIdSet: {} },
  })),
  read("ec2", "DescribeLaunchTemplates", () => ({
    request: { DescribeLaunchTemplatesRequest: { MaxResults: 200 } },
  })),
  read(
    "ec2",
    "DescribeTags",
    (ctx) => ({
      request: { filterSet: filterSet("resource-id", someInstance(ctx).id) },
    }),
    has((i) => i.instances),
  ),
  read("ec2", "DescribeAddresses", () => ({
    request: { publicIpsSet: {}, allocationIdsSet: {}, filterSet: {} },
  })),
  read("ec2", "DescribeRouteTables", () => ({ request: { routeTableIdSet: {}, filterSet: {} } })),
  read("ec2", "DescribeKeyPairs", () => ({
    request: { keySet: {}, keyPairIdSet: {}, filterSet: {} },
  })),
  read("ec2", "DescribeAccountAttributes", () => ({
    request: {
      accountAttributeNameSet: items([{ attributeName: "supported-platforms" }]),
      filterSet: {},
    },
  })),
  read("ec2", "DescribeInstanceTypes", () => ({
    request: { DescribeInstanceTypesRequest: { MaxResults: 100 } },
  })),
  write(
    "ec2",
    "CreateTags",
    (ctx) => {
      const instance = someInstance(ctx);
      return {
        request: {
          resourcesSet: items([{ resourceId: instance.id }]),
          tagSet: items([
            {
              key: ctx.rng.pick(["Owner", "CostCenter", "Patch-Group"]),
              value: ctx.rng.pick(["platform", "payments", "weekly"]),
            },
          ]),
        },
        response: { requestId: ctx.requestId, _return: true },
        resources: [instanceRes(instance.id)],
        deniedResource: instanceArn(ctx.region, instance.id),
      };
    },
    has((i) => i.instances),
  ),
  write(
    "ec2",
    "StopInstances",
    (ctx) => {
      const instance = someInstance(ctx);
      return {
        request: { instancesSet: items([{ instanceId: instance.id }]), force: false },
        response: {
          requestId: ctx.requestId,
          instancesSet: items([
            {
              instanceId: instance.id,
              currentState: { code: 64, name: "stopping" },
              previousState: { code: 16, name: "running" },
            },
          ]),
        },
        resources: [instanceRes(instance.id)],
        deniedResource: instanceArn(ctx.region, instance.id),
      };
    },
    has((i) => i.instances),
  ),
  write(
    "ec2",
    "StartInstances",
    (ctx) => {
      const instance = someInstance(ctx);
      return {
        request: { instancesSet: items([{ instanceId: instance.id }]) },
        response: {
          requestId: ctx.requestId,
          instancesSet: items([
            {
              instanceId: instance.id,
              currentState: { code: 0, name: "pending" },
              previousState: { code: 80, name: "stopped" },
            },
          ]),
        },
        resources: [instanceRes(instance.id)],
        deniedResource: instanceArn(ctx.region, instance.id),
      };
    },
    has((i) => i.instances),
  ),
  write(
    "ec2",
    "CreateSnapshot",
    (ctx) => {
      const instance = someInstance(ctx);
      const snapshotId = `snap-0${ctx.rng.hex(16)}`;
      return {
        request: { volumeId: instance.volume, description: `Nightly backup of ${instance.name}` },
        response: {
          requestId: ctx.requestId,
          snapshotId,
          volumeId: instance.volume,
          status: "pending",
          startTime: ctx.time,
          progress: "",
          ownerId: DEMO_ACCOUNT_ID,
          volumeSize: 100,
          encrypted: true,
        },
        resources: [
          res("AWS::EC2::Snapshot", snapshotId),
          res("AWS::EC2::Volume", instance.volume),
        ],
        deniedResource: `arn:aws:ec2:${ctx.region}::snapshot/*`,
      };
    },
    has((i) => i.instances),
  ),
  write("ec2", "DeleteSnapshot", (ctx) => {
    const snapshotId = `snap-0${ctx.rng.hex(16)}`;
    return {
      request: { snapshotId },
      response: { requestId: ctx.requestId, _return: true },
      resources: [res("AWS::EC2::Snapshot", snapshotId)],
      deniedResource: `arn:aws:ec2:${ctx.region}::snapshot/${snapshotId}`,
    };
  }),
  write("ec2", "AuthorizeSecurityGroupIngress", (ctx) => {
    const group = ctx.rng.pick(ctx.inv.securityGroups);
    return {
      request: {
        groupId: group.id,
        ipPermissions: items([
          {
            ipProtocol: "tcp",
            fromPort: 443,
            toPort: 443,
            groups: {},
            ipRanges: items([{ cidrIp: "198.51.100.0/24", description: "NY office" }]),
            ipv6Ranges: {},
            prefixListIds: {},
          },
        ]),
      },
      response: {
        requestId: ctx.requestId,
        _return: true,
        securityGroupRuleSet: items([
          {
            groupOwnerId: DEMO_ACCOUNT_ID,
            groupId: group.id,
            securityGroupRuleId: `sgr-0${ctx.rng.hex(16)}`,
            isEgress: false,
            ipProtocol: "tcp",
            fromPort: 443,
            toPort: 443,
            cidrIpv4: "198.51.100.0/24",
            description: "NY office",
          },
        ]),
      },
      resources: [res("AWS::EC2::SecurityGroup", group.id)],
      deniedResource: `arn:aws:ec2:${ctx.region}:${DEMO_ACCOUNT_ID}:security-group/${group.id}`,
    };
  }),
  write("ec2", "RevokeSecurityGroupIngress", (ctx) => {
    const group = ctx.rng.pick(ctx.inv.securityGroups);
    return {
      request: {
        groupId: group.id,
        ipPermissions: items([
          {
            ipProtocol: "tcp",
            fromPort: 8080,
            toPort: 8080,
            groups: {},
            ipRanges: items([{ cidrIp: "10.0.0.0/8" }]),
            ipv6Ranges: {},
            prefixListIds: {},
          },
        ]),
      },
      response: { requestId: ctx.requestId, _return: true },
      resources: [res("AWS::EC2::SecurityGroup", group.id)],
      deniedResource: `arn:aws:ec2:${ctx.region}:${DEMO_ACCOUNT_ID}:security-group/${group.id}`,
    };
  }),
  write(
    "ec2",
    "RunInstances",
    (ctx) => runInstances(ctx),
    has((i) => i.autoScalingGroups),
  ),
  write("ec2", "TerminateInstances", (ctx) => {
    const id = `i-0${ctx.rng.hex(16)}`;
    return {
      request: { instancesSet: items([{ instanceId: id }]) },
      response: {
        requestId: ctx.requestId,
        instancesSet: items([
          {
            instanceId: id,
            currentState: { code: 32, name: "shutting-down" },
            previousState: { code: 16, name: "running" },
          },
        ]),
      },
      resources: [instanceRes(id)],
      deniedResource: instanceArn(ctx.region, id),
    };
  }),
  write("ec2", "CreateNetworkInterface", (ctx) => {
    const eni = `eni-0${ctx.rng.hex(16)}`;
    const subnet = ctx.rng.pick(ctx.inv.subnets);
    return {
      request: {
        subnetId: subnet,
        description: "AWS Lambda VPC ENI-order-processor",
        groupSet: items([{ groupId: ctx.inv.securityGroups[0].id }]),
      },
      response: {
        requestId: ctx.requestId,
        networkInterface: {
          networkInterfaceId: eni,
          subnetId: subnet,
          vpcId: ctx.inv.vpcId,
          status: "pending",
          interfaceType: "lambda",
          requesterManaged: true,
        },
      },
      resources: [res("AWS::EC2::NetworkInterface", eni), res("AWS::EC2::Subnet", subnet)],
    };
  }),
];

/** What an Auto Scaling scale-out looks like: one instance per call, tagged with its group. */
export function runInstances(ctx: CallContext) {
  const asg = ctx.rng.pick(ctx.inv.autoScalingGroups);
  const id = `i-0${ctx.rng.hex(16)}`;
  const subnet = ctx.rng.pick(ctx.inv.subnets);
  const ami = ctx.inv.amis[0];
  const group = ctx.inv.securityGroups[Math.min(3, ctx.inv.securityGroups.length - 1)];
  return {
    request: {
      instancesSet: items([{ minCount: 1, maxCount: 1 }]),
      launchTemplate: { launchTemplateId: `lt-0${ctx.rng.hex(16)}`, version: "7" },
      subnetId: subnet,
      clientToken: ctx.rng.uuid(),
      tagSpecificationSet: items([
        { resourceType: "instance", tags: [{ key: "aws:autoscaling:groupName", value: asg }] },
      ]),
    },
    response: {
      requestId: ctx.requestId,
      reservationId: `r-0${ctx.rng.hex(16)}`,
      ownerId: DEMO_ACCOUNT_ID,
      groupSet: {},
      instancesSet: items([
        {
          instanceId: id,
          imageId: ami,
          instanceState: { code: 0, name: "pending" },
          instanceType: "m6i.large",
          launchTime: ctx.time,
          placement: { availabilityZone: `${ctx.region}a`, tenancy: "default" },
          monitoring: { state: "disabled" },
          subnetId: subnet,
          vpcId: ctx.inv.vpcId,
          stateReason: { code: "pending", message: "pending" },
          architecture: "x86_64",
          rootDeviceType: "ebs",
          rootDeviceName: "/dev/xvda",
          virtualizationType: "hvm",
          hypervisor: "xen",
          groupSet: items([{ groupId: group.id, groupName: group.name }]),
          tagSet: items([{ key: "aws:autoscaling:groupName", value: asg }]),
          metadataOptions: {
            state: "pending",
            httpTokens: "required",
            httpPutResponseHopLimit: 2,
            httpEndpoint: "enabled",
          },
        },
      ]),
      requesterId: "940372691376",
    },
    resources: [
      instanceRes(id),
      res("AWS::EC2::Ami", ami),
      res("AWS::EC2::SecurityGroup", group.id),
      res("AWS::EC2::Subnet", subnet),
    ],
    deniedResource: instanceArn(ctx.region, "*"),
  };
}

const autoscaling: EventTemplate[] = [
  read(
    "autoscaling",
    "DescribeAutoScalingGroups",
    (ctx) => ({
      request: ctx.rng.chance(0.5)
        ? { autoScalingGroupNames: [ctx.rng.pick(ctx.inv.autoScalingGroups)] }
        : null,
    }),
    has((i) => i.autoScalingGroups),
  ),
  read(
    "autoscaling",
    "DescribeScalingActivities",
    (ctx) => ({
      request: { autoScalingGroupName: ctx.rng.pick(ctx.inv.autoScalingGroups), maxRecords: 20 },
    }),
    has((i) => i.autoScalingGroups),
  ),
  read(
    "autoscaling",
    "DescribeLifecycleHooks",
    (ctx) => ({
      request: { autoScalingGroupName: ctx.rng.pick(ctx.inv.autoScalingGroups) },
    }),
    has((i) => i.autoScalingGroups),
  ),
  read(
    "autoscaling",
    "DescribePolicies",
    (ctx) => ({
      request: { autoScalingGroupName: ctx.rng.pick(ctx.inv.autoScalingGroups) },
    }),
    has((i) => i.autoScalingGroups),
  ),
  write(
    "autoscaling",
    "SetDesiredCapacity",
    (ctx) => {
      const asg = ctx.rng.pick(ctx.inv.autoScalingGroups);
      return {
        request: {
          autoScalingGroupName: asg,
          desiredCapacity: ctx.rng.range(2, 6),
          honorCooldown: false,
        },
        resources: [res("AWS::AutoScaling::AutoScalingGroup", asg)],
        deniedResource: autoScalingGroupArn(ctx.region, asg),
      };
    },
    has((i) => i.autoScalingGroups),
  ),
  write(
    "autoscaling",
    "UpdateAutoScalingGroup",
    (ctx) => {
      const asg = ctx.rng.pick(ctx.inv.autoScalingGroups);
      return {
        request: { autoScalingGroupName: asg, minSize: 2, maxSize: ctx.rng.range(6, 12) },
        resources: [res("AWS::AutoScaling::AutoScalingGroup", asg)],
        deniedResource: autoScalingGroupArn(ctx.region, asg),
      };
    },
    has((i) => i.autoScalingGroups),
  ),
  write(
    "autoscaling",
    "CompleteLifecycleAction",
    (ctx) => {
      const asg = ctx.rng.pick(ctx.inv.autoScalingGroups);
      return {
        request: {
          lifecycleHookName: "drain-connections",
          autoScalingGroupName: asg,
          lifecycleActionResult: "CONTINUE",
          instanceId: `i-0${ctx.rng.hex(16)}`,
        },
        resources: [res("AWS::AutoScaling::AutoScalingGroup", asg)],
      };
    },
    has((i) => i.autoScalingGroups),
  ),
];

const elb: EventTemplate[] = [
  read(
    "elasticloadbalancing",
    "DescribeLoadBalancers",
    (ctx) => ({
      request: ctx.rng.chance(0.5)
        ? { names: [ctx.rng.pick(ctx.inv.loadBalancers)] }
        : { pageSize: 400 },
    }),
    has((i) => i.loadBalancers),
  ),
  read(
    "elasticloadbalancing",
    "DescribeTargetGroups",
    () => ({ request: { pageSize: 400 } }),
    has((i) => i.targetGroups),
  ),
  read(
    "elasticloadbalancing",
    "DescribeTargetHealth",
    (ctx) => {
      const tg = ctx.rng.pick(ctx.inv.targetGroups);
      return {
        request: { targetGroupArn: targetGroupArn(ctx.region, tg) },
        resources: [
          res("AWS::ElasticLoadBalancingV2::TargetGroup", targetGroupArn(ctx.region, tg)),
        ],
      };
    },
    has((i) => i.targetGroups),
  ),
  read(
    "elasticloadbalancing",
    "DescribeListeners",
    (ctx) => {
      const lb = loadBalancerArn(ctx.region, ctx.rng.pick(ctx.inv.loadBalancers));
      return {
        request: { loadBalancerArn: lb },
        resources: [res("AWS::ElasticLoadBalancingV2::LoadBalancer", lb)],
      };
    },
    has((i) => i.loadBalancers),
  ),
  read(
    "elasticloadbalancing",
    "DescribeTags",
    (ctx) => ({
      request: { resourceArns: [loadBalancerArn(ctx.region, ctx.rng.pick(ctx.inv.loadBalancers))] },
    }),
    has((i) => i.loadBalancers),
  ),
  read(
    "elasticloadbalancing",
    "DescribeLoadBalancerAttributes",
    (ctx) => ({
      request: {
        loadBalancerArn: loadBalancerArn(ctx.region, ctx.rng.pick(ctx.inv.loadBalancers)),
      },
    }),
    has((i) => i.loadBalancers),
  ),
  write(
    "elasticloadbalancing",
    "RegisterTargets",
    (ctx) => {
      const tg = targetGroupArn(ctx.region, ctx.rng.pick(ctx.inv.targetGroups));
      return {
        request: { targetGroupArn: tg, targets: [{ id: `i-0${ctx.rng.hex(16)}`, port: 8080 }] },
        resources: [res("AWS::ElasticLoadBalancingV2::TargetGroup", tg)],
        deniedResource: tg,
      };
    },
    has((i) => i.targetGroups),
  ),
  write(
    "elasticloadbalancing",
    "DeregisterTargets",
    (ctx) => {
      const tg = targetGroupArn(ctx.region, ctx.rng.pick(ctx.inv.targetGroups));
      return {
        request: { targetGroupArn: tg, targets: [{ id: `i-0${ctx.rng.hex(16)}`, port: 8080 }] },
        resources: [res("AWS::ElasticLoadBalancingV2::TargetGroup", tg)],
        deniedResource: tg,
      };
    },
    has((i) => i.targetGroups),
  ),
];

export const COMPUTE: EventTemplate[] = [...ec2, ...autoscaling, ...elb];
