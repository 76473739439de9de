import type { TrailEvent } from "@/lib/events/trail-event";

import { DETECTION_RULES } from "./rules";
import {
  SEVERITY_ORDER,
  type BurstRule,
  type DetectionRule,
  type Finding,
  type RecordRule,
  type Severity,
} from "./types";

const SEVERITY_RANK = new Map<Severity, number>(SEVERITY_ORDER.map((s, i) => [s, i]));
const rankOf = (finding: Finding) => SEVERITY_RANK.get(finding.severity) ?? SEVERITY_ORDER.length;
const bySeverity = (a: Finding, b: Finding) => rankOf(a) - rankOf(b);

/** What the rules of one set say about one event on its own, before any burst is counted. */
interface Verdict {
  /** Record-rule findings, most severe first; undefined when none matched. */
  findings: readonly Finding[] | undefined;
  /** Per burst rule (by index), the event's key when it is a candidate; undefined when it is none's. */
  burstKeys: readonly (string | undefined)[] | undefined;
  /** Epoch ms, parsed only for burst candidates. */
  time: number;
}

interface RuleSet {
  /** Most severe first, so each event's record findings come out in order. */
  record: readonly RecordRule[];
  /** One frozen finding per record rule, shared by every event the rule flags. */
  recordFindings: readonly Finding[];
  burst: readonly BurstRule[];
  /**
   * Verdicts per event object. The browser evaluates again each time a page of events
   * streams in, over mostly the same objects: they pay for the record rules once, and
   * entries go with the events.
   */
  verdicts: WeakMap<TrailEvent, Verdict>;
}

const ruleSets = new WeakMap<readonly DetectionRule[], RuleSet>();

function ruleSetOf(rules: readonly DetectionRule[]): RuleSet {
  let set = ruleSets.get(rules);
  if (!set) {
    const record = rules
      .filter((rule): rule is RecordRule => rule.kind === "record")
      .sort((a, b) => (SEVERITY_RANK.get(a.severity) ?? 0) - (SEVERITY_RANK.get(b.severity) ?? 0));
    set = {
      record,
      recordFindings: record.map((rule) =>
        Object.freeze({ ruleId: rule.id, severity: rule.severity }),
      ),
      burst: rules.filter((rule): rule is BurstRule => rule.kind === "burst"),
      verdicts: new WeakMap(),
    };
    ruleSets.set(rules, set);
  }
  return set;
}

// Records are attacker-controlled and the rules many: a rule tripping over one odd record
// must not take the whole view down with it, so a rule that throws simply does not flag.
function matches(rule: RecordRule, event: TrailEvent): boolean {
  try {
    return rule.match(event) === true;
  } catch {
    return false;
  }
}

function burstKey(rule: BurstRule, event: TrailEvent): string | undefined {
  try {
    if (rule.candidate(event) !== true) return undefined;
    const key = rule.key(event);
    return typeof key === "string" && key !== "" ? key : undefined;
  } catch {
    return undefined;
  }
}

/** The verdict of nearly every event, shared: 100,000 events need not mean 100,000 objects. */
const CLEAN: Verdict = Object.freeze({ findings: undefined, burstKeys: undefined, time: NaN });

function judge(set: RuleSet, event: TrailEvent): Verdict {
  let findings: Finding[] | undefined;
  for (let i = 0; i < set.record.length; i++) {
    if (matches(set.record[i], event)) (findings ??= []).push(set.recordFindings[i]);
  }
  let burstKeys: (string | undefined)[] | undefined;
  let time = NaN;
  for (let i = 0; i < set.burst.length; i++) {
    const key = burstKey(set.burst[i], event);
    if (key === undefined) continue;
    if (burstKeys === undefined) {
      time = Date.parse(event.time);
      // An event without a readable time cannot be placed in any window.
      if (Number.isNaN(time)) break;
      burstKeys = new Array<string | undefined>(set.burst.length);
    }
    burstKeys[i] = key;
  }
  return findings === undefined && burstKeys === undefined ? CLEAN : { findings, burstKeys, time };
}

function verdictOf(set: RuleSet, event: TrailEvent): Verdict {
  let verdict = set.verdicts.get(event);
  if (!verdict) {
    verdict = judge(set, event);
    set.verdicts.set(event, verdict);
  }
  return verdict;
}

interface Candidate {
  time: number;
  id: string;
}

/** Ascending by time; pages arrive newest first, so a reversal usually does. */
function sortByTime(candidates: Candidate[]): void {
  let ascending = true;
  let descending = true;
  for (let i = 1; i < candidates.length && (ascending || descending); i++) {
    const step = candidates[i].time - candidates[i - 1].time;
    if (step < 0) ascending = false;
    if (step > 0) descending = false;
  }
  if (ascending) return;
  if (descending) candidates.reverse();
  else candidates.sort((a, b) => a.time - b.time);
}

function addFinding(result: Map<string, Finding[]>, id: string, finding: Finding): void {
  const findings = result.get(id);
  if (findings) findings.push(finding);
  else result.set(id, [finding]);
}

/**
 * Flags every candidate of one key that lies in some window of `windowMs` holding at
 * least `threshold` candidates. The longest window ending at each candidate is enough
 * (any qualifying window sits inside one of them); windows that overlap are one burst.
 */
function flagBursts(
  rule: BurstRule,
  key: string,
  candidates: Candidate[],
  result: Map<string, Finding[]>,
): void {
  if (candidates.length < rule.threshold) return;
  sortByTime(candidates);
  const emit = (start: number, end: number) => {
    const finding: Finding = {
      ruleId: rule.id,
      severity: rule.severity,
      burst: {
        key,
        count: end - start + 1,
        first: new Date(candidates[start].time).toISOString(),
        last: new Date(candidates[end].time).toISOString(),
      },
    };
    for (let i = start; i <= end; i++) addFinding(result, candidates[i].id, finding);
  };
  let runStart = -1;
  let runEnd = -1;
  let left = 0;
  for (let right = 0; right < candidates.length; right++) {
    while (candidates[right].time - candidates[left].time > rule.windowMs) left++;
    if (right - left + 1 < rule.threshold) continue;
    if (runStart >= 0 && left <= runEnd) {
      runEnd = right;
    } else {
      if (runStart >= 0) emit(runStart, runEnd);
      runStart = left;
      runEnd = right;
    }
  }
  if (runStart >= 0) emit(runStart, runEnd);
}

/** Findings per event id, only for flagged events. */
export function evaluateDetections(
  events: readonly TrailEvent[],
  rules: readonly DetectionRule[] = DETECTION_RULES,
): Map<string, Finding[]> {
  const set = ruleSetOf(rules);
  const result = new Map<string, Finding[]>();
  const groups = set.burst.map(() => new Map<string, Candidate[]>());
  // An event given twice (a page fetched again) counts once, in findings and in bursts.
  const seen = new Set<string>();
  for (const event of events) {
    const verdict = verdictOf(set, event);
    if (verdict === CLEAN || seen.has(event.id)) continue;
    seen.add(event.id);
    if (verdict.findings) result.set(event.id, verdict.findings.slice());
    const keys = verdict.burstKeys;
    if (!keys) continue;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === undefined) continue;
      const candidate = { time: verdict.time, id: event.id };
      const group = groups[i].get(key);
      if (group) group.push(candidate);
      else groups[i].set(key, [candidate]);
    }
  }
  for (let i = 0; i < set.burst.length; i++) {
    for (const [key, candidates] of groups[i]) flagBursts(set.burst[i], key, candidates, result);
  }
  // Record findings are in order already; only an added burst finding can be out of place.
  for (const findings of result.values()) if (findings.length > 1) findings.sort(bySeverity);
  return result;
}

/** True when some rule could flag this event (a record match or a burst candidate): the server's prefilter for "flagged only". */
export function mightBeFlagged(event: TrailEvent): boolean {
  const verdict = verdictOf(ruleSetOf(DETECTION_RULES), event);
  return verdict.findings !== undefined || verdict.burstKeys !== undefined;
}
