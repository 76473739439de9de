import "server-only";

import type { UserIdentity } from "../types";
import { DEMO_ACCOUNT_ID as ACCOUNT } from "./constants";
import type { IamUser, Role } from "./principals";
import { sessionArn } from "./principals";

/** userIdentity blocks in the shapes CloudTrail writes for each kind of caller. */

export function iamUserWithKey(user: IamUser, accessKeyId: string): UserIdentity {
  return {
    type: "IAMUser",
    principalId: user.principalId,
    arn: user.arn,
    accountId: ACCOUNT,
    accessKeyId,
    userName: user.userName,
  };
}

/** A console session: temporary ASIA credentials and the session's MFA state. */
export function iamUserConsole(
  user: IamUser,
  sessionKey: string,
  creationDate: string,
  mfa: boolean,
): UserIdentity {
  return {
    type: "IAMUser",
    principalId: user.principalId,
    arn: user.arn,
    accountId: ACCOUNT,
    accessKeyId: sessionKey,
    userName: user.userName,
    sessionContext: {
      sessionIssuer: {},
      webIdFederationData: {},
      attributes: { creationDate, mfaAuthenticated: mfa ? "true" : "false" },
    },
  };
}

/** ConsoleLogin carries no key; a failed one carries an empty one, as AWS writes it. */
export function iamUserSignIn(user: IamUser, failed: boolean): UserIdentity {
  if (failed) {
    return {
      type: "IAMUser",
      principalId: user.principalId,
      accountId: ACCOUNT,
      accessKeyId: "",
      userName: user.userName,
    };
  }
  return {
    type: "IAMUser",
    principalId: user.principalId,
    arn: user.arn,
    accountId: ACCOUNT,
    userName: user.userName,
  };
}

export interface AssumedRoleExtras {
  invokedBy?: string;
  mfa?: boolean;
  webIdFederationData?: Record<string, unknown>;
  ec2RoleDelivery?: boolean;
}

export function assumedRole(
  role: Role,
  session: string,
  sessionKey: string,
  creationDate: string,
  extras: AssumedRoleExtras = {},
): UserIdentity {
  const identity: UserIdentity = {
    type: "AssumedRole",
    principalId: `${role.principalId}:${session}`,
    arn: sessionArn(role, session),
    accountId: ACCOUNT,
    accessKeyId: sessionKey,
    sessionContext: {
      sessionIssuer: {
        type: "Role",
        principalId: role.principalId,
        arn: role.arn,
        accountId: ACCOUNT,
        userName: role.name,
      },
      webIdFederationData: extras.webIdFederationData ?? {},
      attributes: { creationDate, mfaAuthenticated: extras.mfa ? "true" : "false" },
    },
  };
  if (extras.ec2RoleDelivery) {
    // Instance-profile sessions carry ec2RoleDelivery, which the shared type does not list.
    const withDelivery = { ...identity.sessionContext, ec2RoleDelivery: "2.0" };
    identity.sessionContext = withDelivery;
  }
  if (extras.invokedBy) identity.invokedBy = extras.invokedBy;
  return identity;
}

export function rootConsole(sessionKey: string, creationDate: string, mfa: boolean): UserIdentity {
  return {
    type: "Root",
    principalId: ACCOUNT,
    arn: `arn:aws:iam::${ACCOUNT}:root`,
    accountId: ACCOUNT,
    accessKeyId: sessionKey,
    sessionContext: { attributes: { creationDate, mfaAuthenticated: mfa ? "true" : "false" } },
  };
}

export function rootSignIn(): UserIdentity {
  return {
    type: "Root",
    principalId: ACCOUNT,
    arn: `arn:aws:iam::${ACCOUNT}:root`,
    accountId: ACCOUNT,
    accessKeyId: "",
  };
}

export function awsService(invokedBy: string): UserIdentity {
  return { type: "AWSService", invokedBy };
}
