/**
 * Shapes shared by the local CloudTrail service's store, operations and seed.
 * A `CloudTrailRecord` is one record exactly as CloudTrail delivers it (the JSON found in
 * `CloudTrailEvent` and in S3 log files); the store keeps it verbatim.
 */

export type EventCategory = "Management" | "Data" | "Insight";

export interface UserIdentity {
  type: string;
  principalId?: string;
  arn?: string;
  accountId?: string;
  accessKeyId?: string;
  userName?: string;
  invokedBy?: string;
  sessionContext?: {
    sessionIssuer?: {
      type?: string;
      principalId?: string;
      arn?: string;
      accountId?: string;
      userName?: string;
    };
    attributes?: { creationDate?: string; mfaAuthenticated?: string };
    webIdFederationData?: Record<string, unknown>;
    sourceIdentity?: string;
  };
  [key: string]: unknown;
}

export interface CloudTrailRecord {
  eventVersion: string;
  eventTime: string;
  eventSource: string;
  eventName: string;
  awsRegion: string;
  eventID: string;
  eventType: string;
  recipientAccountId: string;
  eventCategory: EventCategory;
  userIdentity?: UserIdentity;
  sourceIPAddress?: string;
  userAgent?: string;
  requestParameters?: Record<string, unknown> | null;
  responseElements?: Record<string, unknown> | null;
  additionalEventData?: Record<string, unknown>;
  errorCode?: string;
  errorMessage?: string;
  requestID?: string;
  readOnly?: boolean;
  managementEvent?: boolean;
  resources?: { ARN?: string; accountId?: string; type?: string }[];
  insightDetails?: Record<string, unknown>;
  sharedEventID?: string;
  tlsDetails?: Record<string, unknown>;
  [key: string]: unknown;
}

/** A resource as LookupEvents reports it (`Resources[]` of an event). */
export interface EventResource {
  type: string;
  name: string;
}

/**
 * An event as the store holds it: the record plus the resources CloudTrail's lookup
 * index would list for it. The region of its history is `record.awsRegion`.
 */
export interface StoredEvent {
  record: CloudTrailRecord;
  resources: EventResource[];
}

export type ReadWriteType = "ReadOnly" | "WriteOnly" | "All";

export interface EventSelector {
  ReadWriteType?: ReadWriteType;
  IncludeManagementEvents?: boolean;
  DataResources?: { Type?: string; Values?: string[] }[];
  ExcludeManagementEventSources?: string[];
}

export interface AdvancedFieldSelector {
  Field: string;
  Equals?: string[];
  StartsWith?: string[];
  EndsWith?: string[];
  NotEquals?: string[];
  NotStartsWith?: string[];
  NotEndsWith?: string[];
}

export interface AdvancedEventSelector {
  Name?: string;
  FieldSelectors: AdvancedFieldSelector[];
}

export interface InsightSelector {
  InsightType?: "ApiCallRateInsight" | "ApiErrorRateInsight";
}

export interface Tag {
  Key: string;
  Value?: string;
}

/** A trail as the store holds it; times are epoch milliseconds. */
export interface Trail {
  name: string;
  homeRegion: string;
  accountId: string;
  s3BucketName: string;
  s3KeyPrefix?: string;
  snsTopicName?: string;
  includeGlobalServiceEvents: boolean;
  isMultiRegionTrail: boolean;
  isOrganizationTrail: boolean;
  logFileValidationEnabled: boolean;
  cloudWatchLogsLogGroupArn?: string;
  cloudWatchLogsRoleArn?: string;
  kmsKeyId?: string;
  isLogging: boolean;
  createdAt: number;
  startLoggingTime?: number;
  stopLoggingTime?: number;
  /** A delivery failure the demo account simulates (e.g. a bucket policy that denies). */
  latestDeliveryError?: string;
  eventSelectors?: EventSelector[];
  advancedEventSelectors?: AdvancedEventSelector[];
  insightSelectors: InsightSelector[];
  tags: Tag[];
}
