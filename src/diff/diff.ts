// Hop-by-hop diff of two visits' redirect chains, and of two jobs' visits paired by link and
// persona. Shape: docs/CONTRACT.md (`hoptrace diff --json`).
//
// Chains are aligned per branch (branch N of A against branch N of B) on host + path, with
// per-recipient token values masked (see url-compare.ts). Per paired hop, `changes` names every
// field that differs. Some of them are informational and keep the hop `same`:
//  - `token`: only per-recipient values differ (two recipients of one campaign);
//  - `serverIp`: CDNs and replays answer from other addresses for the same page;
//  - `bodySha256`: pages embed the recipient's token or a nonce, so the hash differs per visit.
// Every other change (host, path, query, status, cause, method, blocked) makes the hop `changed`.
import type { Category, Hop, Token, TraceBundle, Visit } from '../model.ts';
import { latestAttempts } from '../records/visit-record.ts';
import { align } from './align.ts';
import { campaignShape, compareUrls, TokenMask } from './url-compare.ts';

export type HopOp = 'same' | 'changed' | 'added' | 'removed';

export interface HopDiff {
  op: HopOp;
  a: Hop | null;
  b: Hop | null;
  changes: string[];
}

export interface VisitDiff {
  a: string;
  b: string;
  same: boolean;
  /** seq (in A) of the first hop of branch 0 that is not `same`; null when the visits are the same. */
  divergesAt: number | null;
  hops: HopDiff[];
  final: { a: Category | null; b: Category | null };
  /**
   * Why A or B cannot be trusted to end where its chain ends (null for a complete visit). When
   * either is set the verdict is not a finding: `conclusive` is false.
   */
  incomplete: { a: string | null; b: string | null };
  conclusive: boolean;
}

const INFORMATIONAL = new Set(['token', 'serverIp', 'bodySha256']);

export function maskOf(tokens: Token[] | undefined): TokenMask {
  return new TokenMask((tokens ?? []).filter((t) => t.kind === 'per-recipient').map((t) => t.value));
}

function hopChanges(a: Hop, b: Hop, mask: TokenMask): string[] {
  const url = compareUrls(a.url, b.url, mask);
  const changes: string[] = [];
  if (url.host === 'differs') changes.push('host');
  if (url.path === 'differs') changes.push('path');
  if (url.query === 'differs') changes.push('query');
  if (a.method !== b.method) changes.push('method');
  if (a.status !== b.status) changes.push('status');
  if (a.cause !== b.cause) changes.push('cause');
  if (a.serverIp !== b.serverIp) changes.push('serverIp');
  if (url.host === 'token' || url.path === 'token' || url.query === 'token') changes.push('token');
  if (a.bodySha256 !== b.bodySha256) changes.push('bodySha256');
  if (a.blocked !== b.blocked) changes.push('blocked');
  return changes;
}

/** Alignment score: the same host and path pair best, the same host is a likely substitution. */
function pairScore(mask: TokenMask) {
  return (a: Hop, b: Hop): number => {
    const url = compareUrls(a.url, b.url, mask);
    if (url.host !== 'differs' && url.path !== 'differs') return 3;
    return url.host !== 'differs' ? 1 : -1;
  };
}

function branches(hops: Hop[]): Map<number, Hop[]> {
  const out = new Map<number, Hop[]>();
  for (const h of [...hops].sort((x, y) => x.seq - y.seq)) {
    const list = out.get(h.branch) ?? [];
    list.push(h);
    out.set(h.branch, list);
  }
  return out;
}

function diffBranch(a: Hop[], b: Hop[], mask: TokenMask): HopDiff[] {
  return align(a, b, pairScore(mask)).map(({ a: ha, b: hb }) => {
    if (ha && hb) {
      const changes = hopChanges(ha, hb, mask);
      const op: HopOp = changes.every((c) => INFORMATIONAL.has(c)) ? 'same' : 'changed';
      return { op, a: ha, b: hb, changes };
    }
    return ha ? { op: 'removed', a: ha, b: null, changes: [] } : { op: 'added', a: null, b: hb, changes: [] };
  });
}

/**
 * Where A and B part: the seq in A of the first non-same hop of branch 0. An added hop has no seq
 * in A, so it is placed at the A hop it was inserted before (or one past A's last hop). When
 * branch 0 agrees throughout, the first differing hop of another branch counts, and when only the
 * final categories differ, A's last hop of branch 0 (the page that was classified differently).
 */
function divergence(hops: HopDiff[], sameFinal: boolean): number | null {
  const firstDiff = (list: HopDiff[]): number | null => {
    const i = list.findIndex((h) => h.op !== 'same');
    if (i < 0) return null;
    const after = list.slice(i).find((h) => h.a);
    if (after?.a) return after.a.seq;
    const before = list.slice(0, i).reverse().find((h) => h.a);
    return before?.a ? before.a.seq + 1 : 0;
  };
  const main = hops.filter((h) => (h.a ?? h.b)!.branch === 0);
  const at = firstDiff(main) ?? firstDiff(hops);
  if (at !== null || sameFinal) return at;
  const lastMain = main.filter((h) => h.a).at(-1);
  return lastMain?.a ? lastMain.a.seq : 0;
}

export function diffVisits(a: Visit, b: Visit, tokens?: Token[]): VisitDiff {
  const mask = maskOf(tokens);
  const ba = branches(a.hops);
  const bb = branches(b.hops);
  const numbers = [...new Set([...ba.keys(), ...bb.keys()])].sort((x, y) => x - y);
  const hops = numbers.flatMap((n) => diffBranch(ba.get(n) ?? [], bb.get(n) ?? [], mask));
  const final = { a: a.final?.category ?? null, b: b.final?.category ?? null };
  const sameFinal = final.a === final.b;
  const same = sameFinal && hops.every((h) => h.op === 'same');
  const incomplete = { a: a.incomplete ?? null, b: b.incomplete ?? null };
  const conclusive = incomplete.a === null && incomplete.b === null;
  return { a: a.id, b: b.id, same, divergesAt: same ? null : divergence(hops, sameFinal), hops, final, incomplete, conclusive };
}

// ---------------------------------------------------------------- jobs

/** One side of a job diff: a job's visits, with its tokens when known (to mask them). */
export type JobSide = Visit[] | (Pick<TraceBundle, 'visits'> & Partial<Pick<TraceBundle, 'tokens'>>);

export interface VisitRef {
  visitId: string;
  url: string;
  persona: string;
}

export interface PairedVisits {
  persona: string;
  /** How the pair was made: the same URL, or the same campaign shape (token values differ). */
  pairedBy: 'url' | 'shape';
  a: VisitRef;
  b: VisitRef;
  diff: VisitDiff;
}

export interface JobDiff {
  pairs: PairedVisits[];
  onlyInA: VisitRef[];
  onlyInB: VisitRef[];
  /** `inconclusive`: pairs where a side is incomplete; they are neither same nor changed. */
  counts: { same: number; changed: number; inconclusive: number; onlyInA: number; onlyInB: number };
}

function sideOf(side: JobSide): { visits: Visit[]; tokens: Token[] } {
  return Array.isArray(side) ? { visits: side, tokens: [] } : { visits: side.visits, tokens: side.tokens ?? [] };
}

const ref = (v: Visit): VisitRef => ({ visitId: v.id, url: v.url, persona: v.persona });

/** Takes pairs with equal keys out of both lists, first come first paired. */
function pairBy(as: Visit[], bs: Visit[], key: (v: Visit) => string): [Visit, Visit][] {
  const waiting = new Map<string, Visit[]>();
  for (const v of bs) waiting.set(key(v), [...(waiting.get(key(v)) ?? []), v]);
  const pairs: [Visit, Visit][] = [];
  for (const va of as) {
    const vb = waiting.get(key(va))?.shift();
    if (vb) pairs.push([va, vb]);
  }
  return pairs;
}

/**
 * Pairs the visits of two jobs by persona and link: the same URL first, then the same campaign
 * shape (two recipients' copies of one link). Each link × persona speaks through its last
 * attempt; replays and cloak-check re-visits are left out (they compare within their own job).
 */
export function diffJobs(sideA: JobSide, sideB: JobSide): JobDiff {
  const A = sideOf(sideA);
  const B = sideOf(sideB);
  const tokens = [...A.tokens, ...B.tokens];
  const mask = maskOf(tokens);
  const primary = (visits: Visit[]) => latestAttempts(visits).filter((v) => v.role === 'primary');
  let restA: Visit[] = primary(A.visits);
  let restB: Visit[] = primary(B.visits);
  const pairs: PairedVisits[] = [];
  const keys: [PairedVisits['pairedBy'], (v: Visit) => string][] = [
    ['url', (v) => `${v.persona}\u0000${v.url}`],
    ['shape', (v) => `${v.persona}\u0000${campaignShape(v.url, mask)}`],
  ];
  for (const [pairedBy, key] of keys) {
    for (const [va, vb] of pairBy(restA, restB, key)) {
      pairs.push({ persona: va.persona, pairedBy, a: ref(va), b: ref(vb), diff: diffVisits(va, vb, tokens) });
      restA = restA.filter((v) => v !== va);
      restB = restB.filter((v) => v !== vb);
    }
  }
  const conclusive = pairs.filter((p) => p.diff.conclusive);
  const same = conclusive.filter((p) => p.diff.same).length;
  return {
    pairs,
    onlyInA: restA.map(ref),
    onlyInB: restB.map(ref),
    counts: { same, changed: conclusive.length - same, inconclusive: pairs.length - conclusive.length, onlyInA: restA.length, onlyInB: restB.length },
  };
}
