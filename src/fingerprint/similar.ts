// `similar`: the visits that share or come close on a target's fingerprints, best first. The index
// answers exact lookups and band lookups; only the candidates it returns are compared in full.
import { EXACT, compareRows, FINGERPRINT_NAMES, type Likeness } from './similarity.ts';
import type { FingerprintRow } from '../model.ts';

/** What the store offers a query (TraceStore implements it). */
export interface FingerprintIndex {
  /** Visits holding (kind, value), at most `limit` of them. */
  visitsWithFingerprint(kind: string, value: string, limit: number): string[];
  /** Every row of each visit. */
  fingerprintRowsOf(visitIds: string[]): Map<string, FingerprintRow[]>;
}

/**
 * A value held by more visits than this says little (a popular library, a stock error page): it is
 * not used to find candidates, though it still counts when a candidate found otherwise shares it.
 */
export const COMMON_VALUE = 500;

export interface SimilarOptions {
  by?: Set<string>;
  minScore: number;
  limit: number;
  /** The target's own visit, left out of the answer. */
  self?: string;
}

export interface SimilarMatch extends Likeness {
  visitId: string;
}

const NEAR_KINDS: Record<string, string> = { 'tlsh-band': 'tlsh', 'domtlsh-band': 'domtlsh', 'phash-band': 'phash', resource: 'resources' };

export function findSimilar(target: FingerprintRow[], index: FingerprintIndex, opts: SimilarOptions): SimilarMatch[] {
  const by = opts.by ?? new Set(FINGERPRINT_NAMES);
  const candidates = new Set<string>();
  const asked = new Set<string>();
  for (const r of target) {
    const name = EXACT[r.kind]?.name ?? NEAR_KINDS[r.kind];
    const key = `${r.kind}\u0000${r.value}`;
    if (!name || !by.has(name) || asked.has(key)) continue;
    asked.add(key);
    const ids = index.visitsWithFingerprint(r.kind, r.value, COMMON_VALUE + 1);
    if (ids.length > COMMON_VALUE) continue;
    for (const id of ids) if (id !== opts.self) candidates.add(id);
  }
  const rows = index.fingerprintRowsOf([...candidates]);
  const out: SimilarMatch[] = [];
  for (const [visitId, theirs] of rows) {
    const likeness = compareRows(target, theirs, by);
    if (likeness.score >= opts.minScore && likeness.score > 0) out.push({ visitId, ...likeness });
  }
  return out.sort((a, b) => b.score - a.score || a.visitId.localeCompare(b.visitId)).slice(0, opts.limit);
}
