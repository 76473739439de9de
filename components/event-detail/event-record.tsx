import { useId } from "react";

import { CopyButton } from "./copy-button";
import { DetailSection, type HeadingLevel } from "./detail-section";
import { JsonView } from "./json-view";

interface EventRecordProps {
  record: Record<string, unknown>;
  level: HeadingLevel;
}

/** The whole CloudTrail record as CloudTrail wrote it, coloured, with a Copy button. */
export function EventRecord({ record, level }: EventRecordProps) {
  const jsonId = useId();
  return (
    <DetailSection
      title="Full record"
      level={level}
      action={
        <CopyButton text={JSON.stringify(record, null, 2)} what="the record" targetId={jsonId} />
      }
    >
      <JsonView id={jsonId} value={record} aria-label="The event's CloudTrail record as JSON" />
    </DetailSection>
  );
}
