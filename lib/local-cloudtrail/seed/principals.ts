import "server-only";

import { assumedRoleArn, roleArn, userArn } from "./arns";
import { accessKeyId, principalId } from "./ids";

/** Who acts in the demo account: shared by the baseline, the stories and the Insights. */

export interface IamUser {
  userName: string;
  arn: string;
  principalId: string;
  /** The long-term key its CLI or automation signs with; undefined for console-only users. */
  accessKeyId?: string;
}

export interface Role {
  name: string;
  arn: string;
  principalId: string;
}

export function iamUser(userName: string, keyGeneration?: number): IamUser {
  return {
    userName,
    arn: userArn(userName),
    principalId: principalId("AIDA", userName),
    accessKeyId:
      keyGeneration === undefined ? undefined : accessKeyId("AKIA", `${userName}/${keyGeneration}`),
  };
}

export function role(name: string, path = "/"): Role {
  return { name, arn: roleArn(name, path), principalId: principalId("AROA", name) };
}

export const sessionArn = (r: Role, session: string) => assumedRoleArn(r.name, session);

export const USERS = {
  alice: iamUser("alice.nguyen", 1),
  bob: iamUser("bob.martinez", 1),
  jordan: iamUser("jordan.lee", 1),
  kenji: iamUser("kenji.tanaka", 1),
  sofia: iamUser("sofia.rossi", 1),
  priya: iamUser("priya.patel", 1),
  grafana: iamUser("grafana-reader", 1),
  legacyBackup: iamUser("legacy-backup", 1),
} as const;

/** The Jenkins user whose key leaks in the first story, then is rotated. */
export const CI_USER = iamUser("ci-deployer", 1);
export const CI_USER_ROTATED_KEY = accessKeyId("AKIA", "ci-deployer/2");

const SSO_PATH = "/aws-reserved/sso.amazonaws.com/";
const SLR = (service: string) => `/aws-service-role/${service}/`;

export const ROLES = {
  githubDeploy: role("GitHubActionsDeployRole"),
  terraform: role("TerraformApplyRole"),
  datadog: role("DatadogIntegrationRole"),
  orderProcessor: role("order-processor-role"),
  imageResizer: role("image-resizer-role"),
  gdprExport: role("gdpr-export-role"),
  appServer: role("app-server-role"),
  paymentsTask: role("payments-api-task-role"),
  eksNode: role("eks-node-group-role"),
  ssoAdmin: role("AWSReservedSSO_AdministratorAccess_5f3b2a1c9d8e7f60", SSO_PATH),
  ssoPowerUser: role("AWSReservedSSO_PowerUserAccess_a7e4c19b3d205f86", SSO_PATH),
  ssoReadOnly: role("AWSReservedSSO_ReadOnlyAccess_0c9d8e7f6a5b4c3d", SSO_PATH),
  ssoDataScientist: role("AWSReservedSSO_DataScientist_2b61f0e8c4a9d735", SSO_PATH),
  configSlr: role("AWSServiceRoleForConfig", SLR("config.amazonaws.com")),
  autoScalingSlr: role("AWSServiceRoleForAutoScaling", SLR("autoscaling.amazonaws.com")),
  elbSlr: role("AWSServiceRoleForElasticLoadBalancing", SLR("elasticloadbalancing.amazonaws.com")),
  guardDutySlr: role("AWSServiceRoleForAmazonGuardDuty", SLR("guardduty.amazonaws.com")),
  securityHubSlr: role("AWSServiceRoleForSecurityHub", SLR("securityhub.amazonaws.com")),
  ecsSlr: role("AWSServiceRoleForECS", SLR("ecs.amazonaws.com")),
  cfnExecution: role("CloudFormationExecutionRole"),
} as const;

export const GITHUB_OIDC_PROVIDER =
  "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";

/** Company egress addresses (documentation ranges): offices, CI, homes. */
export const IPS = {
  nyOffice: "198.51.100.23",
  jenkins: "198.51.100.40",
  grafana: "198.51.100.41",
  atlantis: "198.51.100.42",
  backupHost: "198.51.100.57",
  tokyoOffice: "203.0.113.25",
  milanOffice: "203.0.113.140",
  berlinHome: "203.0.113.61",
  londonHome: "203.0.113.98",
  aliceHome: "192.0.2.44",
  bobHome: "192.0.2.118",
  jordanHome: "192.0.2.201",
  priyaHome: "192.0.2.87",
  liamHome: "192.0.2.150",
  noahHome: "192.0.2.170",
} as const;

/** NAT gateway addresses the workloads of each region leave through. */
export const NAT_IPS: Readonly<Record<string, readonly string[]>> = {
  "us-east-1": ["44.205.71.18", "44.205.71.19"],
  "us-east-2": ["3.133.82.90"],
  "us-west-2": ["35.160.12.9"],
  "eu-west-1": ["52.49.201.77", "52.49.201.78"],
  "ap-northeast-1": ["13.113.41.8"],
};

export const GITHUB_RUNNER_IPS: readonly string[] = [
  "20.102.43.10",
  "4.175.114.52",
  "52.234.39.40",
  "20.57.79.112",
  "172.183.51.18",
];

export const DATADOG_IPS: readonly string[] = ["3.233.144.97", "3.233.146.212", "3.233.147.33"];
