/**
 * Table columns. A column is named by an ID: one of the built-in columns below, or any
 * dotted path into the CloudTrail record (`requestParameters.bucketName`), which the
 * column chooser can add. Built-in IDs are record paths where the record has the field,
 * so a path a user types that names one gets the same column.
 */
export const BUILTIN_COLUMNS = {
  eventTime: { label: "Time" },
  eventName: { label: "Event name" },
  username: { label: "User name" },
  eventSource: { label: "Event source" },
  awsRegion: { label: "Region" },
  sourceIPAddress: { label: "Source IP" },
  errorCode: { label: "Error" },
  resources: { label: "Resources" },
  accessKeyId: { label: "Access key" },
  readOnly: { label: "Read only" },
  "userIdentity.type": { label: "Identity type" },
  "userIdentity.arn": { label: "Identity ARN" },
  userAgent: { label: "User agent" },
  recipientAccountId: { label: "Account" },
} as const satisfies Record<string, { label: string }>;

export type BuiltinColumnId = keyof typeof BUILTIN_COLUMNS;

export const BUILTIN_COLUMN_IDS = Object.keys(BUILTIN_COLUMNS) as BuiltinColumnId[];

export const DEFAULT_COLUMNS: readonly string[] = [
  "eventTime",
  "eventName",
  "username",
  "eventSource",
  "awsRegion",
  "sourceIPAddress",
  "errorCode",
  "resources",
];

export const DEFAULT_SORT = "eventTime";

/** A record path: dot-separated names of letters, digits, `_`, `-` or `$`. */
export const RECORD_PATH_PATTERN = /^[A-Za-z0-9_$-]{1,64}(\.[A-Za-z0-9_$-]{1,64}){0,7}$/;

export function isBuiltinColumn(id: string): id is BuiltinColumnId {
  return Object.hasOwn(BUILTIN_COLUMNS, id);
}

export function isColumnId(id: string): boolean {
  return isBuiltinColumn(id) || RECORD_PATH_PATTERN.test(id);
}

export function columnLabel(id: string): string {
  return isBuiltinColumn(id) ? BUILTIN_COLUMNS[id].label : id;
}
