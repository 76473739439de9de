import type { ImportSummary } from "@/lib/import/import-report";

/**
 * The summaries of files imported one after another, as one: the counts added up, the
 * rejections and skipped files together, the accounts, regions and time span of them all.
 */
export function combineSummaries(summaries: readonly ImportSummary[]): ImportSummary {
  const all: ImportSummary = {
    loaded: 0,
    duplicates: 0,
    rejected: 0,
    filesDone: 0,
    bytesRead: 0,
    elapsedMs: 0,
    rejections: [],
    rejectionsOmitted: 0,
    skipped: [],
    accounts: [],
    regions: [],
  };
  for (const summary of summaries) {
    all.loaded += summary.loaded;
    all.duplicates += summary.duplicates;
    all.rejected += summary.rejected;
    all.filesDone += summary.filesDone;
    all.bytesRead += summary.bytesRead;
    all.elapsedMs += summary.elapsedMs;
    all.rejections.push(...summary.rejections);
    all.rejectionsOmitted += summary.rejectionsOmitted;
    all.skipped.push(...summary.skipped);
    all.accounts = union(all.accounts, summary.accounts);
    all.regions = union(all.regions, summary.regions);
    all.firstEventTime = pickTime(all.firstEventTime, summary.firstEventTime, Math.min);
    all.lastEventTime = pickTime(all.lastEventTime, summary.lastEventTime, Math.max);
  }
  return all;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

function pickTime(
  a: number | undefined,
  b: number | undefined,
  pick: (x: number, y: number) => number,
): number | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : pick(a, b);
}
