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
const tlsCache = new Map<string, Readonly<Record<string, unknown>>>();

/** The Host header the caller sent: global endpoints for global services, regional otherwise. */
function hostHeader(source: string, region: string): string {
  const key = `${source}|${region}`;
  let host = hostCache.get(key);
  if (host === undefined) {
    const service = source.slice(0, -".amazonaws.com".length);
    if (source === "signin.amazonaws.com") host = "signin.aws.amazon.com";
    else if (source === "organizations.amazonaws.com")
      host = "organizations.us-east-1.amazonaws.com";
    else if (GLOBAL_SOURCES.has(source)) host = source;
    else host = `${service}.${region}.amazonaws.com`;
    hostCache.set(key, host);
  }
  return host;
}

/** Shared and frozen: a handful of distinct values serve every event. */
function tlsDetails(
  profile: TlsProfile,
  source: string,
  region: string,
): Readonly<Record<string, unknown>> | undefined {
  if (profile === "none") return undefined;
  const key = `${profile}|${source}|${region}`;
  let details = tlsCache.get(key);
  if (details === undefined) {
    details = Object.freeze({
      tlsVersion: profile === "tls13" ? "TLSv1.3" : "TLSv1.2",
      cipherSuite: profile === "tls13" ? "TLS_AES_128_GCM_SHA256" : "ECDHE-RSA-AES128-GCM-SHA256",
      clientProvidedHostHeader: hostHeader(source, region),
    });
    tlsCache.set(key, details);
  }
  return details;
}

/** S3 request ids are 16 upper-case hex characters, not UUIDs. */
export function drawRequestId(rng: Rng, source: string): string {
  return source === "s3.amazonaws.com" ? rng.hex(16).toUpperCase() : rng.uuid();
}

export function apiEvent(rng: Rng, call: ApiCall): StoredEvent {
  const requestID = call.requestId === undefined ? drawRequestId(rng, call.source) : call.requestId;
  const tls = tlsDetails(call.tls, call.source, call.region);
  // Built field by field in AWS's order rather than with conditional spreads: this runs
  // for every event, and spreads cost a third of the generation time.
  const record: CloudTrailRecord = {
    eventVersion: VERSION_109.has(call.source) ? "1.09" : "1.08",
    userIdentity: call.identity,
    eventTime: isoSeconds(call.time),
    eventSource: call.source,
    eventName: call.name,
    awsRegion: call.region,
    sourceIPAddress: call.ip,
    userAgent: call.userAgent,
  } as CloudTrailRecord;
  if (call.errorCode !== undefined) record.errorCode = call.errorCode;
  if (call.errorMessage !== undefined) record.errorMessage = call.errorMessage;
  record.requestParameters = call.requestParameters;
  record.responseElements = call.responseElements ?? null;
  if (call.additionalEventData !== undefined) record.additionalEventData = call.additionalEventData;
  if (requestID !== null) record.requestID = requestID;
  record.eventID = rng.uuid();
  record.readOnly = call.readOnly;
  if (call.recordResources !== undefined) record.resources = call.recordResources;
  record.eventType = call.eventType ?? "AwsApiCall";
  record.managementEvent = true;
  record.recipientAccountId = DEMO_ACCOUNT_ID;
  if (call.sharedEventID !== undefined) record.sharedEventID = call.sharedEventID;
  if (call.vpcEndpointId !== undefined) record.vpcEndpointId = call.vpcEndpointId;
  record.eventCategory = "Management";
  if (tls !== undefined) record.tlsDetails = tls;
  if (call.consoleSession === true) record.sessionCredentialFromConsole = "true";
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

export const CONSOLE_HOME =
  "https://console.aws.amazon.com/console/home?hashArgs=%23&isauthcode=true&state=hashArgsFromTB_us-east-1_c63b0c5ba4f0d4b3";

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
