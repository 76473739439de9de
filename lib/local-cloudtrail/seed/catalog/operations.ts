import "server-only";

import { alarmArn, logGroupArn, parameterArn, ruleArn, stackArn, stateMachineArn } from "../arns";
import { DEMO_ACCOUNT_ID } from "../constants";
import type { Instance } from "../inventory";
import { has, read, res, write } from "./helpers";
import type { CallContext, CallDetails, EventTemplate } from "./types";

const NAMESPACES = [
  "AWS/EC2",
  "AWS/ApplicationELB",
  "AWS/RDS",
  "AWS/Lambda",
  "AWS/DynamoDB",
  "AWS/SQS",
  "AWS/ECS",
];

function metricWindow(ctx: CallContext) {
  return {
    startTime: new Date(ctx.time - 900_000).toISOString(),
    endTime: new Date(ctx.time).toISOString(),
  };
}

const cloudwatch: EventTemplate[] = [
  read("monitoring", "DescribeAlarms", (ctx) => ({
    request: ctx.rng.chance(0.5)
      ? { maxRecords: 100 }
      : { alarmNames: [ctx.rng.pick(ctx.inv.alarms)] },
  })),
  read("monitoring", "GetMetricData", (ctx) => ({
    request: {
      metricDataQueries: [
        {
          id: "m1",
          metricStat: {
            metric: {
              namespace: ctx.rng.pick(NAMESPACES),
              metricName: ctx.rng.pick(["CPUUtilization", "RequestCount", "Errors", "Duration"]),
            },
            period: 60,
            stat: "Average",
          },
          returnData: true,
        },
      ],
      ...metricWindow(ctx),
      scanBy: "TimestampDescending",
    },
  })),
  read("monitoring", "GetMetricStatistics", (ctx) => ({
    request: {
      namespace: ctx.rng.pick(NAMESPACES),
      metricName: ctx.rng.pick([
        "CPUUtilization",
        "Latency",
        "Throttles",
        "ApproximateNumberOfMessagesVisible",
      ]),
      ...metricWindow(ctx),
      period: 300,
      statistics: ["Average", "Maximum"],
    },
  })),
  read("monitoring", "ListMetrics", (ctx) => ({
    request: { namespace: ctx.rng.pick(NAMESPACES) },
  })),
  read("monitoring", "DescribeAlarmHistory", (ctx) => ({
    request: {
      alarmName: ctx.rng.pick(ctx.inv.alarms),
      historyItemType: "StateUpdate",
      maxRecords: 50,
    },
  })),
  read("monitoring", "ListDashboards", () => ({ request: null })),
  read("monitoring", "GetDashboard", (ctx) => ({
    request: { dashboardName: ctx.rng.pick(["prod-overview", "payments", "data-pipeline"]) },
  })),
  write("monitoring", "PutMetricAlarm", (ctx) => {
    const alarm = ctx.rng.pick(ctx.inv.alarms);
    return {
      request: {
        alarmName: alarm,
        metricName: "HTTPCode_Target_5XX_Count",
        namespace: "AWS/ApplicationELB",
        statistic: "Sum",
        period: 60,
        evaluationPeriods: 5,
        threshold: 25,
        comparisonOperator: "GreaterThanThreshold",
        alarmActions: [`arn:aws:sns:${ctx.region}:${DEMO_ACCOUNT_ID}:ops-alerts`],
      },
      resources: [res("AWS::CloudWatch::Alarm", alarm)],
      deniedResource: alarmArn(ctx.region, alarm),
    };
  }),
  write("monitoring", "PutDashboard", (ctx) => ({
    request: {
      dashboardName: ctx.rng.pick(["prod-overview", "payments", "data-pipeline"]),
      dashboardBody: '{"widgets":[...]}',
    },
    response: { dashboardValidationMessages: [] },
  })),
];

function onLogGroup(
  ctx: CallContext,
  extra?: (group: string) => Record<string, unknown>,
): CallDetails {
  const group = ctx.rng.pick(ctx.inv.logGroups);
  return {
    request: { logGroupName: group, ...extra?.(group) },
    resources: [res("AWS::Logs::LogGroup", group)],
    deniedResource: logGroupArn(ctx.region, group),
  };
}

const withLogGroups = has((i) => i.logGroups);

/** Lambda names its log streams by date, version and a random instance id. */
export function lambdaLogStream(ctx: CallContext): string {
  const day = new Date(ctx.time).toISOString().slice(0, 10).replace(/-/g, "/");
  return `${day}/[$LATEST]${ctx.rng.hex(32)}`;
}

const logs: EventTemplate[] = [
  read("logs", "DescribeLogGroups", () => ({ request: { limit: 50 } })),
  read(
    "logs",
    "DescribeLogStreams",
    (ctx) => onLogGroup(ctx, () => ({ orderBy: "LastEventTime", descending: true, limit: 50 })),
    withLogGroups,
  ),
  read(
    "logs",
    "FilterLogEvents",
    (ctx) =>
      onLogGroup(ctx, () => ({
        startTime: ctx.time - 3_600_000,
        endTime: ctx.time,
        filterPattern: ctx.rng.pick(["ERROR", '"status=500"', "Timeout", "?ERROR ?WARN"]),
        interleaved: true,
      })),
    withLogGroups,
  ),
  read(
    "logs",
    "GetLogEvents",
    (ctx) => onLogGroup(ctx, () => ({ logStreamName: lambdaLogStream(ctx), startFromHead: false })),
    withLogGroups,
  ),
  read("logs", "DescribeSubscriptionFilters", (ctx) => onLogGroup(ctx), withLogGroups),
  read("logs", "DescribeMetricFilters", (ctx) => onLogGroup(ctx), withLogGroups),
  read("logs", "GetQueryResults", (ctx) => ({ request: { queryId: ctx.rng.uuid() } })),
  write(
    "logs",
    "StartQuery",
    (ctx) => {
      const details = onLogGroup(ctx, (group) => ({
        logGroupNames: [group],
        queryString: ctx.rng.pick([
          "fields @timestamp, @message | filter @message like /ERROR/ | sort @timestamp desc | limit 100",
          "stats count(*) by bin(5m)",
          'filter @type = "REPORT" | stats max(@maxMemoryUsed) by bin(1h)',
        ]),
        startTime: Math.floor((ctx.time - 3_600_000) / 1000),
        endTime: Math.floor(ctx.time / 1000),
      }));
      return { ...details, response: { queryId: ctx.rng.uuid() } };
    },
    withLogGroups,
  ),
  write(
    "logs",
    "CreateLogStream",
    (ctx) => onLogGroup(ctx, () => ({ logStreamName: lambdaLogStream(ctx) })),
    withLogGroups,
  ),
  write(
    "logs",
    "PutRetentionPolicy",
    (ctx) => onLogGroup(ctx, () => ({ retentionInDays: ctx.rng.pick([30, 90, 365]) })),
    withLogGroups,
  ),
];

function onParameter(ctx: CallContext): { name: string; details: Omit<CallDetails, "request"> } {
  const name = ctx.rng.pick(ctx.inv.parameters);
  return {
    name,
    details: {
      resources: [res("AWS::SSM::Parameter", name)],
      deniedResource: parameterArn(ctx.region, name),
    },
  };
}

const AZ_ID_PREFIX: Record<string, string> = {
  "us-east-1": "use1",
  "us-east-2": "use2",
  "us-west-2": "usw2",
  "eu-west-1": "euw1",
  "ap-northeast-1": "apne1",
};

const withParameters = has((i) => i.parameters);
const withInstances = has((i) => i.instances);

/** The SSM agent's heartbeat: what it knows about the instance it runs on. */
export function updateInstanceInformation(ctx: CallContext, instance: Instance): CallDetails {
  return {
    request: {
      instanceId: instance.id,
      agentVersion: "3.3.40.0",
      agentStatus: "Active",
      platformType: "Linux",
      platformName: "Amazon Linux",
      platformVersion: "2023",
      iPAddress: instance.privateIp,
      computerName: `ip-${instance.privateIp.replace(/\./g, "-")}.${ctx.region === "us-east-1" ? "ec2" : `${ctx.region}.compute`}.internal`,
      agentName: "amazon-ssm-agent",
      availabilityZone: `${ctx.region}a`,
      availabilityZoneId: `${AZ_ID_PREFIX[ctx.region]}-az${ctx.rng.range(1, 3)}`,
    },
    resources: [res("AWS::EC2::Instance", instance.id)],
  };
}

const ssm: EventTemplate[] = [
  write(
    "ssm",
    "UpdateInstanceInformation",
    (ctx) => updateInstanceInformation(ctx, ctx.rng.pick(ctx.inv.instances)),
    withInstances,
  ),
  read(
    "ssm",
    "ListInstanceAssociations",
    (ctx) => ({
      request: { instanceId: ctx.rng.pick(ctx.inv.instances).id, maxResults: 50 },
    }),
    withInstances,
  ),
  read(
    "ssm",
    "GetParameter",
    (ctx) => {
      const p = onParameter(ctx);
      return { request: { name: p.name, withDecryption: true }, ...p.details };
    },
    withParameters,
  ),
  read(
    "ssm",
    "GetParameters",
    (ctx) => {
      const p = onParameter(ctx);
      return { request: { names: [p.name], withDecryption: true }, ...p.details };
    },
    withParameters,
  ),
  read(
    "ssm",
    "GetParametersByPath",
    (ctx) => {
      const p = onParameter(ctx);
      return {
        request: {
          path: p.name.slice(0, p.name.lastIndexOf("/")) || "/",
          recursive: true,
          withDecryption: true,
        },
        ...p.details,
      };
    },
    withParameters,
  ),
  read("ssm", "DescribeParameters", () => ({ request: { maxResults: 50 } })),
  read("ssm", "DescribeInstanceInformation", () => ({ request: { maxResults: 50 } })),
  read("ssm", "ListCommands", () => ({ request: { maxResults: 50 } })),
  read("ssm", "ListAssociations", () => ({ request: { maxResults: 50 } })),
  write(
    "ssm",
    "PutParameter",
    (ctx) => {
      const p = onParameter(ctx);
      return {
        request: {
          name: p.name,
          type: "String",
          overwrite: true,
          tier: "Standard",
          value: "HIDDEN_DUE_TO_SECURITY_REASONS",
        },
        response: { version: ctx.rng.range(2, 40), tier: "Standard" },
        ...p.details,
      };
    },
    withParameters,
  ),
  write(
    "ssm",
    "SendCommand",
    (ctx) => {
      const instance = ctx.rng.pick(ctx.inv.instances);
      return {
        request: {
          instanceIds: [instance.id],
          documentName: "AWS-RunPatchBaseline",
          parameters: "HIDDEN_DUE_TO_SECURITY_REASONS",
          interactive: false,
        },
        response: {
          command: {
            commandId: ctx.rng.uuid(),
            documentName: "AWS-RunPatchBaseline",
            instanceIds: [instance.id],
            status: "Pending",
            requestedDateTime: new Date(ctx.time).toISOString(),
          },
        },
        resources: [res("AWS::EC2::Instance", instance.id)],
      };
    },
    withInstances,
  ),
  write(
    "ssm",
    "StartSession",
    (ctx) => {
      const instance = ctx.rng.pick(ctx.inv.instances);
      const sessionId = `${ctx.rng.pick(["alice.nguyen", "bob.martinez", "jordan.lee"])}-${ctx.rng.hex(17)}`;
      return {
        request: { target: instance.id },
        response: {
          sessionId,
          tokenValue: "Value hidden due to security reasons.",
          streamUrl: `wss://ssmmessages.${ctx.region}.amazonaws.com/v1/data-channel/${sessionId}?role=publish_subscribe&cell-number=AAEAAQ`,
        },
        resources: [res("AWS::EC2::Instance", instance.id)],
      };
    },
    withInstances,
  ),
];

function onStack(ctx: CallContext): { stack: string; details: Omit<CallDetails, "request"> } {
  const stack = ctx.rng.pick(ctx.inv.stacks);
  const arn = stackArn(ctx.region, stack);
  return {
    stack,
    details: { resources: [res("AWS::CloudFormation::Stack", arn)], deniedResource: arn },
  };
}

const withStacks = has((i) => i.stacks);

const cloudformation: EventTemplate[] = [
  read(
    "cloudformation",
    "DescribeStacks",
    (ctx) => {
      if (ctx.rng.chance(0.4)) return { request: null };
      const s = onStack(ctx);
      return { request: { stackName: s.stack }, ...s.details };
    },
    withStacks,
  ),
  read("cloudformation", "ListStacks", () => ({
    request: {
      stackStatusFilter: ["CREATE_COMPLETE", "UPDATE_COMPLETE", "UPDATE_ROLLBACK_COMPLETE"],
    },
  })),
  read(
    "cloudformation",
    "DescribeStackEvents",
    (ctx) => {
      const s = onStack(ctx);
      return { request: { stackName: s.stack }, ...s.details };
    },
    withStacks,
  ),
  read(
    "cloudformation",
    "GetTemplate",
    (ctx) => {
      const s = onStack(ctx);
      return { request: { stackName: s.stack, templateStage: "Original" }, ...s.details };
    },
    withStacks,
  ),
  read(
    "cloudformation",
    "ListStackResources",
    (ctx) => {
      const s = onStack(ctx);
      return { request: { stackName: s.stack }, ...s.details };
    },
    withStacks,
  ),
  read(
    "cloudformation",
    "DescribeChangeSet",
    (ctx) => {
      const s = onStack(ctx);
      return {
        request: { stackName: s.stack, changeSetName: `deploy-${ctx.rng.hex(8)}` },
        ...s.details,
      };
    },
    withStacks,
  ),
  read("cloudformation", "ValidateTemplate", () => ({
    request: { templateBody: "HIDDEN_DUE_TO_SECURITY_REASONS" },
  })),
  write(
    "cloudformation",
    "CreateChangeSet",
    (ctx) => {
      const s = onStack(ctx);
      const changeSet = `deploy-${ctx.rng.hex(8)}`;
      return {
        request: {
          stackName: s.stack,
          changeSetName: changeSet,
          changeSetType: "UPDATE",
          capabilities: ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"],
          templateURL: `https://acme-staging-artifacts.s3.amazonaws.com/cfn/${s.stack}/${ctx.rng.hex(12)}.yaml`,
        },
        response: {
          id: `arn:aws:cloudformation:${ctx.region}:${DEMO_ACCOUNT_ID}:changeSet/${changeSet}/${ctx.rng.uuid()}`,
          stackId: s.details.deniedResource,
        },
        ...s.details,
      };
    },
    withStacks,
  ),
  write(
    "cloudformation",
    "ExecuteChangeSet",
    (ctx) => {
      const s = onStack(ctx);
      return {
        request: { stackName: s.stack, changeSetName: `deploy-${ctx.rng.hex(8)}` },
        ...s.details,
      };
    },
    withStacks,
  ),
];

const withRules = has((i) => i.eventRules);
const withMachines = has((i) => i.stateMachines);

const events: EventTemplate[] = [
  read("events", "ListRules", () => ({ request: { limit: 100 } })),
  read(
    "events",
    "DescribeRule",
    (ctx) => {
      const rule = ctx.rng.pick(ctx.inv.eventRules);
      return {
        request: { name: rule },
        resources: [res("AWS::Events::Rule", rule)],
        deniedResource: ruleArn(ctx.region, rule),
      };
    },
    withRules,
  ),
  read(
    "events",
    "ListTargetsByRule",
    (ctx) => ({ request: { rule: ctx.rng.pick(ctx.inv.eventRules) } }),
    withRules,
  ),
  write(
    "events",
    "PutRule",
    (ctx) => {
      const rule = ctx.rng.pick(ctx.inv.eventRules);
      return {
        request: { name: rule, scheduleExpression: "cron(0 6 * * ? *)", state: "ENABLED" },
        response: { ruleArn: ruleArn(ctx.region, rule) },
        resources: [res("AWS::Events::Rule", rule)],
        deniedResource: ruleArn(ctx.region, rule),
      };
    },
    withRules,
  ),
];

const states: EventTemplate[] = [
  read("states", "ListStateMachines", () => ({ request: null })),
  read(
    "states",
    "DescribeStateMachine",
    (ctx) => {
      const arn = stateMachineArn(ctx.region, ctx.rng.pick(ctx.inv.stateMachines));
      return {
        request: { stateMachineArn: arn },
        resources: [res("AWS::StepFunctions::StateMachine", arn)],
        deniedResource: arn,
      };
    },
    withMachines,
  ),
  read(
    "states",
    "ListExecutions",
    (ctx) => ({
      request: {
        stateMachineArn: stateMachineArn(ctx.region, ctx.rng.pick(ctx.inv.stateMachines)),
        statusFilter: "FAILED",
        maxResults: 100,
      },
    }),
    withMachines,
  ),
  write(
    "states",
    "StartExecution",
    (ctx) => {
      const machine = ctx.rng.pick(ctx.inv.stateMachines);
      const arn = stateMachineArn(ctx.region, machine);
      const name = ctx.rng.uuid();
      return {
        request: { stateMachineArn: arn, name, input: "HIDDEN_DUE_TO_SECURITY_REASONS" },
        response: {
          executionArn: `arn:aws:states:${ctx.region}:${DEMO_ACCOUNT_ID}:execution:${machine}:${name}`,
          startDate: new Date(ctx.time).toISOString(),
        },
        resources: [res("AWS::StepFunctions::StateMachine", arn)],
        deniedResource: arn,
      };
    },
    withMachines,
  ),
];

export const OPERATIONS: EventTemplate[] = [
  ...cloudwatch,
  ...logs,
  ...ssm,
  ...cloudformation,
  ...events,
  ...states,
];
