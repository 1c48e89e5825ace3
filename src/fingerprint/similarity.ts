// How alike two pages are, from their index rows: each fingerprint that matches adds its weight,
// combined as independent evidence (1 - Π(1 - wᵢ)), so one strong match (the same body, the same
// captcha key, the same Telegram bot) is enough and weak ones (the same server header set, a
// shared library) only count together with something else. Names are the contract's field names.
import { hamming } from './image-hash.ts';
import { tlshDistance } from './markup.ts';
import type { FingerprintRow } from '../model.ts';

/** Contract name of each exact kind and its weight. */
export const EXACT: Record<string, { name: string; weight: number }> = {
  sha256: { name: 'sha256', weight: 1 },
  'telegram-bot': { name: 'telegram', weight: 0.95 },
  'telegram-chat': { name: 'telegram', weight: 0.9 },
  sitekey: { name: 'sitekeys', weight: 0.9 },
  domhash: { name: 'domhash', weight: 0.8 },
  tracker: { name: 'trackerIds', weight: 0.8 },
  'drop-host': { name: 'dropHosts', weight: 0.7 },
  // A brand's own icon is copied into unrelated kits of that brand: some evidence, not a family.
  favicon: { name: 'favicon', weight: 0.5 },
  // Stock server software sends the same header names everywhere.
  hhhash: { name: 'hhhash', weight: 0.1 },
};

/** Every fingerprint name `--by` accepts. */
export const FINGERPRINT_NAMES = ['domhash', 'domtlsh', 'tlsh', 'sha256', 'favicon', 'phash', 'hhhash', 'resources', 'dropHosts', 'sitekeys', 'trackerIds', 'telegram'];

/** TLSH distances up to this count as near (score falls linearly to 0 here). */
export const TLSH_NEAR = 100;
/** dHash distances up to this many bits count as near. */
export const PHASH_NEAR = 10;

export function tlshScore(distance: number): number {
  return distance <= TLSH_NEAR ? 0.9 * (1 - distance / TLSH_NEAR) : 0;
}

/** Skeleton TLSH distances up to this count as near: tag sequences vary less than markup. */
export const DOMTLSH_NEAR = 60;

export function domtlshScore(distance: number): number {
  return distance <= DOMTLSH_NEAR ? 0.7 * (1 - distance / DOMTLSH_NEAR) : 0;
}

export function phashScore(bits: number): number {
  return bits <= PHASH_NEAR ? 0.7 * (1 - bits / (PHASH_NEAR + 1)) : 0;
}

/** Shared scripts, stylesheets and images, by Jaccard index: libraries are shared by unrelated pages. */
export function resourceScore(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (0.4 * shared) / (a.size + b.size - shared);
}

export interface Likeness {
  score: number;
  by: string[];
}

function valuesOf(rows: FingerprintRow[], kind: string): string[] {
  return rows.filter((r) => r.kind === kind).map((r) => r.value);
}

function best(a: string[], b: string[], distance: (x: string, y: string) => number): number {
  let min = Infinity;
  for (const x of a) for (const y of b) min = Math.min(min, distance(x, y));
  return min;
}

/** The likeness of two pages (or visits: the rows of all their pages), over the fingerprints in `by`. */
export function compareRows(a: FingerprintRow[], b: FingerprintRow[], by: Set<string> = new Set(FINGERPRINT_NAMES)): Likeness {
  const scores = new Map<string, number>();
  const note = (name: string, s: number) => {
    if (s > 0 && by.has(name)) scores.set(name, 1 - (1 - (scores.get(name) ?? 0)) * (1 - s));
  };
  const bValues = new Set(b.map((r) => `${r.kind}\u0000${r.value}`));
  const seen = new Set<string>();
  for (const r of a) {
    const exact = EXACT[r.kind];
    const key = `${r.kind}\u0000${r.value}`;
    if (exact && !seen.has(key) && bValues.has(key)) note(exact.name, exact.weight);
    seen.add(key);
  }
  note('tlsh', tlshScore(best(valuesOf(a, 'tlsh'), valuesOf(b, 'tlsh'), tlshDistance)));
  note('domtlsh', domtlshScore(best(valuesOf(a, 'domtlsh'), valuesOf(b, 'domtlsh'), tlshDistance)));
  note('phash', phashScore(best(valuesOf(a, 'phash'), valuesOf(b, 'phash'), hamming)));
  note('resources', resourceScore(new Set(valuesOf(a, 'resource')), new Set(valuesOf(b, 'resource'))));
  let miss = 1;
  for (const s of scores.values()) miss *= 1 - s;
  const by2 = [...scores.entries()].sort((x, y) => y[1] - x[1]).map(([name]) => name);
  return { score: Math.round((1 - miss) * 1000) / 1000, by: by2 };
}
