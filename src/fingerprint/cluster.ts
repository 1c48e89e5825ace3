// Kit families: landings joined when they share an exact fingerprint that only a copy of the same
// kit (or the same operator) would share, or when their markup (TLSH) or screenshot (dHash) is
// within a near threshold. Families are the connected components; each is named by the evidence
// that holds most of its members together.
//
// Near-linear in the visits (100,000 in well under a minute): exact values join their holders in
// one pass; a near pair is measured only when its two visits are not yet in one family, and a
// visit is measured against a bounded number of the candidates its LSH bands find (see
// MEASURED_PER_FAMILY, MEASURED_PER_VISIT). A join needs one pair within the threshold, so skipping
// pairs already joined changes no family; the caps only matter on a store where one band is shared
// by hundreds of visits of many families that are not near each other. The bands themselves can
// miss a pair within the threshold that shares too few of them (on the wild corpus, 3 of the 447
// pairs comparing every pair joins); they never join a pair that is not near.
import { sha256 } from '../bytes.ts';
import { hammingOf, parseDhash } from './image-hash.ts';
import { parseTlsh, tlshDiff } from './markup.ts';
import { withoutBotSecrets } from './operator.ts';
import { phashBands, tlshBands } from './rows.ts';
import { COMMON_VALUE, TLSH_BANDS_NEEDED } from './similar.ts';
import { CLUSTER_DOMTLSH, CLUSTER_PHASH, CLUSTER_TLSH, EXACT, SHARED_FILES, sharesKitFileNames, sharesKitFiles } from './similarity.ts';
import type { FamilyLanding, FingerprintRow } from '../model.ts';
import { hostOfUrl } from '../pivot/domains.ts';
import type { TraceStore } from '../store/store.ts';

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
  /** Members this evidence joins (a near kind: the members it joined that exact values had not). */
  visits: number;
}

export interface Family {
  id: string;
  /**
   * What the family is and where: its landings' most common category and host, and how many other
   * hosts (`credential-phishing kit on login-office.test + 12 hosts`). The evidence label without
   * landings (the wild-corpus evaluation).
   */
  name: string;
  /** The evidence that joins most members. */
  label: string;
  evidence: FamilyEvidence[];
  visits: string[];
}

/**
 * A visit is measured against at most this many members of any one family its bands point to
 * (those sharing the most bands first): a near pair shares several bands, so a family none of
 * whose best candidates is near is very likely not near at all.
 */
export const MEASURED_PER_FAMILY = 16;
/** …and against at most this many candidates in all, per near kind. */
export const MEASURED_PER_VISIT = 256;

/** The index kinds `cluster` reads (it derives the LSH bands from the digests). */
export const CLUSTER_KINDS = [...CLUSTER_EXACT, 'resource', 'resource-name', 'tlsh', 'domtlsh', 'phash'];

/** Union-find over visit numbers, by size with path halving. */
class Components {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
    this.size = new Int32Array(n).fill(1);
  }
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]!]!;
      x = p[x]!;
    }
    return x;
  }
  /** Joins the two families; false when they already were one. */
  join(a: number, b: number): boolean {
    let [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return false;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra]! += this.size[rb]!;
    return true;
  }
}

/** A near kind: how its values are read, measured and banded, and where `cluster` joins. */
interface NearKind<T> {
  kind: string;
  /** Bands a candidate must share (as `similar` asks of TLSH candidates). */
  bandsNeeded: number;
  limit: number;
  parse: (value: string) => T;
  distance: (a: T, b: T) => number;
  bands: (value: string) => string[];
}

const NEAR_KINDS: NearKind<unknown>[] = [
  { kind: 'tlsh', bandsNeeded: TLSH_BANDS_NEEDED, limit: CLUSTER_TLSH, parse: parseTlsh, distance: tlshDiff, bands: tlshBands } as NearKind<Uint8Array>,
  { kind: 'domtlsh', bandsNeeded: TLSH_BANDS_NEEDED, limit: CLUSTER_DOMTLSH, parse: parseTlsh, distance: tlshDiff, bands: tlshBands } as NearKind<Uint8Array>,
  { kind: 'phash', bandsNeeded: 1, limit: CLUSTER_PHASH, parse: parseDhash, distance: hammingOf, bands: phashBands } as NearKind<Uint32Array>,
] as NearKind<unknown>[];

/** One joining pair (near or shared files), by visit number. */
type Pair = { fingerprint: string; a: number; b: number };

/** Appends `v` to the list under `key` unless it is already its last member. */
function hold<K>(map: Map<K, number[]>, key: K, v: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [v]);
  else if (list[list.length - 1] !== v) list.push(v);
}

/**
 * Kit families, fed one index row at a time (LSH band rows are ignored: the bands are derived
 * from the digests), so a store's rows stream through without being held as objects.
 */
export class FamilyFinder {
  private readonly number = new Map<string, number>();
  private readonly ids: string[] = [];
  /** Holders of each exact value that joins, keyed `kind\0value`. */
  private readonly exact = new Map<string, number[]>();
  /** Holders of each loaded file (`resource`) and file name (`resource-name`). */
  private readonly files = new Map<string, Map<string, number[]>>(Object.keys(SHARED_FILES).map((k) => [k, new Map()]));
  private readonly near = new Map<string, Map<number, string[]>>(NEAR_KINDS.map((k) => [k.kind, new Map()]));

  add(visitId: string, kind: string, value: string): void {
    let v = this.number.get(visitId);
    if (v === undefined) {
      v = this.ids.length;
      this.number.set(visitId, v);
      this.ids.push(visitId);
    }
    if (CLUSTER_EXACT.includes(kind)) hold(this.exact, `${kind}\u0000${value}`, v);
    else if (this.files.has(kind)) hold(this.files.get(kind)!, value, v);
    else {
      const near = this.near.get(kind);
      if (!near) return;
      const list = near.get(v);
      if (!list) near.set(v, [value]);
      else if (!list.includes(value)) list.push(value);
    }
  }

  /** The families (two members or more), largest first. */
  families(): Family[] {
    const n = this.ids.length;
    const comps = new Components(n);
    // Rows of one visit may come apart (two branches): holder lists are made sets in order.
    for (const map of [this.exact, ...this.files.values()]) for (const [k, list] of map) map.set(k, [...new Set(list)].sort((x, y) => x - y));
    for (const members of this.exact.values()) for (let i = 1; i < members.length; i++) comps.join(members[0]!, members[i]!);
    const pairs: Pair[] = [];
    for (const k of NEAR_KINDS) this.nearPairs(k, comps, pairs);
    this.filePairs('resource', sharesKitFiles, comps, pairs);
    this.filePairs('resource-name', sharesKitFileNames, comps, pairs);
    return this.named(comps, pairs);
  }

  /**
   * Visits within the kind's threshold, found through the bands they share and not yet one family.
   * Each band keeps a short list of the visits seen on it: at most MEASURED_PER_FAMILY of any one
   * family (a band 500 copies of one kit share is read as 16), so reading a band costs its
   * families, not its visits.
   */
  private nearPairs<T>(k: NearKind<T>, comps: Components, pairs: Pair[]): void {
    const values = this.near.get(k.kind)!;
    const visits = [...values.keys()].sort((x, y) => x - y);
    const parsed = new Map<number, T[]>();
    const bandsOf = new Map<number, string[]>();
    const holders = new Map<string, number>();
    for (const v of visits) {
      parsed.set(v, values.get(v)!.map(k.parse));
      const bands = [...new Set(values.get(v)!.flatMap(k.bands))];
      bandsOf.set(v, bands);
      for (const band of bands) holders.set(band, (holders.get(band) ?? 0) + 1);
    }
    const seen = new Map<string, number[]>();
    const shared = new Int32Array(this.ids.length);
    for (const v of visits) {
      // Bands more than COMMON_VALUE visits hold are skipped, as `similar` skips them: pages of one
      // template share such bands by the thousand, and a pair that is really near shares others.
      const bands = bandsOf.get(v)!.filter((band) => holders.get(band)! <= COMMON_VALUE);
      const candidates: number[] = [];
      for (const band of bands) {
        for (const b of seen.get(band) ?? []) if (shared[b]++ === 0) candidates.push(b);
      }
      // Most shared bands first (a stable sort keeps visit order among equals).
      candidates.sort((x, y) => shared[y]! - shared[x]!);
      const tried = new Map<number, number>();
      let measured = 0;
      const mine = parsed.get(v)!;
      for (const b of candidates) {
        const n = shared[b]!;
        shared[b] = 0;
        if (n < k.bandsNeeded || measured >= MEASURED_PER_VISIT) continue;
        const rb = comps.find(b);
        if (rb === comps.find(v)) continue;
        const t = tried.get(rb) ?? 0;
        if (t >= MEASURED_PER_FAMILY) continue;
        tried.set(rb, t + 1);
        measured++;
        if (mine.some((x) => parsed.get(b)!.some((y) => k.distance(x, y) <= k.limit))) {
          comps.join(v, b);
          pairs.push({ fingerprint: k.kind, a: b, b: v });
        }
      }
      const rv = comps.find(v);
      for (const band of bands) {
        const list = seen.get(band);
        if (!list) seen.set(band, [v]);
        else if (list.filter((b) => comps.find(b) === rv).length < MEASURED_PER_FAMILY) list.push(v);
      }
    }
  }

  /** Pairs not yet one family that loaded enough of the same files, or files of the same names. */
  private filePairs(kind: string, joins: (shared: number, jaccard: number) => boolean, comps: Components, pairs: Pair[]): void {
    const holders = this.files.get(kind)!;
    const held = new Map<number, string[]>();
    for (const [value, members] of holders) for (const m of members) (held.get(m) ?? held.set(m, []).get(m)!).push(value);
    const shared = new Int32Array(this.ids.length);
    for (const [v, values] of held) {
      const candidates: number[] = [];
      for (const value of values) {
        const members = holders.get(value)!;
        if (members.length > COMMON_RESOURCE) continue;
        for (const b of members) {
          if (b >= v) break;
          if (shared[b]++ === 0) candidates.push(b);
        }
      }
      for (const b of candidates) {
        const n = shared[b]!;
        shared[b] = 0;
        if (comps.find(b) === comps.find(v)) continue;
        if (joins(n, n / (values.length + held.get(b)!.length - n))) {
          comps.join(v, b);
          pairs.push({ fingerprint: SHARED_FILES[kind]!, a: b, b: v });
        }
      }
    }
  }

  /** Members of each family, with the evidence that joins them, strongest naming it. */
  private named(comps: Components, pairs: Pair[]): Family[] {
    const members = new Map<number, number[]>();
    for (let v = 0; v < this.ids.length; v++) hold(members, comps.find(v), v);
    const held = new Map<number, Map<string, { fingerprint: string; value: string | null; members: Set<number> }>>();
    const note = (fingerprint: string, value: string | null, visits: number[]) => {
      const root = comps.find(visits[0]!);
      if ((members.get(root)?.length ?? 0) < 2) return;
      const byKey = held.get(root) ?? held.set(root, new Map()).get(root)!;
      const key = `${fingerprint}\u0000${value ?? ''}`;
      const h = byKey.get(key) ?? byKey.set(key, { fingerprint, value, members: new Set() }).get(key)!;
      for (const m of visits) h.members.add(m);
    };
    for (const [key, visits] of this.exact) {
      if (visits.length < 2) continue;
      const cut = key.indexOf('\u0000');
      note(EXACT[key.slice(0, cut)]!.name, key.slice(cut + 1), visits);
    }
    for (const p of pairs) note(p.fingerprint, null, [p.a, p.b]);
    const families: Family[] = [];
    for (const [root, list] of members) {
      if (list.length < 2) continue;
      const visits = list.map((v) => this.ids[v]!).sort();
      // Families are shared (JSON, reports): a bot token is named by its bot id only.
      const evidence = [...held.get(root)!.values()].map(({ fingerprint, value, members: m }) => ({ fingerprint, value: value && withoutBotSecrets(value), visits: m.size }));
      const ranked = evidence.sort((a, b) => b.visits - a.visits || rank(a) - rank(b));
      const top = ranked[0]!;
      const label = top.value === null ? `${top.fingerprint} near (${top.visits} of ${visits.length})` : `${top.fingerprint} ${top.value.slice(0, 24)} (${top.visits} of ${visits.length})`;
      families.push({ id: `fam-${sha256(visits.join(' ')).slice(0, 12)}`, name: label, label, evidence: ranked, visits });
    }
    return families.sort((a, b) => b.visits.length - a.visits.length || a.id.localeCompare(b.id));
  }
}

/** Stronger evidence names a family first when two hold as many members. */
const STRENGTH = ['sha256', 'telegram', 'sitekeys', 'domhash', 'tlsh', 'domtlsh', 'phash', 'resources', 'resourceNames'];
const rank = (e: FamilyEvidence) => STRENGTH.indexOf(e.fingerprint);

/** The families (two members or more) among the given visits' landings, largest first. */
export function clusterFamilies(rows: Map<string, FingerprintRow[]>): Family[] {
  const finder = new FamilyFinder();
  for (const [visit, list] of rows) for (const r of list) finder.add(visit, r.kind, r.value);
  return finder.families();
}

/** The families of the complete visits of some jobs (every job when none), their rows streamed from the store, named by their landings. */
export function familiesOfJobs(store: Pick<TraceStore, 'fingerprintRowsOfJobs' | 'landingsOfJobs'>, jobIds: string[]): Family[] {
  const finder = new FamilyFinder();
  for (const r of store.fingerprintRowsOfJobs(jobIds, CLUSTER_KINDS)) finder.add(r.visitId, r.kind, r.value);
  const families = finder.families();
  if (families.length === 0) return families;
  const landings = new Map<string, FamilyLanding>();
  for (const l of store.landingsOfJobs(jobIds)) landings.set(l.visitId, l);
  return families.map((f) => ({ ...f, name: familyName(f, landings) }));
}

/** The value most members have (ties: the first in sort order), and how many distinct values there are. */
function commonest(values: string[]): { value: string | null; distinct: number } {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { value: best?.[0] ?? null, distinct: counts.size };
}

/** Categories a family is not called a kit for. */
const NOT_A_KIT = new Set(['benign', 'unknown']);

/**
 * `credential-phishing kit on login-office.test + 12 hosts`: the landings' most common verdict
 * (unclassified or ordinary landings make "pages") and host. Without hosts, the evidence label.
 */
export function familyName(f: Family, landings: Map<string, FamilyLanding>): string {
  const members = f.visits.map((v) => landings.get(v)).filter((l): l is FamilyLanding => l !== undefined);
  const host = commonest(members.map((l) => hostOfUrl(l.url)).filter((h): h is string => h !== null));
  if (!host.value) return f.label;
  const category = commonest(members.map((l) => l.category).filter((c): c is string => c !== null)).value;
  const what = category && !NOT_A_KIT.has(category) ? `${category} kit` : `${category ?? 'unclassified'} pages`;
  const others = host.distinct - 1;
  return `${what} on ${host.value}${others ? ` + ${others} host${others === 1 ? '' : 's'}` : ''}`;
}
