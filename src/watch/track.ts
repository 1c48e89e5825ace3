// The memory of a watch between rounds, and the rule that turns a round's observations into
// events. Per lure it keeps the last confirmed state (the baseline) and a candidate: a state that
// differs from the baseline is reported only once `confirm` consecutive comparable rounds have
// shown it (a flaky load that flips back clears the candidate), and an incomplete visit is never
// compared at all. A watch whose every lure stayed dark `expireAfter` rounds in a row expires.
import { TokenMask } from '../diff/url-compare.ts';
import { WATCH_EVENT_FORMAT, type Watch, type WatchEvent, type WatchRound } from '../model.ts';
import { compareLures, isComparable, isDark, signature, type CompareContext } from './compare.ts';
import type { LureObservation } from './observe.ts';

interface Seen {
  round: string;
  lure: LureObservation;
}

interface LureState {
  /** The last confirmed state. */
  baseline: Seen | null;
  /** A differing state seen in consecutive rounds, not yet confirmed. */
  candidate: { signature: string; rounds: string[]; visits: string[] } | null;
}

export interface WatchState {
  lures: Record<string, LureState>;
  /** Consecutive rounds in which every lure was dark. */
  darkRounds: number;
}

export interface RoundOutcome {
  state: WatchState;
  events: WatchEvent[];
  /** One line for `watch show`: what this round did to the watch. */
  verdict: string;
  expired: boolean;
}

export function readState(raw: unknown): WatchState {
  const s = raw as Partial<WatchState> | null;
  return { lures: s?.lures ?? {}, darkRounds: s?.darkRounds ?? 0 };
}

export function compareContext(watch: Watch, lureUrl: string): CompareContext {
  const target = watch.spec.targets.find((t) => t.url === lureUrl);
  const values = (target?.tokens ?? []).filter((t) => t.kind === 'per-recipient').map((t) => t.value);
  return { mask: new TokenMask(values), ignoreParams: watch.spec.ignoreParams };
}

/** Applies one finished round's observations to the watch's state. */
export function trackRound(watch: Watch, round: WatchRound, observations: LureObservation[], previous: WatchState, now = new Date()): RoundOutcome {
  const state: WatchState = structuredClone(previous);
  const events: WatchEvent[] = [];
  const verdicts: string[] = [];
  const event = (kind: WatchEvent['kind'], target: string, previousRound: string | null, evidence: WatchEvent['evidence']): WatchEvent => ({
    format: WATCH_EVENT_FORMAT,
    watch: watch.name,
    round: round.id,
    previousRound,
    time: now.toISOString(),
    kind,
    target,
    evidence,
  });

  for (const lure of observations) {
    const s: LureState = state.lures[lure.url] ?? { baseline: null, candidate: null };
    state.lures[lure.url] = s;
    if (!isComparable(lure)) {
      verdicts.push('incomplete');
      continue;
    }
    const ctx = compareContext(watch, lure.url);
    const sig = signature(lure, ctx);
    const visits = Object.values(lure.personas).map((c) => c.visitId);
    if (!s.baseline) {
      s.baseline = { round: round.id, lure };
      verdicts.push('baseline');
    } else if (sig === signature(s.baseline.lure, ctx)) {
      s.candidate = null;
      verdicts.push('same');
    } else {
      s.candidate = s.candidate?.signature === sig ? { signature: sig, rounds: [...s.candidate.rounds, round.id], visits: [...s.candidate.visits, ...visits] } : { signature: sig, rounds: [round.id], visits };
      if (s.candidate.rounds.length < watch.spec.confirm) {
        verdicts.push(`changed, to confirm (${s.candidate.rounds.length}/${watch.spec.confirm})`);
        continue;
      }
      const changes = compareLures(s.baseline.lure, lure, ctx, s.candidate.visits);
      for (const c of changes) events.push(event(c.kind, lure.url, s.baseline.round, c.evidence));
      verdicts.push(changes.length ? `changed: ${changes.map((c) => c.kind).join(', ')}` : 'changed (nothing to report)');
      s.baseline = { round: round.id, lure };
      s.candidate = null;
    }
  }

  const allDark = observations.length > 0 && observations.every(isDark);
  state.darkRounds = allDark ? state.darkRounds + 1 : observations.some((l) => isComparable(l) && !isDark(l)) ? 0 : state.darkRounds;
  const expired = state.darkRounds >= watch.spec.expireAfter;
  if (expired) {
    const lastSeen = Object.values(state.lures).map((l) => l.baseline?.round ?? null).find((r) => r !== null) ?? null;
    events.push(event('expired', watch.spec.targets.map((t) => t.url).join(' '), lastSeen, [{ what: 'dark-rounds', before: null, after: state.darkRounds, visits: observations.flatMap((l) => Object.values(l.personas).map((c) => c.visitId)) }]));
    verdicts.push(`expired after ${state.darkRounds} dark rounds`);
  }
  const verdict = [...new Set(verdicts)].join('; ') || 'no visits';
  return { state, events, verdict, expired };
}
