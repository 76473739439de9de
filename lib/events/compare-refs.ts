import { eventRefProblems, formatEventRef, splitEventRef, type EventRef } from "./event-ref";

/** More columns than this stop fitting side by side on a laptop screen. */
export const MAX_COMPARED = 5;

/**
 * The events a compare URL names (`e=region:eventId`, repeated), the first five usable
 * ones in order, and what was wrong with the rest, in words for the page.
 */
export function parseCompareRefs(
  values: readonly string[],
  regions: readonly string[],
): { refs: EventRef[]; problems: string[] } {
  const usable: EventRef[] = [];
  const problems: string[] = [];
  for (const value of values) {
    const ref = splitEventRef(value);
    if (!ref) {
      problems.push(
        `“${value}” is not an event reference: write region:eventId, such as us-east-1:0d7e5c2a-…. It was left out.`,
      );
      continue;
    }
    const refProblems = eventRefProblems(ref.region, ref.id, regions);
    if (refProblems.length > 0) {
      problems.push(`“${value}”: ${refProblems.join(" ")} It was left out.`);
      continue;
    }
    if (usable.some((other) => other.region === ref.region && other.id === ref.id)) {
      problems.push(`${value} is listed more than once; it is compared once.`);
      continue;
    }
    usable.push(ref);
  }
  if (usable.length > MAX_COMPARED) {
    const left = usable.slice(MAX_COMPARED).map(formatEventRef);
    problems.push(
      `Up to ${MAX_COMPARED} events can be compared at once; the first ${MAX_COMPARED} are shown and ${left.length === 1 ? "this one was" : `these ${left.length} were`} left out: ${left.join(", ")}.`,
    );
  }
  return { refs: usable.slice(0, MAX_COMPARED), problems };
}
