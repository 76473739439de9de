import { describe, expect, it } from "vitest";

import { Rng, WeightedTable, hash32 } from "./prng";

describe("Rng", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const seqA = Array.from({ length: 8 }, () => a.u32());
    expect(Array.from({ length: 8 }, () => b.u32())).toEqual(seqA);
    expect(Array.from({ length: 8 }, () => c.u32())).not.toEqual(seqA);
  });

  it("draws version-4 UUIDs without collisions", () => {
    const rng = new Rng(7);
    const ids = new Set<string>();
    for (let i = 0; i < 50_000; i++) {
      const id = rng.uuid();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      ids.add(id);
    }
    expect(ids.size).toBe(50_000);
  });

  it("keeps draws in range and Poisson means close to their parameter", () => {
    const rng = new Rng(1);
    let sum = 0;
    for (let i = 0; i < 20_000; i++) {
      const x = rng.range(3, 5);
      expect(x).toBeGreaterThanOrEqual(3);
      expect(x).toBeLessThanOrEqual(5);
      sum += rng.poisson(2.5);
    }
    expect(sum / 20_000).toBeGreaterThan(2.4);
    expect(sum / 20_000).toBeLessThan(2.6);
  });

  it("honours weights", () => {
    const table = new WeightedTable([
      ["rare", 1],
      ["common", 9],
    ] as const);
    const rng = new Rng(3);
    let common = 0;
    for (let i = 0; i < 10_000; i++) if (table.draw(rng) === "common") common++;
    expect(common).toBeGreaterThan(8_700);
    expect(common).toBeLessThan(9_300);
  });
});

describe("hash32", () => {
  it("separates neighbouring hours and large epoch-derived values", () => {
    expect(hash32(1, 480_000)).not.toBe(hash32(1, 480_001));
    expect(hash32(1, 2 ** 33)).not.toBe(hash32(1, 2 ** 34));
    expect(hash32(1, 2, 3)).toBe(hash32(1, 2, 3));
  });
});
