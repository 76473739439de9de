import "server-only";

import {
  ecrRegistry,
  ecrRepoArn,
  ecsClusterArn,
  ecsServiceArn,
  eksClusterArn,
  lambdaArn,
  roleArn,
  taskDefinitionArn,
} from "../arns";
import { DEMO_ACCOUNT_ID } from "../constants";
import { javaDate } from "../time";
import { has, read, res, write } from "./helpers";
import type { CallContext, EventTemplate } from "./types";

const fnRes = (fn: string) => res("AWS::Lambda::Function", fn);

function someFunction(ctx: CallContext) {
  return ctx.rng.pick(ctx.inv.functions);
}

const lambda: EventTemplate[] = [
  read("lambda", "ListFunctions20150331", () => ({ request: { functionVersion: "ALL" } })),
  read(
    "lambda",
    "GetFunction20150331v2",
    (ctx) => {
      const fn = someFunction(ctx);
      return {
        request: { functionName: fn },
        resources: [fnRes(fn)],
        deniedResource: lambdaArn(ctx.region, fn),
      };
    },
    has((i) => i.functions),
  ),
  read(
    "lambda",
    "GetFunctionConfiguration20150331v2",
    (ctx) => {
      const fn = someFunction(ctx);
      return {
        request: { functionName: fn },
        resources: [fnRes(fn)],
        deniedResource: lambdaArn(ctx.region, fn),
      };
    },
    has((i) => i.functions),
  ),
  read("lambda", "ListEventSourceMappings20150331", () => ({ request: null })),
  read(
    "lambda",
    "GetPolicy20150331v2",
    (ctx) => {
      const fn = someFunction(ctx);
      const missing = ctx.rng.chance(0.35);
      return {
        request: { functionName: lambdaArn(ctx.region, fn) },
        resources: [fnRes(fn)],
        deniedResource: lambdaArn(ctx.region, fn),
        ...(missing && {
          error: {
            code: "ResourceNotFoundException",
            message: "The resource you requested does not exist.",
          },
        }),
      };
    },
    has((i) => i.functions),
  ),
  read(
    "lambda",
    "ListTags20170331",
    (ctx) => ({
      request: { resource: lambdaArn(ctx.region, someFunction(ctx)) },
    }),
    has((i) => i.functions),
  ),
  write(
    "lambda",
    "UpdateFunctionCode20150331v2",
    (ctx) => updateFunctionCode(ctx, someFunction(ctx)),
    has((i) => i.functions),
  ),
  write(
    "lambda",
    "UpdateFunctionConfiguration20150331v2",
    (ctx) => {
      const fn = someFunction(ctx);
      return {
        request: {
          functionName: fn,
          timeout: ctx.rng.pick([30, 60, 120]),
          memorySize: ctx.rng.pick([256, 512, 1024]),
        },
        response: {
          functionName: fn,
          functionArn: lambdaArn(ctx.region, fn),
          runtime: "python3.12",
          lastUpdateStatus: "InProgress",
          state: "Active",
        },
        resources: [fnRes(fn)],
        deniedResource: lambdaArn(ctx.region, fn),
      };
    },
    has((i) => i.functions),
  ),
  write(
    "lambda",
    "PublishVersion20150331",
    (ctx) => {
      const fn = someFunction(ctx);
      const version = String(ctx.rng.range(20, 140));
      return {
        request: { functionName: fn },
        response: {
          functionName: fn,
          functionArn: `${lambdaArn(ctx.region, fn)}:${version}`,
          version,
          state: "Active",
        },
        resources: [fnRes(fn)],
        deniedResource: lambdaArn(ctx.region, fn),
      };
    },
    has((i) => i.functions),
  ),
  write(
    "lambda",
    "UpdateAlias20150331",
    (ctx) => {
      const fn = someFunction(ctx);
      return {
        request: {
          functionName: fn,
          name: "live",
          functionVersion: String(ctx.rng.range(20, 140)),
        },
        response: { aliasArn: `${lambdaArn(ctx.region, fn)}:live`, name: "live" },
        resources: [fnRes(fn)],
        deniedResource: lambdaArn(ctx.region, fn),
      };
    },
    has((i) => i.functions),
  ),
];

export function updateFunctionCode(ctx: CallContext, fn: string) {
  return {
    request: {
      functionName: fn,
      publish: false,
      dryRun: false,
      s3Bucket: "acme-staging-artifacts",
      s3Key: `lambda/${fn}/${ctx.rng.hex(12)}.zip`,
    },
    response: {
      functionName: fn,
      functionArn: lambdaArn(ctx.region, fn),
      runtime: "python3.12",
      role: roleArn(`${fn.replace(/-(staging|eu|apne1)$/, "")}-role`),
      handler: "app.handler",
      codeSize: ctx.rng.range(900_000, 4_000_000),
      codeSha256: ctx.rng.hex(43),
      version: "$LATEST",
      lastUpdateStatus: "InProgress",
      state: "Active",
      packageType: "Zip",
      architectures: ["arm64"],
    },
    resources: [res("AWS::Lambda::Function", fn)],
    deniedResource: lambdaArn(ctx.region, fn),
  };
}

function someService(ctx: CallContext) {
  const cluster = ctx.rng.pick(ctx.inv.ecsClusters);
  return { cluster: cluster.name, service: ctx.rng.pick(cluster.services) };
}

const ecs: EventTemplate[] = [
  read(
    "ecs",
    "ListClusters",
    () => ({ request: null }),
    has((i) => i.ecsClusters),
  ),
  read(
    "ecs",
    "DescribeClusters",
    (ctx) => {
      const { cluster } = someService(ctx);
      return {
        request: { clusters: [ecsClusterArn(ctx.region, cluster)], include: ["STATISTICS"] },
      };
    },
    has((i) => i.ecsClusters),
  ),
  read(
    "ecs",
    "ListServices",
    (ctx) => ({
      request: { cluster: someService(ctx).cluster, maxResults: 100 },
    }),
    has((i) => i.ecsClusters),
  ),
  read(
    "ecs",
    "DescribeServices",
    (ctx) => {
      const { cluster, service } = someService(ctx);
      return {
        request: { cluster, services: [service] },
        resources: [res("AWS::ECS::Service", ecsServiceArn(ctx.region, cluster, service))],
      };
    },
    has((i) => i.ecsClusters),
  ),
  read(
    "ecs",
    "ListTasks",
    (ctx) => {
      const { cluster, service } = someService(ctx);
      return { request: { cluster, serviceName: service, desiredStatus: "RUNNING" } };
    },
    has((i) => i.ecsClusters),
  ),
  read(
    "ecs",
    "DescribeTasks",
    (ctx) => ({
      request: { cluster: someService(ctx).cluster, tasks: [ctx.rng.hex(32)] },
    }),
    has((i) => i.ecsClusters),
  ),
  read(
    "ecs",
    "DescribeTaskDefinition",
    (ctx) => ({
      request: { taskDefinition: someService(ctx).service },
    }),
    has((i) => i.ecsClusters),
  ),
  write(
    "ecs",
    "RegisterTaskDefinition",
    (ctx) => registerTaskDefinition(ctx, someService(ctx).service),
    has((i) => i.ecsClusters),
  ),
  write(
    "ecs",
    "UpdateService",
    (ctx) => {
      const { cluster, service } = someService(ctx);
      return updateService(ctx, cluster, service);
    },
    has((i) => i.ecsClusters),
  ),
];

export function registerTaskDefinition(ctx: CallContext, family: string) {
  const revision = ctx.rng.range(120, 480);
  return {
    request: {
      family,
      taskRoleArn: roleArn("payments-api-task-role"),
      executionRoleArn: roleArn("ecsTaskExecutionRole"),
      networkMode: "awsvpc",
      requiresCompatibilities: ["FARGATE"],
      cpu: "512",
      memory: "1024",
      containerDefinitions: [
        {
          name: family,
          image: `${ecrRegistry(ctx.region)}/${family}:${ctx.rng.hex(7)}`,
          essential: true,
        },
      ],
    },
    response: {
      taskDefinition: {
        taskDefinitionArn: taskDefinitionArn(ctx.region, family, revision),
        family,
        revision,
        status: "ACTIVE",
        registeredAt: javaDate(ctx.time),
      },
    },
    resources: [res("AWS::ECS::TaskDefinition", taskDefinitionArn(ctx.region, family, revision))],
  };
}

export function updateService(ctx: CallContext, cluster: string, service: string) {
  const arn = ecsServiceArn(ctx.region, cluster, service);
  return {
    request: {
      cluster,
      service,
      taskDefinition: `${service}:${ctx.rng.range(120, 480)}`,
      forceNewDeployment: false,
    },
    response: {
      service: {
        serviceArn: arn,
        serviceName: service,
        clusterArn: ecsClusterArn(ctx.region, cluster),
        status: "ACTIVE",
        desiredCount: 3,
        launchType: "FARGATE",
        deploymentController: { type: "ECS" },
      },
    },
    resources: [res("AWS::ECS::Service", arn)],
    deniedResource: arn,
  };
}

const eks: EventTemplate[] = [
  read(
    "eks",
    "ListClusters",
    () => ({ request: null }),
    has((i) => i.eksClusters),
  ),
  read(
    "eks",
    "DescribeCluster",
    (ctx) => {
      const cluster = ctx.rng.pick(ctx.inv.eksClusters);
      return {
        request: { name: cluster },
        resources: [res("AWS::EKS::Cluster", cluster)],
        deniedResource: eksClusterArn(ctx.region, cluster),
      };
    },
    has((i) => i.eksClusters),
  ),
  read(
    "eks",
    "ListNodegroups",
    (ctx) => ({ request: { name: ctx.rng.pick(ctx.inv.eksClusters) } }),
    has((i) => i.eksClusters),
  ),
  read(
    "eks",
    "DescribeNodegroup",
    (ctx) => ({
      request: { name: ctx.rng.pick(ctx.inv.eksClusters), nodegroupName: "general-purpose" },
    }),
    has((i) => i.eksClusters),
  ),
  read(
    "eks",
    "ListAddons",
    (ctx) => ({ request: { name: ctx.rng.pick(ctx.inv.eksClusters) } }),
    has((i) => i.eksClusters),
  ),
  write(
    "eks",
    "UpdateNodegroupConfig",
    (ctx) => {
      const cluster = ctx.rng.pick(ctx.inv.eksClusters);
      return {
        request: {
          name: cluster,
          nodegroupName: "general-purpose",
          scalingConfig: { minSize: 3, maxSize: 9, desiredSize: ctx.rng.range(3, 6) },
        },
        response: { update: { id: ctx.rng.uuid(), status: "InProgress", type: "ConfigUpdate" } },
        resources: [res("AWS::EKS::Cluster", cluster)],
        deniedResource: eksClusterArn(ctx.region, cluster),
      };
    },
    has((i) => i.eksClusters),
  ),
];

function someRepo(ctx: CallContext) {
  return ctx.rng.pick(ctx.inv.ecrRepos);
}

const repoRes = (repo: string) => res("AWS::ECR::Repository", repo);

const ecr: EventTemplate[] = [
  read("ecr", "GetAuthorizationToken", () => ({ request: null })),
  read(
    "ecr",
    "DescribeRepositories",
    () => ({ request: null }),
    has((i) => i.ecrRepos),
  ),
  read(
    "ecr",
    "DescribeImages",
    (ctx) => {
      const repo = someRepo(ctx);
      return {
        request: { repositoryName: repo, maxResults: 100 },
        resources: [repoRes(repo)],
        deniedResource: ecrRepoArn(ctx.region, repo),
      };
    },
    has((i) => i.ecrRepos),
  ),
  read(
    "ecr",
    "ListImages",
    (ctx) => {
      const repo = someRepo(ctx);
      return {
        request: { repositoryName: repo, filter: { tagStatus: "TAGGED" } },
        resources: [repoRes(repo)],
      };
    },
    has((i) => i.ecrRepos),
  ),
  read(
    "ecr",
    "BatchGetImage",
    (ctx) => {
      const repo = someRepo(ctx);
      return {
        request: {
          repositoryName: repo,
          imageIds: [{ imageTag: ctx.rng.hex(7) }],
          acceptedMediaTypes: [
            "application/vnd.docker.distribution.manifest.v2+json",
            "application/vnd.oci.image.manifest.v1+json",
          ],
        },
        resources: [repoRes(repo)],
        recordResources: [
          {
            ARN: ecrRepoArn(ctx.region, repo),
            accountId: DEMO_ACCOUNT_ID,
            type: "AWS::ECR::Repository",
          },
        ],
      };
    },
    has((i) => i.ecrRepos),
  ),
  read(
    "ecr",
    "GetDownloadUrlForLayer",
    (ctx) => {
      const repo = someRepo(ctx);
      return {
        request: { repositoryName: repo, layerDigest: `sha256:${ctx.rng.hex(64)}` },
        resources: [repoRes(repo)],
      };
    },
    has((i) => i.ecrRepos),
  ),
  read(
    "ecr",
    "DescribeImageScanFindings",
    (ctx) => {
      const repo = someRepo(ctx);
      return {
        request: { repositoryName: repo, imageId: { imageTag: "latest" } },
        resources: [repoRes(repo)],
      };
    },
    has((i) => i.ecrRepos),
  ),
  write(
    "ecr",
    "InitiateLayerUpload",
    (ctx) => {
      const repo = someRepo(ctx);
      return {
        request: { repositoryName: repo },
        response: { uploadId: ctx.rng.uuid(), partSize: 20971520 },
        resources: [repoRes(repo)],
      };
    },
    has((i) => i.ecrRepos),
  ),
  write(
    "ecr",
    "PutImage",
    (ctx) => {
      const repo = someRepo(ctx);
      const tag = ctx.rng.hex(7);
      return {
        request: { repositoryName: repo, imageTag: tag, imageManifest: "<sensitiveDataRemoved>" },
        response: {
          image: {
            registryId: DEMO_ACCOUNT_ID,
            repositoryName: repo,
            imageId: { imageDigest: `sha256:${ctx.rng.hex(64)}`, imageTag: tag },
          },
        },
        resources: [repoRes(repo)],
        deniedResource: ecrRepoArn(ctx.region, repo),
      };
    },
    has((i) => i.ecrRepos),
  ),
];

export const CONTAINERS: EventTemplate[] = [...lambda, ...ecs, ...eks, ...ecr];
