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
export const FINGERPRINT_NAMES = ['domhash', 'domtlsh', 'tlsh', 'sha256', 'favicon', 'phash', 'hhhash', 'resources', 'resourceNames', 'dropHosts', 'sitekeys', 'trackerIds', 'telegram'];

/*
 * Near fingerprints score 0.5 exactly at the distance where `cluster` joins two landings, more
 * below it, falling to 0 at the edge of "related": so `similar`'s default --min-score 0.5 shows
 * what a family would hold, and a lower one shows the looser relations too.
 */

/** Landings whose markup is within this TLSH distance join a family; 0 from 100 on. */
export const CLUSTER_TLSH = 40;
/** Landings whose tag skeletons are within this TLSH distance join; 0 from 60 on. */
export const CLUSTER_DOMTLSH = 30;
/** Landings whose screenshots are within this many dHash bits join; 0 from 10 on. */
export const CLUSTER_PHASH = 4;
/**
 * Landings that loaded at least this many of the same scripts, stylesheets and images… (4 of 20 %
 * on the dev split: the winsec tech-support kit re-edited by each deployer keeps 4–6 of its 15–20
 * files; 3 of 30 % joined a third fewer same-kit pairs at the same precision)
 */
export const CLUSTER_SHARED_RESOURCES = 4;
/** …making up at least this share (Jaccard) of both pages' resources join. */
export const CLUSTER_RESOURCE_JACCARD = 0.2;

/** best at distance 0, 0.5 at `join`, 0 at `unrelated`. */
function nearScore(distance: number, best: number, join: number, unrelated: number): number {
  if (distance <= join) return best - ((best - 0.5) * distance) / join;
  return Math.max(0, 0.5 - (0.5 * (distance - join)) / (unrelated - join));
}

export const tlshScore = (d: number) => nearScore(d, 0.9, CLUSTER_TLSH, 100);
export const domtlshScore = (d: number) => nearScore(d, 0.8, CLUSTER_DOMTLSH, 60);
export const phashScore = (bits: number) => nearScore(bits, 0.7, CLUSTER_PHASH, 10);

/**
 * Landings whose loaded files have at least this many names in common… (names are weaker than
 * bytes: `style.css`, `logo.png` and `jquery.min.js` are everywhere; on the dev split 6 of 30 %
 * added six same-kit pairs and no wrong one, 3 to 5 names added a wrong one)
 */
export const CLUSTER_SHARED_NAMES = 6;
/** …making up at least this share (Jaccard) of both pages' file names join. */
export const CLUSTER_NAME_JACCARD = 0.3;

/** Contract name of each shared-files kind. */
export const SHARED_FILES: Record<string, string> = { resource: 'resources', 'resource-name': 'resourceNames' };

/** Whether two pages share enough of their own files to be one kit. */
export function sharesKitFiles(shared: number, jaccard: number): boolean {
  return shared >= CLUSTER_SHARED_RESOURCES && jaccard >= CLUSTER_RESOURCE_JACCARD;
}

/** Whether two pages' files have enough names in common to be one kit. */
export function sharesKitFileNames(shared: number, jaccard: number): boolean {
  return shared >= CLUSTER_SHARED_NAMES && jaccard >= CLUSTER_NAME_JACCARD;
}

/** Shared scripts, stylesheets and images (or their names): the kit's own files, or only libraries (under 0.5). */
export function resourceScore(a: Set<string>, b: Set<string>, joins = sharesKitFiles): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const jaccard = shared / (a.size + b.size - shared);
  return joins(shared, jaccard) ? 0.5 + 0.3 * jaccard : 0.4 * jaccard;
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
  note('resourceNames', resourceScore(new Set(valuesOf(a, 'resource-name')), new Set(valuesOf(b, 'resource-name')), sharesKitFileNames));
  let miss = 1;
  for (const s of scores.values()) miss *= 1 - s;
  const by2 = [...scores.entries()].sort((x, y) => y[1] - x[1]).map(([name]) => name);
  return { score: Math.round((1 - miss) * 1000) / 1000, by: by2 };
}
