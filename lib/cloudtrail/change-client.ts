import "server-only";

import { CloudTrailClient } from "@aws-sdk/client-cloudtrail";
import { fromTemporaryCredentials } from "@aws-sdk/credential-providers";
import type { AwsCredentialIdentityProvider } from "@smithy/types";

import type { SessionUser } from "@/lib/auth/session-user";
import { getEnv } from "@/lib/env";

const holder = globalThis as typeof globalThis & {
  __trailscopeChangeClients?: Map<string, CloudTrailClient>;
};
const MAX_CLIENTS = 200;

/**
 * In aws mode with TRAILSCOPE_CHANGE_ROLE_ARN set, a change is made under that role, assumed
 * for the person making it: their name is the role session name and the SourceIdentity, so
 * CloudTrail's own record of the change (userIdentity.arn, sourceIdentity) names them, not
 * the dashboard. Undefined otherwise: the change runs with the dashboard's credentials.
 */
export function getChangeClient(region: string, user: SessionUser): CloudTrailClient | undefined {
  const { mode, changeRoleArn } = getEnv();
  if (mode !== "aws" || !changeRoleArn) return undefined;
  holder.__trailscopeChangeClients ??= new Map();
  const clients = holder.__trailscopeChangeClients;
  const key = `${user.subject}\n${region}`;
  let client = clients.get(key);
  if (!client) {
    if (clients.size >= MAX_CLIENTS) clients.clear();
    client = new CloudTrailClient({
      region,
      maxAttempts: 1,
      credentials: changeCredentials(changeRoleArn, user, region),
    });
    clients.set(key, client);
  }
  return client;
}

/** The role's temporary credentials for one person (the SDK refreshes them before they expire). */
export function changeCredentials(
  roleArn: string,
  user: SessionUser,
  region: string,
  overrides: Partial<Parameters<typeof fromTemporaryCredentials>[0]> = {},
): AwsCredentialIdentityProvider {
  const name = stsName(user.name);
  return fromTemporaryCredentials({
    params: { RoleArn: roleArn, RoleSessionName: name, SourceIdentity: name, DurationSeconds: 900 },
    clientConfig: { region },
    ...overrides,
  });
}

/**
 * STS allows 2-64 characters of letters, digits and `+=,.@-` in a role session name and a
 * SourceIdentity; anything else in a person's name becomes `-`.
 */
export function stsName(name: string): string {
  const cleaned = name.replace(/[^\w+=,.@-]/g, "-").slice(0, 64);
  return cleaned.length >= 2 ? cleaned : `${cleaned}--`.slice(0, 2);
}
