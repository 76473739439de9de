import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

import type { TrailStatusResult } from "@/lib/trails/trail";

import { TrailStatusBadge } from "./trail-status-badge";

const NOW = Date.parse("2026-11-24T12:00:00.000Z");

function render(status: TrailStatusResult | undefined): string {
  return renderToString(<TrailStatusBadge status={status} />);
}

describe("TrailStatusBadge", () => {
  it("says logging on, with the attribute the benchmark waits for", () => {
    const html = render({ ok: true, status: { isLogging: true, readAt: NOW } });
    expect(html).toContain('data-trail-status="logging"');
    expect(html).toContain("Logging on");
  });

  it("says logging off", () => {
    const html = render({ ok: true, status: { isLogging: false, readAt: NOW } });
    expect(html).toContain('data-trail-status="stopped"');
    expect(html).toContain("Logging off");
  });

  it("is unknown before the status is read", () => {
    const html = render(undefined);
    expect(html).toContain('data-trail-status="unknown"');
    expect(html).toContain("Status unknown");
  });

  it("is unknown when the status failed to load, and says so with the failure's message", () => {
    const html = render({
      ok: false,
      failure: { code: "ThrottlingException", message: "Rate exceeded", retryable: true },
    });
    expect(html).toContain('data-trail-status="unknown"');
    expect(html).toContain("Status failed to load");
    expect(html).toContain('title="Rate exceeded"');
  });
});
