import { Fragment } from "react";

import { VisibleParts } from "@/components/record-text";

/**
 * An ARN or a user agent, with line-break opportunities after its separators, so a long
 * one wraps at "/" or ":" rather than mid-word. The value comes from a record, so it is
 * drawn as record text: isolated, with its hidden characters shown by their codes.
 */
export function BreakableText({ text }: { text: string }) {
  const parts = text.split(/(?<=[/:;])/);
  return (
    <bdi>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          <VisibleParts text={part} />
        </Fragment>
      ))}
    </bdi>
  );
}
