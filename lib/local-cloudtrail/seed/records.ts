import "server-only";

import type { CloudTrailRecord, EventResource, StoredEvent, UserIdentity } from "../types";
import { DEMO_ACCOUNT_ID, GLOBAL_SOURCES } from "./constants";
import type { Rng } from "./prng";
import { isoSeconds } from "./time";

export interface RecordResource {
  ARN: string;
  accountId: string;
  type: string;
}

export type TlsProfile = "tls13" | "tls12" | "none";

export interface ApiCall {
  time: number;
  region: string;
  source: string;
  name: string;
  identity: UserIdentity;
  ip: string;
  userAgent: string;
  readOnly: boolean;
  requestParameters: Record<string, unknown> | null;
  responseElements?: Record<string, unknown> | null;
  errorCode?: string;
  errorMessage?: string;
  additionalEventData?: Record<string, unknown>;
  recordResources?: RecordResource[];
  eventType?: "AwsApiCall" | "AwsConsoleSignIn" | "AwsServiceEvent";
  tls: TlsProfile;
  consoleSession?: boolean;
  vpcEndpointId?: string;
  sharedEventID?: string;
  /** Drawn before the call's parameters are built, since EC2 echoes it in responseElements. */
  requestId?: string | null;
  resources?: EventResource[];
}

/** Newer services moved to 1.09; the rest of the fleet still writes 1.08. */
const VERSION_109 = new Set([
  "ec2.amazonaws.com",
  "iam.amazonaws.com",
  "s3.amazonaws.com",
  "lambda.amazonaws.com",
  "ecs.amazonaws.com",
  "eks.amazonaws.com",
]);

const hostCache = new Map<string, string>();

/** The Host header the caller sent: global endpoints for global services, regional otherwise. */
function hostHeader(source: string, region: string): string {
  const key = `${source}|${region}`;
  let host = hostCache.get(key);
  if (host === undefined) {
    const service = source.slice(0, -".amazonaws.com".length);
    if (source === "signin.amazonaws.com") host = "signin.aws.amazon.com";
    else if (source === "organizations.amazonaws.com") host = "organizations.us-east-1.amazonaws.com";
    else if (GLOBAL_SOURCES.has(source)) host = source;
    else host = `${service}.${region}.amazonaws.com`;
    hostCache.set(key, host);
  }
  return host;
}

function tlsDetails(profile: TlsProfile, source: string, region: string): Record<string, unknown> | undefined {
  if (profile === "none") return undefined;
  return {
    tlsVersion: profile === "tls13" ? "TLSv1.3" : "TLSv1.2",
    cipherSuite: profile === "tls13" ? "TLS_AES_128_GCM_SHA256" : "ECDHE-RSA-AES128-GCM-SHA256",
    clientProvidedHostHeader: hostHeader(source, region),
  };
}

/** S3 request ids are 16 upper-case hex characters, not UUIDs. */
export function drawRequestId(rng: Rng, source: string): string {
  return source === "s3.amazonaws.com" ? rng.hex(16).toUpperCase() : rng.uuid();
}

export function apiEvent(rng: Rng, call: ApiCall): StoredEvent {
  const requestID = call.requestId === undefined ? drawRequestId(rng, call.source) : call.requestId;
  const tls = tlsDetails(call.tls, call.source, call.region);
  const record: CloudTrailRecord = {
    eventVersion: VERSION_109.has(call.source) ? "1.09" : "1.08",
    userIdentity: call.identity,
    eventTime: isoSeconds(call.time),
    eventSource: call.source,
    eventName: call.name,
    awsRegion: call.region,
    sourceIPAddress: call.ip,
    userAgent: call.userAgent,
    ...(call.errorCode !== undefined && { errorCode: call.errorCode }),
    ...(call.errorMessage !== undefined && { errorMessage: call.errorMessage }),
    requestParameters: call.requestParameters,
    responseElements: call.responseElements ?? null,
    ...(call.additionalEventData !== undefined && { additionalEventData: call.additionalEventData }),
    ...(requestID !== null && { requestID }),
    eventID: rng.uuid(),
    readOnly: call.readOnly,
    ...(call.recordResources !== undefined && { resources: call.recordResources }),
    eventType: call.eventType ?? "AwsApiCall",
    managementEvent: true,
    recipientAccountId: DEMO_ACCOUNT_ID,
    ...(call.sharedEventID !== undefined && { sharedEventID: call.sharedEventID }),
    ...(call.vpcEndpointId !== undefined && { vpcEndpointId: call.vpcEndpointId }),
    eventCategory: "Management",
    ...(tls !== undefined && { tlsDetails: tls }),
    ...(call.consoleSession === true && { sessionCredentialFromConsole: "true" }),
  };
  return { record, resources: call.resources ?? [] };
}

export interface ConsoleLogin {
  time: number;
  identity: UserIdentity;
  ip: string;
  userAgent: string;
  success: boolean;
  mfaUsed: boolean;
  loginTo?: string;
  mfaIdentifier?: string;
  resources?: EventResource[];
}

export const CONSOLE_HOME = "https://console.aws.amazon.com/console/home?hashArgs=%23&isauthcode=true&state=hashArgsFromTB_us-east-1_c63b0c5ba4f0d4b3";

/** Sign-in is global: AWS records every ConsoleLogin in us-east-1. */
export function consoleLoginEvent(rng: Rng, login: ConsoleLogin): StoredEvent {
  return apiEvent(rng, {
    time: login.time,
    region: "us-east-1",
    source: "signin.amazonaws.com",
    name: "ConsoleLogin",
    identity: login.identity,
    ip: login.ip,
    userAgent: login.userAgent,
    readOnly: false,
    requestParameters: null,
    responseElements: { ConsoleLogin: login.success ? "Success" : "Failure" },
    ...(!login.success && { errorMessage: "Failed authentication" }),
    additionalEventData: {
      LoginTo: login.loginTo ?? CONSOLE_HOME,
      MobileVersion: "No",
      ...(login.mfaIdentifier !== undefined && { MFAIdentifier: login.mfaIdentifier }),
      MFAUsed: login.mfaUsed ? "Yes" : "No",
    },
    eventType: "AwsConsoleSignIn",
    requestId: null,
    tls: "tls13",
    resources: login.resources,
  });
}
