import { Fragment } from "react";

/**
 * An ARN or a user agent, with line-break opportunities after its separators, so a long
 * one wraps at "/" or ":" rather than mid-word. Text nodes only: the value comes from a record.
 */
export function BreakableText({ text }: { text: string }) {
  const parts = text.split(/(?<=[/:;])/);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}
