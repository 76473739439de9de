/** LookupEvents' eight attributes, in the order the filter offers them. */
export const LOOKUP_ATTRIBUTE_KEYS = [
  "EventName",
  "Username",
  "EventSource",
  "ResourceType",
  "ResourceName",
  "AccessKeyId",
  "ReadOnly",
  "EventId",
] as const;

export type LookupAttributeKey = (typeof LOOKUP_ATTRIBUTE_KEYS)[number];

export const LOOKUP_ATTRIBUTE_LABELS: Record<LookupAttributeKey, string> = {
  EventName: "Event name",
  Username: "User name",
  EventSource: "Event source",
  ResourceType: "Resource type",
  ResourceName: "Resource name",
  AccessKeyId: "Access key ID",
  ReadOnly: "Read only",
  EventId: "Event ID",
};

export const LOOKUP_ATTRIBUTE_EXAMPLES: Record<LookupAttributeKey, string> = {
  EventName: "ConsoleLogin",
  Username: "alice",
  EventSource: "iam.amazonaws.com",
  ResourceType: "AWS::S3::Bucket",
  ResourceName: "my-bucket",
  AccessKeyId: "AKIA…",
  ReadOnly: "true or false",
  EventId: "a1b2c3d4-…",
};
