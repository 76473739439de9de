/**
 * A trail's event and Insights selectors in the dashboard's own shape, turned from the SDK's
 * once (see lib/cloudtrail/trail-selectors.ts). A trail uses basic or advanced event
 * selectors, never both. Safe for the client bundle.
 */

export type ReadWriteType = "All" | "ReadOnly" | "WriteOnly";

export interface DataResource {
  /** AWS::S3::Object, AWS::Lambda::Function, … */
  type: string;
  /** ARNs or ARN prefixes; "arn:aws:s3" alone means every bucket. */
  values: string[];
}

export interface BasicEventSelector {
  readWriteType: ReadWriteType;
  includeManagementEvents: boolean;
  /** kms.amazonaws.com and/or rdsdata.amazonaws.com */
  excludeManagementEventSources: string[];
  dataResources: DataResource[];
}

export const FIELD_OPERATORS = [
  "equals",
  "startsWith",
  "endsWith",
  "notEquals",
  "notStartsWith",
  "notEndsWith",
] as const;

export type FieldOperator = (typeof FIELD_OPERATORS)[number];

/** One field's conditions; every operator given must hold (CloudTrail ANDs them). */
export type AdvancedFieldSelector = {
  /** eventCategory, readOnly, eventSource, eventName, resources.type, resources.ARN, … */
  field: string;
} & Partial<Record<FieldOperator, string[]>>;

export interface AdvancedEventSelector {
  name?: string;
  fieldSelectors: AdvancedFieldSelector[];
}

export type EventSelectors =
  | { kind: "basic"; selectors: BasicEventSelector[] }
  | { kind: "advanced"; selectors: AdvancedEventSelector[] };

export const INSIGHT_TYPES = ["ApiCallRateInsight", "ApiErrorRateInsight"] as const;

export type InsightType = (typeof INSIGHT_TYPES)[number];

export interface TrailSelectors {
  eventSelectors: EventSelectors;
  insightTypes: InsightType[];
}

export const READ_WRITE_TYPES = [
  "All",
  "ReadOnly",
  "WriteOnly",
] as const satisfies readonly ReadWriteType[];

/** The management event sources a basic selector can leave out (all CloudTrail accepts). */
export const KMS_EVENT_SOURCE = "kms.amazonaws.com";
export const RDS_DATA_EVENT_SOURCE = "rdsdata.amazonaws.com";
export const EXCLUDABLE_EVENT_SOURCES = [KMS_EVENT_SOURCE, RDS_DATA_EVENT_SOURCE] as const;

/** The data resource types the editor offers for basic selectors. */
export const S3_OBJECT = "AWS::S3::Object";
export const LAMBDA_FUNCTION = "AWS::Lambda::Function";
/** A data resource value meaning every bucket, or every function, of the account. */
export const ALL_S3_OBJECTS = "arn:aws:s3";
export const ALL_LAMBDA_FUNCTIONS = "arn:aws:lambda";

/** CloudTrail's limits on a trail's selectors. */
export const MAX_BASIC_SELECTORS = 5;
export const MAX_DATA_RESOURCE_VALUES = 250;
export const MAX_ADVANCED_VALUES = 500;
export const MAX_SELECTOR_NAME = 1000;
export const MAX_OPERATOR_VALUE = 2048;

/** The fields advanced event selectors of a trail may filter on. */
export const ADVANCED_FIELDS = [
  "eventCategory",
  "eventSource",
  "eventName",
  "eventType",
  "readOnly",
  "resources.type",
  "resources.ARN",
  "errorCode",
  "userIdentity.arn",
  "vpcEndpointId",
  "sessionCredentialFromConsole",
] as const;

export type AdvancedField = (typeof ADVANCED_FIELDS)[number];

/** All management events, read and write: what a trail records when nobody has set selectors. */
export const DEFAULT_BASIC_SELECTOR: BasicEventSelector = {
  readWriteType: "All",
  includeManagementEvents: true,
  excludeManagementEventSources: [],
  dataResources: [],
};
