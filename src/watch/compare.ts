// Two observations of one lure compared: what moved, as event kinds with their evidence. The same
// projection gives the signature a change is confirmed by, so "the state differs" and "these are
// the changes" can never disagree. Final URLs are compared by their campaign shape (per-recipient
// tokens and id-like values starred, ignored parameters dropped): a fresh session id is no move.
import { campaignShape, type TokenMask } from '../diff/url-compare.ts';
import type { WatchEventKind, WatchEvidence } from '../model.ts';
import { withoutParams } from './ignore.ts';
import type { ChainObservation, LureObservation } from './observe.ts';

export interface CompareContext {
  mask: TokenMask;
  ignoreParams: readonly string[];
}

export interface Change {
  kind: WatchEventKind;
  evidence: WatchEvidence[];
}

function finalShape(c: ChainObservation, ctx: CompareContext): string | null {
  return c.finalUrl ? campaignShape(withoutParams(c.finalUrl, ctx.ignoreParams), ctx.mask) : null;
}

/** What of a chain counts: a dark chain is only dark (where it went dark is evidence, not state). */
function projection(c: ChainObservation, ctx: CompareContext): unknown {
  if (c.dark) return { dark: true };
  return { final: finalShape(c, ctx), category: c.category, trackers: c.trackers, loads: c.loads, registrant: c.registrant };
}

/** The comparable state of a lure: equal signatures mean nothing moved. */
export function signature(lure: LureObservation, ctx: CompareContext): string {
  const personas = Object.keys(lure.personas).sort();
  return JSON.stringify({ personas: personas.map((p) => [p, projection(lure.personas[p]!, ctx)]), cloaked: lure.cloaked });
}

/** A lure is compared only when every persona's chain is either complete or dark. */
export function isComparable(lure: LureObservation): boolean {
  const chains = Object.values(lure.personas);
  return chains.length > 0 && chains.every((c) => !c.incomplete);
}

export function isDark(lure: LureObservation): boolean {
  const chains = Object.values(lure.personas);
  return chains.length > 0 && chains.every((c) => c.dark !== null);
}

const added = (a: string[], b: string[]) => b.filter((x) => !a.includes(x));

/**
 * The changes from `before` to `after` (both comparable). `confirming` are the visits of the rounds
 * that showed the new state. One change per kind, with one evidence item per persona it concerns.
 */
export function compareLures(before: LureObservation, after: LureObservation, ctx: CompareContext, confirming: string[]): Change[] {
  const byKind = new Map<WatchEventKind, WatchEvidence[]>();
  const note = (kind: WatchEventKind, e: WatchEvidence) => byKind.set(kind, [...(byKind.get(kind) ?? []), e]);
  for (const [persona, b] of Object.entries(after.personas)) {
    const a = before.personas[persona];
    if (!a) continue;
    const visits = [a.visitId, ...confirming.filter((v) => v !== b.visitId), b.visitId];
    const ev = (what: string, x: unknown, y: unknown): WatchEvidence => ({ persona, what, before: x, after: y, visits });
    if (!a.dark && b.dark) {
      note('went-dark', ev('reachable', a.finalUrl, b.dark));
      continue;
    }
    if (a.dark && !b.dark) note('came-back', ev('reachable', a.dark, b.finalUrl));
    if (a.dark || b.dark) continue;
    if (finalShape(a, ctx) !== finalShape(b, ctx)) {
      note('final-moved', ev('final', { url: a.finalUrl, domain: a.finalDomain, ips: a.ips, certIssuer: a.certIssuer }, { url: b.finalUrl, domain: b.finalDomain, ips: b.ips, certIssuer: b.certIssuer }));
    }
    if (a.category !== b.category) note('category-changed', ev('category', a.category, b.category));
    const newTrackers = added(a.trackers, b.trackers);
    if (newTrackers.length) note('tracker-added', ev('tracker', a.trackers, newTrackers));
    const newLoads = added(a.loads, b.loads);
    if (newLoads.length) note('host-added', ev('host', a.loads, newLoads));
    const gone = [...added(b.trackers, a.trackers), ...added(b.loads, a.loads)];
    if (gone.length) note('host-removed', ev('host', gone, null));
    if (a.registrant !== b.registrant && a.registrant !== null && b.registrant !== null) note('registrant-changed', ev('registrant', a.registrant, b.registrant));
  }
  if (before.cloaked !== null && after.cloaked !== null && before.cloaked !== after.cloaked) {
    const visits = [...Object.values(before.personas), ...Object.values(after.personas)].map((c) => c.visitId);
    note('cloaking-changed', { what: 'cloaked', before: before.cloaked, after: after.cloaked, visits });
  }
  return [...byKind].map(([kind, evidence]) => ({ kind, evidence }));
}
