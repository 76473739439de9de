import "server-only";

import { DEMO_REGIONS } from "../constants";
import { inventory } from "../inventory";
import { DATADOG_IPS, IPS, NAT_IPS, ROLES, type Role, USERS } from "../principals";
import { traffic } from "../rhythm";
import { SDK } from "../user-agents";
import type { ActivitySpec } from "./activities";
import { type Agent, automation, constantRate, roleSession, userKey } from "./automation";
import type { Actor, HourContext } from "./types";

const natAgent = (userAgent: string): Agent => ({
  ip: (h: HourContext, region: string) => h.rng.pick(NAT_IPS[region]),
  userAgent,
  tls: "tls13",
});

const datadog = automation({
  name: "datadog",
  regions: DEMO_REGIONS,
  rate: constantRate(0.35),
  every: { "us-east-1": 20 },
  caller: roleSession(
    { role: ROLES.datadog, session: "DatadogAWSIntegration" },
    { ip: (h) => h.rng.pick(DATADOG_IPS), userAgent: SDK.goDatadog, tls: "tls12" },
  ),
  activities: [
    ["monitoring:GetMetricData", 30],
    ["monitoring:ListMetrics", 8],
    ["monitoring:DescribeAlarms", 3],
    ["ec2:DescribeInstances", 6],
    ["ec2:DescribeVolumes", 2],
    ["ec2:DescribeInstanceStatus", 2],
    ["rds:DescribeDBInstances", 2],
    ["elasticloadbalancing:DescribeLoadBalancers", 2],
    ["elasticloadbalancing:DescribeTags", 1],
    ["lambda:ListFunctions20150331", 2],
    ["lambda:ListTags20170331", 1],
    ["dynamodb:ListTables", 1],
    ["dynamodb:DescribeTable", 1],
    ["sqs:ListQueues", 1],
    ["sqs:GetQueueAttributes", 1],
    ["autoscaling:DescribeAutoScalingGroups", 1],
    ["ecs:ListClusters", 1],
    ["ecs:DescribeClusters", 1],
    ["cloudfront:ListDistributions", 0.3],
    ["health:DescribeEvents", 0.3],
  ],
  failures: { denied: 0.004, throttled: 0.012, invalid: 0 },
});

interface FunctionSpec {
  fn: string;
  region: string;
  role: Role;
  userAgent: string;
  base: number;
  activities: ActivitySpec;
}

const LAMBDA_CORE: ActivitySpec = [
  ["kms:Decrypt", 4],
  ["secretsmanager:GetSecretValue", 3],
  ["ssm:GetParameter", 2],
  ["logs:CreateLogStream", 2],
  ["sqs:GetQueueUrl", 1],
];

const FUNCTIONS: readonly FunctionSpec[] = [
  {
    fn: "order-processor",
    region: "us-east-1",
    role: ROLES.orderProcessor,
    userAgent: SDK.boto3Lambda,
    base: 1.2,
    activities: LAMBDA_CORE,
  },
  {
    fn: "order-processor-eu",
    region: "eu-west-1",
    role: ROLES.orderProcessor,
    userAgent: SDK.boto3Lambda,
    base: 0.8,
    activities: LAMBDA_CORE,
  },
  {
    fn: "order-processor-staging",
    region: "us-west-2",
    role: ROLES.orderProcessor,
    userAgent: SDK.boto3Lambda,
    base: 0.4,
    activities: [
      ["ssm:GetParameters", 3],
      ["kms:Decrypt", 2],
      ["logs:CreateLogStream", 1],
    ],
  },
  {
    fn: "image-resizer",
    region: "us-east-1",
    role: ROLES.imageResizer,
    userAgent: SDK.nodeLambda,
    base: 0.5,
    activities: [
      ["kms:GenerateDataKey", 3],
      ["kms:Decrypt", 2],
      ["logs:CreateLogStream", 2],
    ],
  },
  {
    fn: "image-resizer-apne1",
    region: "ap-northeast-1",
    role: ROLES.imageResizer,
    userAgent: SDK.nodeLambda,
    base: 0.5,
    activities: [
      ["kms:GenerateDataKey", 3],
      ["kms:Decrypt", 2],
      ["logs:CreateLogStream", 2],
    ],
  },
  {
    fn: "gdpr-export",
    region: "eu-west-1",
    role: ROLES.gdprExport,
    userAgent: SDK.boto3Lambda,
    base: 0.25,
    activities: [
      ["secretsmanager:GetSecretValue", 3],
      ["kms:GenerateDataKey", 2],
      ["logs:CreateLogStream", 1],
    ],
  },
];

const lambdas: Actor[] = FUNCTIONS.map((f) =>
  automation({
    name: `lambda/${f.fn}`,
    regions: [f.region],
    rate: (region, time) => f.base * traffic(time, region),
    caller: roleSession(
      { role: f.role, session: f.fn, assumedBy: "lambda.amazonaws.com" },
      natAgent(f.userAgent),
      3,
    ),
    activities: f.activities,
    failures: { denied: 0.002, throttled: 0.004, invalid: 0 },
  }),
);

const paymentsTasks = automation({
  name: "ecs/payments-api",
  regions: ["us-east-1"],
  rate: (region, time) => 0.8 * traffic(time, region),
  caller: roleSession(
    {
      role: ROLES.paymentsTask,
      session: (rng) => rng.hex(32),
      assumedBy: "ecs-tasks.amazonaws.com",
    },
    natAgent(SDK.javaEcs),
    6,
  ),
  activities: [
    ["secretsmanager:GetSecretValue", 3],
    ["kms:Decrypt", 3],
    ["ssm:GetParameters", 1],
  ],
  failures: { denied: 0.001, throttled: 0.003, invalid: 0 },
});

const euNodes = inventory("eu-west-1").instances;

const eksNodes = automation({
  name: "eks/eu-prod-eks-nodes",
  regions: ["eu-west-1"],
  rate: (region, time) => 1.2 * traffic(time, region),
  caller: roleSession(
    {
      role: ROLES.eksNode,
      session: (rng) => rng.pick(euNodes).id,
      assumedBy: "ec2.amazonaws.com",
      extras: { ec2RoleDelivery: true },
    },
    natAgent(SDK.goEks),
    6,
  ),
  activities: [
    ["ecr:GetAuthorizationToken", 3],
    ["ecr:BatchGetImage", 2],
    ["ecr:GetDownloadUrlForLayer", 2],
    ["ec2:DescribeInstances", 2],
    ["ec2:DescribeNetworkInterfaces", 2],
    ["autoscaling:DescribeAutoScalingGroups", 2],
    ["eks:DescribeCluster", 1],
  ],
  failures: { denied: 0, throttled: 0.01, invalid: 0 },
});

const grafana = automation({
  name: "grafana-reader",
  regions: ["us-east-1", "eu-west-1"],
  rate: (region, time) => 0.5 * traffic(time, region),
  caller: userKey(USERS.grafana, () => USERS.grafana.accessKeyId ?? null, {
    ip: () => IPS.grafana,
    userAgent: SDK.grafana,
    tls: "tls13",
  }),
  activities: [
    ["monitoring:GetMetricData", 6],
    ["monitoring:ListMetrics", 2],
    ["monitoring:DescribeAlarms", 1],
    ["logs:StartQuery", 1],
    ["logs:GetQueryResults", 2],
    ["logs:DescribeLogGroups", 1],
  ],
  failures: { denied: 0, throttled: 0.01, invalid: 0.005 },
});

export const WORKLOADS: readonly Actor[] = [datadog, ...lambdas, paymentsTasks, eksNodes, grafana];
