import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

import type { TrailProblem } from "@/lib/trails/trail-health";

import { TrailHealthNotes } from "./trail-health-notes";

const problems: TrailProblem[] = [
  {
    kind: "delivery-error",
    severity: "critical",
    label: "Delivery failing: AccessDenied",
    detail: "CloudTrail may not write log files to the bucket acme-logs.",
  },
  {
    kind: "logging-off",
    severity: "notice",
    label: "Logging off for 3 h",
    detail: "CloudTrail delivers nothing for this trail while logging is off.",
  },
];

describe("TrailHealthNotes", () => {
  it("renders nothing without problems", () => {
    expect(renderToString(<TrailHealthNotes problems={[]} layout="badges" />)).toBe("");
    expect(renderToString(<TrailHealthNotes problems={[]} layout="notes" />)).toBe("");
  });

  it("shows badges with the severity in words and the detail on hover", () => {
    const html = renderToString(<TrailHealthNotes problems={problems} layout="badges" />);
    expect(html).toContain('aria-label="Problems"');
    expect(html).toContain(">Critical: </span>");
    expect(html).toContain("Delivery failing: AccessDenied");
    expect(html).toContain('title="CloudTrail may not write log files to the bucket acme-logs."');
    expect(html).toContain(">Notice: </span>");
  });

  it("shows notes with their explanation, as notes rather than alerts", () => {
    const html = renderToString(<TrailHealthNotes problems={problems} layout="notes" />);
    expect(html).toContain(">Notice: </span>Logging off for 3 h");
    expect(html).toContain("CloudTrail delivers nothing for this trail while logging is off.");
    expect(html).toContain('role="note"');
    expect(html).not.toContain('role="alert"');
  });
});
