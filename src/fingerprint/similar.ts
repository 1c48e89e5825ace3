// `similar`: the visits that share or come close on a target's fingerprints, best first. The index
// answers exact lookups and band lookups; only the candidates it returns are compared in full.
import { EXACT, compareRows, FINGERPRINT_NAMES, SHARED_FILES, type Likeness } from './similarity.ts';
import type { FingerprintRow } from '../model.ts';
import { phashBands, tlshBands } from './rows.ts';

/** What the store offers a query (TraceStore implements it). */
export interface FingerprintIndex {
  /** Visits holding (kind, value), at most `limit` of them. */
  visitsWithFingerprint(kind: string, value: string, limit: number): string[];
  /** Every row of each visit but the LSH bands. */
  fingerprintRowsOf(visitIds: string[]): Map<string, FingerprintRow[]>;
}

/**
 * A value held by more visits than this says little (a popular library, a stock error page): it is
 * not used to find candidates, though it still counts when a candidate found otherwise shares it.
 */
export const COMMON_VALUE = 500;

/** `similar`'s defaults (serve's "similar pages" use them too): what a family would hold, 20 at most. */
export const DEFAULT_MIN_SCORE = 0.5;
export const DEFAULT_LIMIT = 20;

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

/** The index lookups a row stands for: itself, or for a near fingerprint its LSH bands. */
function lookups(r: FingerprintRow): { name: string; kind: string; value: string }[] {
  if (r.kind === 'tlsh' || r.kind === 'domtlsh') return tlshBands(r.value).map((value) => ({ name: r.kind, kind: `${r.kind}-band`, value }));
  if (r.kind === 'phash') return phashBands(r.value).map((value) => ({ name: 'phash', kind: 'phash-band', value }));
  const name = EXACT[r.kind]?.name ?? SHARED_FILES[r.kind] ?? null;
  return name ? [{ name, kind: r.kind, value: r.value }] : [];
}

/**
 * A candidate found only through TLSH bands needs this many of them: on the wild corpus every pair
 * within cluster's TLSH thresholds shares at least 2 of the 16 (most pairs that share one are far
 * apart), and on a large store one shared band alone brings thousands of strangers.
 */
export const TLSH_BANDS_NEEDED = 2;

export function findSimilar(target: FingerprintRow[], index: FingerprintIndex, opts: SimilarOptions): SimilarMatch[] {
  const by = opts.by ?? new Set(FINGERPRINT_NAMES);
  const candidates = new Set<string>();
  const bandHits = new Map<string, number>();
  const asked = new Set<string>();
  for (const { name, kind, value } of target.flatMap(lookups)) {
    const key = `${kind}\u0000${value}`;
    if (!by.has(name) || asked.has(key)) continue;
    asked.add(key);
    const ids = index.visitsWithFingerprint(kind, value, COMMON_VALUE + 1);
    if (ids.length > COMMON_VALUE) continue;
    for (const id of ids) {
      if (id === opts.self) continue;
      if (kind !== 'tlsh-band' && kind !== 'domtlsh-band') candidates.add(id);
      else {
        const hits = (bandHits.get(`${kind} ${id}`) ?? 0) + 1;
        bandHits.set(`${kind} ${id}`, hits);
        if (hits >= TLSH_BANDS_NEEDED) candidates.add(id);
      }
    }
  }
  const rows = index.fingerprintRowsOf([...candidates]);
  const out: SimilarMatch[] = [];
  for (const [visitId, theirs] of rows) {
    const likeness = compareRows(target, theirs, by);
    if (likeness.score >= opts.minScore && likeness.score > 0) out.push({ visitId, ...likeness });
  }
  return out.sort((a, b) => b.score - a.score || a.visitId.localeCompare(b.visitId)).slice(0, opts.limit);
}
