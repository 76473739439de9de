import { useId } from "react";

import { escapeHiddenInJson } from "@/lib/format/visible-text";

import { CopyButton } from "./copy-button";
import { DetailSection, type HeadingLevel } from "./detail-section";
import { JsonView } from "./json-view";

interface EventRecordProps {
  record: Record<string, unknown>;
  /** The record's text when `record` was cut for being nested too deeply (TrailEvent.recordText). */
  recordText?: string;
  level: HeadingLevel;
}

/**
 * The whole CloudTrail record as CloudTrail wrote it, coloured, with a Copy button. Copy
 * gives the record whole, even where the view leaves out what is too deep or too long to
 * draw, with hidden characters as `\u` escapes as the view shows them: the same JSON value,
 * safe to paste into an editor or a terminal.
 */
export function EventRecord({ record, recordText, level }: EventRecordProps) {
  const jsonId = useId();
  const copyText = escapeHiddenInJson(recordText ?? JSON.stringify(record, null, 2));
  return (
    <DetailSection
      title="Full record"
      level={level}
      action={<CopyButton text={copyText} what="the record" targetId={jsonId} />}
    >
      <JsonView id={jsonId} value={record} aria-label="The event's CloudTrail record as JSON" />
    </DetailSection>
  );
}
