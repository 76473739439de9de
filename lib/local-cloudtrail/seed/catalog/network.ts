import "server-only";

import { queueArn, queueUrl, topicArn } from "../arns";
import { DEMO_ACCOUNT_ID } from "../constants";
import { DISTRIBUTIONS, HOSTED_ZONES } from "../inventory";
import { has, read, res, write } from "./helpers";
import type { CallContext, CallDetails, EventTemplate } from "./types";

function onTopic(ctx: CallContext, extra?: Record<string, unknown>): CallDetails {
  const arn = topicArn(ctx.region, ctx.rng.pick(ctx.inv.topics));
  return {
    request: { topicArn: arn, ...extra },
    resources: [res("AWS::SNS::Topic", arn)],
    deniedResource: arn,
  };
}

const withTopics = has((i) => i.topics);

const sns: EventTemplate[] = [
  read("sns", "ListTopics", () => ({ request: null })),
  read("sns", "ListSubscriptions", () => ({ request: null })),
  read("sns", "GetTopicAttributes", (ctx) => onTopic(ctx), withTopics),
  read("sns", "ListSubscriptionsByTopic", (ctx) => onTopic(ctx), withTopics),
  read(
    "sns",
    "ListTagsForResource",
    (ctx) => {
      const details = onTopic(ctx);
      return { ...details, request: { resourceArn: details.deniedResource } };
    },
    withTopics,
  ),
  write(
    "sns",
    "SetTopicAttributes",
    (ctx) =>
      onTopic(ctx, {
        attributeName: "DeliveryPolicy",
        attributeValue: '{"http":{"defaultHealthyRetryPolicy":{"numRetries":5}}}',
      }),
    withTopics,
  ),
  write(
    "sns",
    "Subscribe",
    (ctx) => {
      const details = onTopic(ctx, {
        protocol: "email",
        endpoint: ctx.rng.pick(["oncall@acme-corp.example", "platform@acme-corp.example"]),
        returnSubscriptionArn: false,
      });
      return { ...details, response: { subscriptionArn: "pending confirmation" } };
    },
    withTopics,
  ),
];

function onQueue(ctx: CallContext, extra?: Record<string, unknown>): CallDetails {
  const queue = ctx.rng.pick(ctx.inv.queues);
  return {
    request: { queueUrl: queueUrl(ctx.region, queue), ...extra },
    resources: [res("AWS::SQS::Queue", queueUrl(ctx.region, queue))],
    deniedResource: queueArn(ctx.region, queue),
  };
}

const withQueues = has((i) => i.queues);

const sqs: EventTemplate[] = [
  read("sqs", "ListQueues", () => ({ request: null })),
  read("sqs", "GetQueueAttributes", (ctx) => onQueue(ctx, { attributeNames: ["All"] }), withQueues),
  read("sqs", "ListQueueTags", (ctx) => onQueue(ctx), withQueues),
  read(
    "sqs",
    "GetQueueUrl",
    (ctx) => {
      const queue = ctx.rng.pick(ctx.inv.queues);
      return {
        request: { queueName: queue },
        response: null,
        resources: [res("AWS::SQS::Queue", queueUrl(ctx.region, queue))],
      };
    },
    withQueues,
  ),
  write(
    "sqs",
    "SetQueueAttributes",
    (ctx) => onQueue(ctx, { attributes: { VisibilityTimeout: "120" } }),
    withQueues,
  ),
  write(
    "sqs",
    "PurgeQueue",
    (ctx) => {
      const queue = ctx.inv.queues.find((q) => q.endsWith("-dlq")) ?? ctx.rng.pick(ctx.inv.queues);
      return {
        request: { queueUrl: queueUrl(ctx.region, queue) },
        resources: [res("AWS::SQS::Queue", queueUrl(ctx.region, queue))],
      };
    },
    withQueues,
  ),
];

function onZone(ctx: CallContext) {
  return ctx.rng.pick(HOSTED_ZONES);
}

const RECORDS = ["api", "www", "checkout", "status", "grafana.internal"];

const route53: EventTemplate[] = [
  read("route53", "ListHostedZones", () => ({ request: null })),
  read("route53", "GetHostedZone", (ctx) => {
    const zone = onZone(ctx);
    return { request: { id: zone.id }, resources: [res("AWS::Route53::HostedZone", zone.id)] };
  }),
  read("route53", "ListResourceRecordSets", (ctx) => {
    const zone = onZone(ctx);
    return {
      request: { hostedZoneId: zone.id, maxItems: "300" },
      resources: [res("AWS::Route53::HostedZone", zone.id)],
    };
  }),
  read("route53", "ListHealthChecks", () => ({ request: null })),
  read("route53", "GetChange", (ctx) => ({ request: { id: `C${ctx.rng.hex(20).toUpperCase()}` } })),
  write("route53", "ChangeResourceRecordSets", (ctx) => {
    const zone = onZone(ctx);
    const name = `${ctx.rng.pick(RECORDS)}.${zone.name}`;
    return {
      request: {
        hostedZoneId: zone.id,
        changeBatch: {
          changes: [
            {
              action: "UPSERT",
              resourceRecordSet: {
                name,
                type: "CNAME",
                tTL: 300,
                resourceRecords: [
                  {
                    value: `prod-public-alb-${ctx.rng.range(1_000_000, 9_999_999)}.us-east-1.elb.amazonaws.com`,
                  },
                ],
              },
            },
          ],
        },
      },
      response: {
        changeInfo: {
          id: `/change/C${ctx.rng.hex(20).toUpperCase()}`,
          status: "PENDING",
          submittedAt: new Date(ctx.time).toUTCString(),
        },
      },
      resources: [res("AWS::Route53::HostedZone", zone.id)],
      deniedResource: `arn:aws:route53:::hostedzone/${zone.id}`,
    };
  }),
];

const cloudfront: EventTemplate[] = [
  read("cloudfront", "ListDistributions", () => ({ request: null })),
  read("cloudfront", "GetDistribution", (ctx) => {
    const d = ctx.rng.pick(DISTRIBUTIONS);
    return { request: { id: d.id }, resources: [res("AWS::CloudFront::Distribution", d.id)] };
  }),
  read("cloudfront", "GetDistributionConfig", (ctx) => {
    const d = ctx.rng.pick(DISTRIBUTIONS);
    return { request: { id: d.id }, resources: [res("AWS::CloudFront::Distribution", d.id)] };
  }),
  read("cloudfront", "ListInvalidations", (ctx) => ({
    request: { distributionId: ctx.rng.pick(DISTRIBUTIONS).id },
  })),
  write("cloudfront", "CreateInvalidation", (ctx) => {
    const d = ctx.rng.pick(DISTRIBUTIONS);
    const id = `I${ctx.rng.hex(20).toUpperCase()}`;
    return {
      request: {
        distributionId: d.id,
        invalidationBatch: {
          paths: { quantity: 1, items: [ctx.rng.pick(["/*", "/index.html", "/static/*"])] },
          callerReference: `deploy-${ctx.rng.hex(10)}`,
        },
      },
      response: {
        location: `https://cloudfront.amazonaws.com/2020-05-31/distribution/${d.id}/invalidation/${id}`,
        invalidation: { id, status: "InProgress", createTime: new Date(ctx.time).toUTCString() },
      },
      resources: [res("AWS::CloudFront::Distribution", d.id)],
      deniedResource: `arn:aws:cloudfront::${DEMO_ACCOUNT_ID}:distribution/${d.id}`,
    };
  }),
];

const withApis = has((i) => i.restApis);

const apigateway: EventTemplate[] = [
  read("apigateway", "GetRestApis", () => ({ request: { limit: 500 } })),
  read(
    "apigateway",
    "GetStages",
    (ctx) => ({ request: { restApiId: ctx.rng.pick(ctx.inv.restApis).id } }),
    withApis,
  ),
  read(
    "apigateway",
    "GetResources",
    (ctx) => ({ request: { restApiId: ctx.rng.pick(ctx.inv.restApis).id, limit: 500 } }),
    withApis,
  ),
  read(
    "apigateway",
    "GetDeployments",
    (ctx) => ({ request: { restApiId: ctx.rng.pick(ctx.inv.restApis).id } }),
    withApis,
  ),
  write(
    "apigateway",
    "CreateDeployment",
    (ctx) => {
      const api = ctx.rng.pick(ctx.inv.restApis);
      return {
        request: {
          restApiId: api.id,
          stageName: "prod",
          createDeploymentInput: { stageName: "prod" },
        },
        response: { id: ctx.rng.hex(6), createdDate: new Date(ctx.time).toUTCString() },
        resources: [res("AWS::ApiGateway::RestApi", api.id)],
      };
    },
    withApis,
  ),
];

const health: EventTemplate[] = [
  read("health", "DescribeEvents", () => ({
    request: { filter: { eventStatusCodes: ["open", "upcoming"] }, maxResults: 100 },
  })),
  read("health", "DescribeEventAggregates", () => ({
    request: { aggregateField: "eventTypeCategory" },
  })),
];

const ce: EventTemplate[] = [
  read("ce", "GetCostAndUsage", (ctx) => {
    const end = new Date(ctx.time).toISOString().slice(0, 10);
    const start = new Date(ctx.time - 30 * 86_400_000).toISOString().slice(0, 10);
    return {
      request: {
        timePeriod: { start, end },
        granularity: "DAILY",
        metrics: ["UnblendedCost"],
        groupBy: [{ type: "DIMENSION", key: "SERVICE" }],
      },
    };
  }),
  read("ce", "GetCostForecast", (ctx) => {
    const start = new Date(ctx.time).toISOString().slice(0, 10);
    const end = new Date(ctx.time + 30 * 86_400_000).toISOString().slice(0, 10);
    return {
      request: { timePeriod: { start, end }, metric: "UNBLENDED_COST", granularity: "MONTHLY" },
    };
  }),
];

export const NETWORK: EventTemplate[] = [
  ...sns,
  ...sqs,
  ...route53,
  ...cloudfront,
  ...apigateway,
  ...health,
  ...ce,
];
