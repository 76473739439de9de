/** Percentile of a sample (nearest rank). */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

export const verdict = (ok: boolean) => (ok ? "met" : "**missed**");
