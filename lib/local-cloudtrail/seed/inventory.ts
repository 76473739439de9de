import "server-only";

import { DEMO_ACCOUNT_ID } from "./constants";
import { stableHex, stableUuid } from "./ids";

/** The demo account's long-lived resources, per region: what its callers describe and change. */

export interface Instance {
  id: string;
  name: string;
  type: string;
  ami: string;
  subnet: string;
  privateIp: string;
  volume: string;
}

export interface Named {
  id: string;
  name: string;
}

export interface RegionInventory {
  region: string;
  vpcId: string;
  subnets: string[];
  securityGroups: Named[];
  instances: Instance[];
  snapshots: string[];
  amis: string[];
  buckets: string[];
  kmsKeys: Named[];
  functions: string[];
  dbInstances: string[];
  dbClusters: string[];
  tables: string[];
  ecsClusters: { name: string; services: string[] }[];
  eksClusters: string[];
  ecrRepos: string[];
  queues: string[];
  topics: string[];
  logGroups: string[];
  secrets: string[];
  parameters: string[];
  loadBalancers: string[];
  targetGroups: string[];
  autoScalingGroups: string[];
  stacks: string[];
  restApis: Named[];
  glueDatabases: { name: string; tables: string[] }[];
  workGroups: string[];
  stateMachines: string[];
  eventRules: string[];
  certificates: Named[];
  alarms: string[];
  guardDutyDetector: string;
}

interface RegionSpec {
  instances: [name: string, type: string][];
  securityGroups: string[];
  buckets: string[];
  kmsAliases: string[];
  functions: string[];
  dbInstances: string[];
  dbClusters: string[];
  tables: string[];
  ecsClusters: { name: string; services: string[] }[];
  eksClusters: string[];
  ecrRepos: string[];
  queues: string[];
  topics: string[];
  logGroups: string[];
  secrets: string[];
  parameters: string[];
  loadBalancers: string[];
  targetGroups: string[];
  autoScalingGroups: string[];
  stacks: string[];
  restApis: string[];
  glueDatabases: { name: string; tables: string[] }[];
  workGroups: string[];
  stateMachines: string[];
  eventRules: string[];
  certificates: string[];
  alarms: string[];
}

const NONE: never[] = [];

const SPECS: Record<string, RegionSpec> = {
  "us-east-1": {
    instances: [
      ["bastion-prod", "t3.micro"],
      ["app-prod-1", "m6i.large"],
      ["app-prod-2", "m6i.large"],
      ["app-prod-3", "m6i.large"],
      ["worker-prod-1", "c6i.xlarge"],
      ["worker-prod-2", "c6i.xlarge"],
    ],
    securityGroups: [
      "default",
      "bastion-ssh",
      "prod-alb-sg",
      "prod-app-sg",
      "prod-db-sg",
      "prod-worker-sg",
    ],
    buckets: [
      "acme-prod-assets",
      "acme-prod-app-logs",
      "acme-prod-backups",
      "acme-web-static",
      `acme-terraform-state-${DEMO_ACCOUNT_ID}`,
      `acme-cloudtrail-logs-${DEMO_ACCOUNT_ID}`,
    ],
    kmsAliases: ["alias/prod-data", "alias/cloudtrail", "alias/secrets", "alias/backups"],
    functions: [
      "order-processor",
      "image-resizer",
      "slack-notifier",
      "cost-report",
      "guardduty-to-slack",
    ],
    dbInstances: ["prod-aurora-instance-1", "prod-aurora-instance-2"],
    dbClusters: ["prod-aurora-cluster"],
    tables: ["orders", "sessions", "feature-flags", "terraform-locks"],
    ecsClusters: [
      { name: "prod-cluster", services: ["payments-api", "checkout-web", "notifications-worker"] },
    ],
    eksClusters: NONE,
    ecrRepos: ["payments-api", "checkout-web", "notifications-worker", "base-images"],
    queues: ["order-events", "order-events-dlq", "email-outbound"],
    topics: ["ops-alerts", "order-notifications", "guardduty-findings"],
    logGroups: [
      "/aws/lambda/order-processor",
      "/aws/lambda/image-resizer",
      "/ecs/payments-api",
      "/ecs/checkout-web",
      "/aws/rds/cluster/prod-aurora-cluster/postgresql",
      "aws-cloudtrail-logs-management-events",
    ],
    secrets: [
      "prod/payments/db-credentials",
      "prod/stripe/api-key",
      "prod/checkout/session-secret",
      "prod/datadog/api-key",
    ],
    parameters: [
      "/prod/payments/feature-flags",
      "/prod/checkout/api-url",
      "/prod/common/log-level",
      "/prod/order-processor/batch-size",
    ],
    loadBalancers: ["prod-public-alb", "prod-internal-alb"],
    targetGroups: ["payments-api-tg", "checkout-web-tg"],
    autoScalingGroups: ["prod-app-asg", "prod-worker-asg"],
    stacks: [
      "prod-network",
      "prod-payments-api",
      "prod-checkout-web",
      "datadog-integration",
      "security-baseline",
    ],
    restApis: ["public-api"],
    glueDatabases: NONE,
    workGroups: ["primary"],
    stateMachines: ["order-fulfillment"],
    eventRules: ["nightly-cost-report", "guardduty-findings-to-sns", "ecs-task-state-change"],
    certificates: ["*.acme-corp.example", "api.acme-corp.example"],
    alarms: [
      "prod-alb-5xx",
      "prod-aurora-cpu-high",
      "payments-api-latency-p99",
      "order-events-dlq-not-empty",
    ],
  },
  "us-east-2": {
    instances: [
      ["airflow-scheduler", "m6i.large"],
      ["airflow-worker-1", "r6i.xlarge"],
    ],
    securityGroups: ["default", "airflow-sg"],
    buckets: [
      "acme-data-lake-raw",
      "acme-data-lake-curated",
      "acme-athena-results-us-east-2",
      "acme-dr-backups",
    ],
    kmsAliases: ["alias/data-lake"],
    functions: ["glue-trigger"],
    dbInstances: ["analytics-postgres"],
    dbClusters: NONE,
    tables: ["etl-checkpoints"],
    ecsClusters: NONE,
    eksClusters: NONE,
    ecrRepos: NONE,
    queues: ["etl-jobs"],
    topics: ["etl-alerts"],
    logGroups: ["/aws-glue/jobs/output", "/aws-glue/crawlers", "/aws/lambda/glue-trigger"],
    secrets: ["data/airflow/db-credentials"],
    parameters: ["/data/airflow/dag-bucket"],
    loadBalancers: NONE,
    targetGroups: NONE,
    autoScalingGroups: NONE,
    stacks: ["data-lake", "airflow"],
    restApis: NONE,
    glueDatabases: [
      { name: "raw_events", tables: ["clickstream", "orders", "payments"] },
      { name: "curated", tables: ["daily_revenue", "customer_ltv", "churn_features"] },
    ],
    workGroups: ["primary", "analytics", "finance"],
    stateMachines: NONE,
    eventRules: ["nightly-etl"],
    certificates: NONE,
    alarms: ["etl-job-failures"],
  },
  "us-west-2": {
    instances: [
      ["staging-app-1", "t3.large"],
      ["staging-app-2", "t3.large"],
      ["dev-sandbox", "t3.xlarge"],
    ],
    securityGroups: ["default", "staging-alb-sg", "staging-app-sg", "dev-sandbox-sg"],
    buckets: ["acme-staging-artifacts", "acme-staging-assets"],
    kmsAliases: ["alias/staging"],
    functions: ["order-processor-staging", "image-resizer-staging"],
    dbInstances: ["staging-postgres"],
    dbClusters: NONE,
    tables: ["orders-staging"],
    ecsClusters: [{ name: "staging-cluster", services: ["payments-api", "checkout-web"] }],
    eksClusters: NONE,
    ecrRepos: NONE,
    queues: ["order-events-staging"],
    topics: ["staging-alerts"],
    logGroups: ["/aws/lambda/order-processor-staging", "/ecs/staging/payments-api"],
    secrets: ["staging/payments/db-credentials"],
    parameters: ["/staging/payments/feature-flags", "/staging/common/log-level"],
    loadBalancers: ["staging-alb"],
    targetGroups: ["staging-payments-api-tg"],
    autoScalingGroups: ["staging-app-asg"],
    stacks: ["staging-network", "staging-payments-api"],
    restApis: ["public-api-staging"],
    glueDatabases: NONE,
    workGroups: ["primary"],
    stateMachines: NONE,
    eventRules: NONE,
    certificates: ["*.staging.acme-corp.example"],
    alarms: ["staging-alb-5xx"],
  },
  "eu-west-1": {
    instances: [
      ["eu-prod-eks-node-a", "m6i.xlarge"],
      ["eu-prod-eks-node-b", "m6i.xlarge"],
      ["eu-prod-eks-node-c", "m6i.xlarge"],
    ],
    securityGroups: ["default", "eks-cluster-sg-eu-prod-eks", "eu-prod-db-sg"],
    buckets: [
      "acme-eu-customer-exports",
      `acme-eu-cloudtrail-data-${DEMO_ACCOUNT_ID}`,
      "acme-eu-prod-assets",
    ],
    kmsAliases: ["alias/eu-prod-data"],
    functions: ["gdpr-export", "order-processor-eu"],
    dbInstances: ["eu-prod-postgres"],
    dbClusters: NONE,
    tables: ["orders-eu", "sessions-eu"],
    ecsClusters: NONE,
    eksClusters: ["eu-prod-eks"],
    ecrRepos: ["payments-api"],
    queues: ["order-events-eu"],
    topics: ["eu-ops-alerts"],
    logGroups: ["/aws/eks/eu-prod-eks/cluster", "/aws/lambda/gdpr-export"],
    secrets: ["eu-prod/payments/db-credentials"],
    parameters: ["/eu-prod/payments/feature-flags"],
    loadBalancers: ["eu-prod-alb"],
    targetGroups: ["eu-payments-api-tg"],
    autoScalingGroups: ["eks-eu-prod-nodes"],
    stacks: ["eu-prod-network", "eksctl-eu-prod-eks-cluster"],
    restApis: NONE,
    glueDatabases: NONE,
    workGroups: ["primary"],
    stateMachines: NONE,
    eventRules: ["gdpr-export-schedule"],
    certificates: ["*.eu.acme-corp.example"],
    alarms: ["eu-prod-alb-5xx", "eu-prod-postgres-cpu-high"],
  },
  "ap-northeast-1": {
    instances: [
      ["tokyo-app-1", "m6i.large"],
      ["tokyo-app-2", "m6i.large"],
    ],
    securityGroups: ["default", "apne1-alb-sg", "apne1-app-sg"],
    buckets: ["acme-tokyo-media"],
    kmsAliases: ["alias/apne1-data"],
    functions: ["image-resizer-apne1"],
    dbInstances: NONE,
    dbClusters: NONE,
    tables: ["sessions-apne1"],
    ecsClusters: NONE,
    eksClusters: NONE,
    ecrRepos: NONE,
    queues: NONE,
    topics: ["apne1-alerts"],
    logGroups: ["/aws/lambda/image-resizer-apne1"],
    secrets: ["apne1/app/api-key"],
    parameters: ["/apne1/app/config"],
    loadBalancers: ["apne1-alb"],
    targetGroups: ["apne1-app-tg"],
    autoScalingGroups: ["apne1-app-asg"],
    stacks: ["apne1-network"],
    restApis: NONE,
    glueDatabases: NONE,
    workGroups: ["primary"],
    stateMachines: NONE,
    eventRules: NONE,
    certificates: ["*.jp.acme-corp.example"],
    alarms: ["apne1-alb-5xx"],
  },
};

function buildRegion(region: string, spec: RegionSpec): RegionInventory {
  const subnets = ["a", "b", "c"].map((az) => `subnet-0${stableHex(`${region}/subnet/${az}`, 16)}`);
  return {
    region,
    vpcId: `vpc-0${stableHex(`${region}/vpc`, 16)}`,
    subnets,
    securityGroups: spec.securityGroups.map((name) => ({
      id: `sg-0${stableHex(`${region}/sg/${name}`, 16)}`,
      name,
    })),
    instances: spec.instances.map(([name, type], i) => ({
      id: `i-0${stableHex(`${region}/instance/${name}`, 16)}`,
      name,
      type,
      ami: `ami-0${stableHex(`${region}/ami/${i % 2}`, 16)}`,
      subnet: subnets[i % subnets.length],
      privateIp: `10.${20 + (hashByte(region) % 20)}.${(i % 3) * 16 + 1}.${10 + i * 7}`,
      volume: `vol-0${stableHex(`${region}/volume/${name}`, 16)}`,
    })),
    snapshots: spec.instances.map(
      ([name]) => `snap-0${stableHex(`${region}/snapshot/${name}`, 16)}`,
    ),
    amis: [0, 1].map((i) => `ami-0${stableHex(`${region}/ami/${i}`, 16)}`),
    buckets: spec.buckets,
    kmsKeys: spec.kmsAliases.map((alias) => ({
      id: stableUuid(`${region}/kms/${alias}`),
      name: alias,
    })),
    functions: spec.functions,
    dbInstances: spec.dbInstances,
    dbClusters: spec.dbClusters,
    tables: spec.tables,
    ecsClusters: spec.ecsClusters,
    eksClusters: spec.eksClusters,
    ecrRepos: spec.ecrRepos,
    queues: spec.queues,
    topics: spec.topics,
    logGroups: spec.logGroups,
    secrets: spec.secrets,
    parameters: spec.parameters,
    loadBalancers: spec.loadBalancers,
    targetGroups: spec.targetGroups,
    autoScalingGroups: spec.autoScalingGroups,
    stacks: spec.stacks,
    restApis: spec.restApis.map((name) => ({ id: lowerAlnum(`${region}/api/${name}`, 10), name })),
    glueDatabases: spec.glueDatabases,
    workGroups: spec.workGroups,
    stateMachines: spec.stateMachines,
    eventRules: spec.eventRules,
    certificates: spec.certificates.map((domain) => ({
      id: stableUuid(`${region}/acm/${domain}`),
      name: domain,
    })),
    alarms: spec.alarms,
    guardDutyDetector: stableHex(`${region}/guardduty`, 32),
  };
}

function hashByte(text: string): number {
  return parseInt(stableHex(text, 2), 16);
}

function lowerAlnum(name: string, length: number): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  const hex = stableHex(name, length * 2);
  let out = "";
  for (let i = 0; i < length; i++)
    out += alphabet[parseInt(hex.slice(i * 2, i * 2 + 2), 16) % alphabet.length];
  return out;
}

export const INVENTORY: Readonly<Record<string, RegionInventory>> = Object.fromEntries(
  Object.entries(SPECS).map(([region, spec]) => [region, buildRegion(region, spec)]),
);

export function inventory(region: string): RegionInventory {
  return INVENTORY[region];
}

/** IAM is global: users, roles and policies the account's callers read and change. */
export const IAM_USERS = [
  "alice.nguyen",
  "bob.martinez",
  "jordan.lee",
  "kenji.tanaka",
  "sofia.rossi",
  "priya.patel",
  "ci-deployer",
  "grafana-reader",
  "legacy-backup",
] as const;

export const IAM_ROLES = [
  "GitHubActionsDeployRole",
  "TerraformApplyRole",
  "DatadogIntegrationRole",
  "order-processor-role",
  "image-resizer-role",
  "gdpr-export-role",
  "app-server-role",
  "payments-api-task-role",
  "eks-node-group-role",
  "CloudTrailCloudWatchLogsRole",
  "OrganizationAccountAccessRole",
  "BreakGlassAdmin",
] as const;

export const IAM_GROUPS = ["platform-admins", "developers", "security", "data-engineers"] as const;

export const CUSTOMER_POLICIES = [
  "ci-deployer-policy",
  "DeveloperBoundary",
  "DataLakeReadWrite",
  "PaymentsApiSecretsRead",
  "GitHubActionsDeploy",
] as const;

export const HOSTED_ZONES: readonly Named[] = [
  { id: "Z0" + stableHex("zone/acme-corp.example", 18).toUpperCase(), name: "acme-corp.example." },
  {
    id: "Z0" + stableHex("zone/internal.acme-corp.example", 18).toUpperCase(),
    name: "internal.acme-corp.example.",
  },
];

export const DISTRIBUTIONS: readonly Named[] = [
  { id: "E" + stableHex("cf/www", 13).toUpperCase(), name: "www.acme-corp.example" },
  { id: "E" + stableHex("cf/media", 13).toUpperCase(), name: "media.acme-corp.example" },
];

export const MEMBER_ACCOUNTS: readonly Named[] = [
  { id: "210987654321", name: "acme-staging" },
  { id: "345678901234", name: "acme-security" },
  { id: "456789012345", name: "acme-sandbox" },
];
