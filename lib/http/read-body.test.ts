import { describe, expect, it } from "vitest";

import { readBodyAtMost } from "./read-body";

function streamed(parts: string[]): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(new TextEncoder().encode(part));
      controller.close();
    },
  });
  return new Request("http://localhost/", { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("readBodyAtMost", () => {
  it("reads a body within the limit, across chunks and multi-byte characters", async () => {
    expect(await readBodyAtMost(streamed(['{"a":', '"é"}']), 100)).toBe('{"a":"é"}');
    expect(await readBodyAtMost(new Request("http://localhost/", { method: "POST" }), 10)).toBe("");
  });

  it("stops at the limit whatever Content-Length says", async () => {
    expect(await readBodyAtMost(streamed(["x".repeat(60), "x".repeat(60)]), 100)).toBeNull();
    const declared = new Request("http://localhost/", {
      method: "POST",
      body: "small",
      headers: { "content-length": "1000000" },
    });
    expect(await readBodyAtMost(declared, 100)).toBeNull();
  });
});
