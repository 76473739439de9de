import "server-only";

/** Final mix of MurmurHash3: spreads nearby inputs (hour 1, hour 2) over the whole range. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function hash32(...parts: readonly number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    // Hour indexes and epoch-derived values exceed 32 bits only in their high part.
    const lo = part >>> 0;
    const hi = Math.floor(part / 0x1_0000_0000) >>> 0;
    h = fmix32(h ^ lo) + 0x9e3779b9;
    h = fmix32(h ^ hi);
  }
  return h >>> 0;
}

export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return fmix32(h);
}

const HEX: readonly string[] = Array.from({ length: 256 }, (_, i) =>
  i.toString(16).padStart(2, "0"),
);
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const ALNUM_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/**
 * sfc32: 128 bits of state, so UUIDs drawn from it do not collide the way they would
 * with a 32-bit-state generator over 100k events.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = fmix32(seed ^ 0xa3c59ac3);
    this.b = fmix32(seed + 0x6c8e9cf5);
    this.c = fmix32(seed ^ 0x1b873593);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.u32();
  }

  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  float(): number {
    return this.u32() / 0x1_0000_0000;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** Integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** Knuth for small means, a rounded normal for large ones (the hot path stays cheap). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 40) {
      const u = 1 - this.float();
      const v = this.float();
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
      return Math.max(0, Math.round(mean + z * Math.sqrt(mean)));
    }
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.float();
    while (p > limit) {
      k++;
      p *= this.float();
    }
    return k;
  }

  hex(length: number): string {
    let out = "";
    while (out.length < length) {
      const x = this.u32();
      out += HEX[x & 0xff] + HEX[(x >>> 8) & 0xff] + HEX[(x >>> 16) & 0xff] + HEX[x >>> 24];
    }
    return out.slice(0, length);
  }

  /** Version-4 UUID layout. */
  uuid(): string {
    const a = this.u32();
    const b = this.u32();
    const c = this.u32();
    const d = this.u32();
    return (
      HEX[a >>> 24] +
      HEX[(a >>> 16) & 0xff] +
      HEX[(a >>> 8) & 0xff] +
      HEX[a & 0xff] +
      "-" +
      HEX[b >>> 24] +
      HEX[(b >>> 16) & 0xff] +
      "-4" +
      HEX[(b >>> 8) & 0x0f].slice(1) +
      HEX[b & 0xff] +
      "-" +
      HEX[0x80 | ((c >>> 24) & 0x3f)] +
      HEX[(c >>> 16) & 0xff] +
      "-" +
      HEX[(c >>> 8) & 0xff] +
      HEX[c & 0xff] +
      HEX[d >>> 24] +
      HEX[(d >>> 16) & 0xff] +
      HEX[(d >>> 8) & 0xff] +
      HEX[d & 0xff]
    );
  }

  base32(length: number): string {
    let out = "";
    for (let i = 0; i < length; i++) out += BASE32[this.u32() & 31];
    return out;
  }

  alnumUpper(length: number): string {
    let out = "";
    for (let i = 0; i < length; i++) out += ALNUM_UPPER[this.int(ALNUM_UPPER.length)];
    return out;
  }
}

/** A weighted choice prepared once, drawn many times. */
export class WeightedTable<T> {
  private readonly items: readonly T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = entries.map(([item]) => item);
    this.cumulative = new Float64Array(entries.length);
    let sum = 0;
    entries.forEach(([, weight], i) => {
      sum += weight;
      this.cumulative[i] = sum;
    });
    this.total = sum;
  }

  draw(rng: Rng): T {
    const x = rng.float() * this.total;
    const c = this.cumulative;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (c[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}
