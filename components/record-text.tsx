import { clipText, hasHidden, markHidden, splitHidden } from "@/lib/format/visible-text";

/**
 * A text with its invisible and direction-changing characters drawn as marked codes,
 * ⟨U+202E⟩ (see lib/format/visible-text.ts), and nothing else changed. Text nodes only.
 */
export function VisibleParts({ text }: { text: string }) {
  return splitHidden(text).map((part, index) =>
    part.hidden ? (
      <span
        key={index}
        title="Invisible or direction-changing characters, shown by their code"
        className="mx-px rounded-sm bg-warning/25 px-0.5 font-mono text-[0.9em] text-foreground not-italic"
      >
        {markHidden(part.text)}
      </span>
    ) : (
      part.text
    ),
  );
}

interface RecordTextProps {
  /** A value from an event record. */
  value: string;
  /**
   * At most this many characters are drawn, then "…": for places too small to hold more
   * (a table cell, a chart's tooltip). The event's detail has the whole value.
   */
  max?: number;
  className?: string;
}

/**
 * A value from an event record, which whoever called AWS wrote: drawn so it cannot pass for
 * something else. It is isolated from the text around it (`<bdi>`), so right-to-left text
 * in it cannot reorder its neighbours, and its hidden characters are shown by their codes.
 */
export function RecordText({ value, max, className }: RecordTextProps) {
  const { text, omitted } = max === undefined ? { text: value, omitted: 0 } : clipText(value, max);
  return (
    <bdi className={className}>
      {hasHidden(text) ? <VisibleParts text={text} /> : text}
      {omitted > 0 && "…"}
    </bdi>
  );
}
