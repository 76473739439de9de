import { beforeEach, describe, expect, it, vi } from "vitest";

import { cachedTrailRead, forgetTrailReads, TRAIL_READ_TTL_MS } from "./trail-read-cache";

describe("cachedTrailRead", () => {
  beforeEach(() => forgetTrailReads());

  it("shares one read among callers until it is older than the TTL", async () => {
    const load = vi.fn(async () => "status");
    await Promise.all([cachedTrailRead("k", load, 0), cachedTrailRead("k", load, 10)]);
    expect(load).toHaveBeenCalledTimes(1);
    await cachedTrailRead("k", load, TRAIL_READ_TTL_MS - 1);
    expect(load).toHaveBeenCalledTimes(1);
    await cachedTrailRead("k", load, TRAIL_READ_TTL_MS);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("keeps no failure, so the next reader tries again", async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error("Throttled")).mockResolvedValue("ok");
    await expect(cachedTrailRead("k", load, 0)).rejects.toThrow("Throttled");
    await expect(cachedTrailRead("k", load, 1)).resolves.toBe("ok");
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("forgets everything after a change", async () => {
    const load = vi.fn(async () => "v");
    await cachedTrailRead("a", load, 0);
    forgetTrailReads();
    await cachedTrailRead("a", load, 1);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
