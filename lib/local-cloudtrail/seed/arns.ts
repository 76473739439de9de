import "server-only";

import { DEMO_ACCOUNT_ID as ACCOUNT } from "./constants";
import { stableHex } from "./ids";

export const userArn = (name: string) => `arn:aws:iam::${ACCOUNT}:user/${name}`;
export const roleArn = (name: string, path = "/") => `arn:aws:iam::${ACCOUNT}:role${path}${name}`;
export const policyArn = (name: string) => `arn:aws:iam::${ACCOUNT}:policy/${name}`;
export const awsPolicyArn = (name: string) => `arn:aws:iam::aws:policy/${name}`;
export const assumedRoleArn = (role: string, session: string) =>
  `arn:aws:sts::${ACCOUNT}:assumed-role/${role}/${session}`;
export const bucketArn = (bucket: string) => `arn:aws:s3:::${bucket}`;
export const instanceArn = (region: string, id: string) =>
  `arn:aws:ec2:${region}:${ACCOUNT}:instance/${id}`;
export const kmsKeyArn = (region: string, id: string) =>
  `arn:aws:kms:${region}:${ACCOUNT}:key/${id}`;
export const lambdaArn = (region: string, fn: string) =>
  `arn:aws:lambda:${region}:${ACCOUNT}:function:${fn}`;
export const tableArn = (region: string, table: string) =>
  `arn:aws:dynamodb:${region}:${ACCOUNT}:table/${table}`;
export const topicArn = (region: string, topic: string) =>
  `arn:aws:sns:${region}:${ACCOUNT}:${topic}`;
export const queueUrl = (region: string, queue: string) =>
  `https://sqs.${region}.amazonaws.com/${ACCOUNT}/${queue}`;
export const queueArn = (region: string, queue: string) =>
  `arn:aws:sqs:${region}:${ACCOUNT}:${queue}`;
export const logGroupArn = (region: string, group: string) =>
  `arn:aws:logs:${region}:${ACCOUNT}:log-group:${group}:*`;
export const trailArn = (region: string, name: string) =>
  `arn:aws:cloudtrail:${region}:${ACCOUNT}:trail/${name}`;
export const dbArn = (region: string, db: string) => `arn:aws:rds:${region}:${ACCOUNT}:db:${db}`;
export const dbClusterArn = (region: string, c: string) =>
  `arn:aws:rds:${region}:${ACCOUNT}:cluster:${c}`;
export const ecsClusterArn = (region: string, c: string) =>
  `arn:aws:ecs:${region}:${ACCOUNT}:cluster/${c}`;
export const ecsServiceArn = (region: string, c: string, s: string) =>
  `arn:aws:ecs:${region}:${ACCOUNT}:service/${c}/${s}`;
export const taskDefinitionArn = (region: string, family: string, revision: number) =>
  `arn:aws:ecs:${region}:${ACCOUNT}:task-definition/${family}:${revision}`;
export const eksClusterArn = (region: string, c: string) =>
  `arn:aws:eks:${region}:${ACCOUNT}:cluster/${c}`;
export const ecrRepoArn = (region: string, repo: string) =>
  `arn:aws:ecr:${region}:${ACCOUNT}:repository/${repo}`;
export const ecrRegistry = (region: string) => `${ACCOUNT}.dkr.ecr.${region}.amazonaws.com`;
export const stackArn = (region: string, stack: string) =>
  `arn:aws:cloudformation:${region}:${ACCOUNT}:stack/${stack}/${stableUuidLike(`${region}/stack/${stack}`)}`;
export const certificateArn = (region: string, id: string) =>
  `arn:aws:acm:${region}:${ACCOUNT}:certificate/${id}`;
export const stateMachineArn = (region: string, sm: string) =>
  `arn:aws:states:${region}:${ACCOUNT}:stateMachine:${sm}`;
export const alarmArn = (region: string, alarm: string) =>
  `arn:aws:cloudwatch:${region}:${ACCOUNT}:alarm:${alarm}`;
export const ruleArn = (region: string, rule: string) =>
  `arn:aws:events:${region}:${ACCOUNT}:rule/${rule}`;
export const parameterArn = (region: string, name: string) =>
  `arn:aws:ssm:${region}:${ACCOUNT}:parameter${name}`;
export const loadBalancerArn = (region: string, lb: string) =>
  `arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:loadbalancer/app/${lb}/${stableHex(`${region}/lb/${lb}`, 16)}`;
export const targetGroupArn = (region: string, tg: string) =>
  `arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:targetgroup/${tg}/${stableHex(`${region}/tg/${tg}`, 16)}`;
export const autoScalingGroupArn = (region: string, asg: string) =>
  `arn:aws:autoscaling:${region}:${ACCOUNT}:autoScalingGroup:${stableUuidLike(`${region}/asg/${asg}`)}:autoScalingGroupName/${asg}`;
export const detectorArn = (region: string, id: string) =>
  `arn:aws:guardduty:${region}:${ACCOUNT}:detector/${id}`;

/** Secrets Manager appends six random characters to a secret's name in its ARN. */
export const secretArn = (region: string, name: string) =>
  `arn:aws:secretsmanager:${region}:${ACCOUNT}:secret:${name}-${secretSuffix(name)}`;

function secretSuffix(name: string): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const hex = stableHex(`secret/${name}`, 12);
  let out = "";
  for (let i = 0; i < 6; i++)
    out += alphabet[parseInt(hex.slice(i * 2, i * 2 + 2), 16) % alphabet.length];
  return out;
}

function stableUuidLike(name: string): string {
  const h = stableHex(name, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
