import { DetailSection, type HeadingLevel } from "./detail-section";
import { JsonView } from "./json-view";

interface JsonSectionProps {
  title: string;
  /** A part of the record; null or absent reads "None", as CloudTrail writes no parameters. */
  value: unknown;
  level: HeadingLevel;
}

/** One part of the record (request parameters, response elements) on its own, as JSON. */
export function JsonSection({ title, value, level }: JsonSectionProps) {
  return (
    <DetailSection title={title} level={level}>
      {value === null || value === undefined ? (
        <p className="text-sm text-muted-foreground">None</p>
      ) : (
        <JsonView value={value} className="max-h-96 overflow-y-auto" />
      )}
    </DetailSection>
  );
}
