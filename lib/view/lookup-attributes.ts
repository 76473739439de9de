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
