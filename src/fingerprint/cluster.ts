// Kit families: landings joined when they share an exact fingerprint that only a copy of the same
// kit (or the same operator) would share, or when their markup (TLSH) or screenshot (dHash) is
// within a near threshold. Families are the connected components; each is named by the evidence
// that holds most of its members together.
import { sha256 } from '../bytes.ts';
import { hamming } from './image-hash.ts';
import { tlshDistance } from './markup.ts';
import { withoutBotSecrets } from './operator.ts';
import { COMMON_VALUE } from './similar.ts';
import { CLUSTER_DOMTLSH, CLUSTER_PHASH, CLUSTER_TLSH, EXACT, sharesKitFiles } from './similarity.ts';
import type { FingerprintRow } from '../model.ts';

/**
 * Exact kinds that join a family. Left out: the favicon (a brand's icon is copied into unrelated
 * kits), header names (stock servers), drop hosts (form services used by many kits) and analytics
 * ids: those tie an operator or a platform (every blog of one host carries the host's tag id), not
 * a kit, and on the wild corpus they joined different sites; `similar` and `pivot` still use them.
 */
export const CLUSTER_EXACT = ['sha256', 'domhash', 'sitekey', 'telegram-bot', 'telegram-chat'];
/** A resource more visits than this loaded is a library, not a kit's own file (as for `similar`). */
const COMMON_RESOURCE = COMMON_VALUE;

export interface FamilyEvidence {
  fingerprint: string;
  /** The shared value; null for a near match. */
  value: string | null;
  /** Members this evidence joins. */
  visits: number;
}

export interface Family {
  id: string;
  label: string;
  evidence: FamilyEvidence[];
  visits: string[];
}

class Components {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    while (p !== (this.parent.get(p) ?? p)) p = this.parent.get(p)!;
    this.parent.set(x, p);
    return p;
  }
  join(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

type Edge = { fingerprint: string; value: string | null; members: string[] };

/** Groups of visits that hold the same value of a kind (for bands: the same band). */
function groups(rows: Map<string, FingerprintRow[]>, kind: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [visit, list] of rows) {
    for (const r of new Set(list.filter((x) => x.kind === kind).map((x) => x.value))) {
      const g = out.get(r);
      if (g) g.push(visit);
      else out.set(r, [visit]);
    }
  }
  return out;
}

/** The index (`I` of `I:HEX`) of a band value. */
const bandIndex = (band: string): number => Number(band.slice(0, band.indexOf(':')));

/**
 * Pairs of visits within `limit` by `distance`, found through the bands they share; a pair is
 * measured once, at the first band it shares (no set of pairs seen: on a 100,000-visit store they
 * ran past the 16.7 million entries a Set can hold). A band more visits than COMMON_VALUE hold is
 * skipped, as `similar` skips it: pages made from one template share such bands by the thousand,
 * and a pair that is really near shares other bands too (see TLSH_BANDS_NEEDED).
 */
function nearEdges(rows: Map<string, FingerprintRow[]>, kind: string, limit: number, distance: (a: string, b: string) => number): Edge[] {
  const full = new Map([...rows].map(([v, list]) => [v, list.filter((r) => r.kind === kind).map((r) => r.value)]));
  const bands = new Map([...rows].map(([v, list]) => [v, new Set(list.filter((r) => r.kind === `${kind}-band`).map((r) => r.value))]));
  const byBand = groups(rows, `${kind}-band`);
  const common = new Set([...byBand].filter(([, members]) => members.length > COMMON_VALUE).map(([band]) => band));
  const sharedBefore = (a: string, b: string, index: number): boolean => {
    const theirs = bands.get(b)!;
    for (const w of bands.get(a)!) if (bandIndex(w) < index && !common.has(w) && theirs.has(w)) return true;
    return false;
  };
  const edges: Edge[] = [];
  for (const [band, members] of byBand) {
    if (common.has(band)) continue;
    const index = bandIndex(band);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i]!, members[j]!];
        if (sharedBefore(a, b, index)) continue;
        if (full.get(a)!.some((x) => full.get(b)!.some((y) => distance(x, y) <= limit))) edges.push({ fingerprint: kind, value: null, members: [a, b] });
      }
    }
  }
  return edges;
}

/** Stronger evidence names a family first when two hold as many members. */
const STRENGTH = ['sha256', 'telegram', 'sitekeys', 'domhash', 'tlsh', 'domtlsh', 'phash', 'resources'];
const rank = (e: FamilyEvidence) => STRENGTH.indexOf(e.fingerprint);

/** Pairs that loaded enough of the same resources (the kit's own images, scripts and styles). */
function resourceEdges(rows: Map<string, FingerprintRow[]>): Edge[] {
  const sizes = new Map([...rows].map(([v, list]) => [v, new Set(list.filter((r) => r.kind === 'resource').map((r) => r.value)).size]));
  const shared = new Map<string, number>();
  for (const members of groups(rows, 'resource').values()) {
    if (members.length > COMMON_RESOURCE) continue;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const key = `${members[i]} ${members[j]}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const edges: Edge[] = [];
  for (const [key, n] of shared) {
    const [a, b] = key.split(' ') as [string, string];
    if (sharesKitFiles(n, n / (sizes.get(a)! + sizes.get(b)! - n))) edges.push({ fingerprint: 'resources', value: null, members: [a, b] });
  }
  return edges;
}

/** The families (two members or more) among the given visits' landings, largest first. */
export function clusterFamilies(rows: Map<string, FingerprintRow[]>): Family[] {
  const edges: Edge[] = [];
  for (const kind of CLUSTER_EXACT) {
    for (const [value, members] of groups(rows, kind)) if (members.length > 1) edges.push({ fingerprint: EXACT[kind]!.name, value, members });
  }
  // Appended one by one: spreading hundreds of thousands of near pairs into push() overflows the stack.
  for (const more of [
    nearEdges(rows, 'tlsh', CLUSTER_TLSH, tlshDistance),
    nearEdges(rows, 'domtlsh', CLUSTER_DOMTLSH, tlshDistance),
    nearEdges(rows, 'phash', CLUSTER_PHASH, hamming),
    resourceEdges(rows),
  ]) {
    for (const e of more) edges.push(e);
  }
  const comps = new Components();
  for (const e of edges) for (const m of e.members.slice(1)) comps.join(e.members[0]!, m);

  const members = new Map<string, string[]>();
  for (const v of rows.keys()) {
    const root = comps.find(v);
    const list = members.get(root);
    if (list) list.push(v);
    else members.set(root, [v]);
  }
  // Each edge filed under its family once: scanning every edge for every family is families ×
  // edges, minutes on a large store.
  const edgesOf = new Map<string, Edge[]>();
  for (const e of edges) {
    const root = comps.find(e.members[0]!);
    const list = edgesOf.get(root);
    if (list) list.push(e);
    else edgesOf.set(root, [e]);
  }
  const families: Family[] = [];
  for (const [root, visits] of members) {
    if (visits.length < 2) continue;
    const held = new Map<string, { fingerprint: string; value: string | null; members: Set<string> }>();
    for (const e of edgesOf.get(root) ?? []) {
      const key = `${e.fingerprint}\u0000${e.value ?? ''}`;
      const h = held.get(key) ?? { fingerprint: e.fingerprint, value: e.value, members: new Set<string>() };
      for (const m of e.members) h.members.add(m);
      held.set(key, h);
    }
    // Families are shared (JSON, reports): a bot token is named by its bot id only.
    const evidence = [...held.values()].map(({ fingerprint, value, members: m }) => ({ fingerprint, value: value && withoutBotSecrets(value), visits: m.size }));
    const ranked = evidence.sort((a, b) => b.visits - a.visits || rank(a) - rank(b));
    const top = ranked[0]!;
    const label = top.value === null ? `${top.fingerprint} near (${top.visits} of ${visits.length})` : `${top.fingerprint} ${top.value.slice(0, 24)} (${top.visits} of ${visits.length})`;
    families.push({ id: `fam-${sha256(visits.sort().join(' ')).slice(0, 12)}`, label, evidence: ranked, visits });
  }
  return families.sort((a, b) => b.visits.length - a.visits.length || a.id.localeCompare(b.id));
}
