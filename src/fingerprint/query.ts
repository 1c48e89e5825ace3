// `similar` and `cluster` over a trace database: the target's rows (a stored visit's, or a file's
// computed on the spot), the index lookups, and the visits' URLs for the answer.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sha256 } from '../bytes.ts';
import { InputError, UsageError } from '../errors.ts';
import { decodeBody, isHtml } from '../page/html-bytes.ts';
import { FINGERPRINT_VALUE_KINDS, type FingerprintRow } from '../model.ts';
import { snapshotFromHtml } from '../page/snapshot.ts';
import { hostOfUrl, registrableDomain } from '../pivot/domains.ts';
import type { TraceStore } from '../store/store.ts';
import { familiesOfJobs, type Family } from './cluster.ts';
import { dhash } from './image-hash.ts';
import { withoutBotSecrets } from './operator.ts';
import { fingerprintPage } from './page.ts';
import { fingerprintRows } from './rows.ts';
import { findSimilar, type SimilarMatch, type SimilarOptions } from './similar.ts';

export interface SimilarVisit {
  visitId: string;
  /** The visit's final URL, else its start. */
  url: string;
  score: number;
  by: string[];
}

export interface SimilarAnswer {
  target: string;
  matches: SimilarVisit[];
}

/** Files larger than this are hashed whole but not read as a page. */
const FILE_PAGE_LIMIT = 20_000_000;
const IMAGE_MAGIC = /^(\x89PNG|\xff\xd8\xff|GIF8|RIFF....WEBP)/s;

/** The rows of a file given as a target: a page's fingerprints, a picture's dHash, any file's sha256. */
async function fileRows(path: string): Promise<FingerprintRow[]> {
  let bytes: Buffer;
  try {
    if (statSync(path).size > FILE_PAGE_LIMIT) return [{ branch: 0, kind: 'sha256', value: sha256(readFileSync(path)) }];
    bytes = readFileSync(path);
  } catch (err) {
    throw new InputError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`, { cause: err });
  }
  const rows: FingerprintRow[] = [{ branch: 0, kind: 'sha256', value: sha256(bytes) }];
  if (IMAGE_MAGIC.test(bytes.subarray(0, 12).toString('latin1'))) {
    const phash = await dhash(bytes);
    if (phash) rows.push({ branch: 0, kind: 'phash', value: phash });
    return rows;
  }
  if (!isHtml(null, bytes)) return rows;
  const html = decodeBody(bytes, null);
  const page = { ...snapshotFromHtml(html, { url: pathToFileURL(resolve(path)).href, status: 200 }), html };
  return fingerprintRows(0, await fingerprintPage(page, [], () => null));
}

/** A visit id, a URL a stored visit started at or ended on, or a file. */
async function targetRows(store: TraceStore, target: string): Promise<{ rows: FingerprintRow[]; self?: string }> {
  const visitId = store.getVisit(target) ? target : /^https?:\/\//i.test(target) ? store.visitIdByUrl(target) : null;
  if (visitId) {
    const rows = store.fingerprintRowsOf([visitId]).get(visitId) ?? [];
    if (rows.length === 0) throw new UsageError(`visit ${visitId} has no fingerprints (run: hoptrace classify JOB to add them)`);
    return { rows, self: visitId };
  }
  if (/^https?:\/\//i.test(target)) throw new UsageError(`no stored visit of ${target}`);
  let isFile = false;
  try {
    isFile = statSync(target).isFile();
  } catch {
    // neither a visit nor a file
  }
  if (!isFile) throw new UsageError(`"${target}" is no visit id, stored URL or file`);
  return { rows: await fileRows(target) };
}

function requireIndex(store: TraceStore): void {
  if (!store.hasFingerprintIndex) throw new UsageError('this database has no fingerprint index (written by an older hoptrace: run hoptrace classify JOB on it)');
}

export async function similarIn(store: TraceStore, target: string, opts: Omit<SimilarOptions, 'self'>): Promise<SimilarAnswer> {
  requireIndex(store);
  const { rows, self } = await targetRows(store, target);
  return { target, matches: withUrls(store, findSimilar(rows, store, { ...opts, self })) };
}

function withUrls(store: TraceStore, matches: SimilarMatch[]): SimilarVisit[] {
  return matches.map((m) => {
    const v = store.getVisit(m.visitId);
    return { visitId: m.visitId, url: v?.final?.url ?? v?.url ?? '', score: m.score, by: m.by };
  });
}

/** The similar pages of a stored visit (serve's visit page): none when the visit has no fingerprints. */
export function similarToVisit(store: TraceStore, visitId: string, opts: Omit<SimilarOptions, 'self'>): SimilarVisit[] {
  const rows = store.hasFingerprintIndex ? (store.fingerprintRowsOf([visitId]).get(visitId) ?? []) : [];
  return rows.length ? withUrls(store, findSimilar(rows, store, { ...opts, self: visitId })) : [];
}

export function clusterIn(store: TraceStore, jobIds: string[]): { families: Family[] } {
  requireIndex(store);
  return { families: familiesOfJobs(store, jobIds) };
}

/** The index kinds a pivot can start from. */
export const PIVOT_KINDS = FINGERPRINT_VALUE_KINDS;

export interface FingerprintHolder {
  visitId: string;
  jobId: string;
  /** The visit's final URL, else its start. */
  url: string;
  /** Registrable domain of that URL. */
  domain: string | null;
}

export interface FingerprintPivot {
  fingerprint: { kind: string; value: string };
  visits: FingerprintHolder[];
  domains: { domain: string; visits: number; jobs: string[] }[];
}

/**
 * `pivot --fingerprint KIND:VALUE`: every stored visit (of one job, or of all) whose pages hold
 * exactly this value, and their domains, most visits first. Unlike `similar` nothing is scored
 * and no value is too common: the analyst asked for this one.
 */
export function pivotFingerprint(store: TraceStore, kind: string, value: string, jobId: string | null): FingerprintPivot {
  requireIndex(store);
  const visits: FingerprintHolder[] = [];
  for (const visitId of store.visitsWithFingerprint(kind, value, Number.MAX_SAFE_INTEGER)) {
    const v = store.getVisit(visitId);
    if (!v || (jobId && v.jobId !== jobId)) continue;
    const url = v.final?.url ?? v.url;
    const host = hostOfUrl(url);
    visits.push({ visitId, jobId: v.jobId, url, domain: host ? registrableDomain(host) : null });
  }
  const byDomain = new Map<string, { visits: number; jobs: Set<string> }>();
  for (const h of visits) {
    if (!h.domain) continue;
    const d = byDomain.get(h.domain) ?? { visits: 0, jobs: new Set<string>() };
    d.visits++;
    d.jobs.add(h.jobId);
    byDomain.set(h.domain, d);
  }
  const domains = [...byDomain].map(([domain, d]) => ({ domain, visits: d.visits, jobs: [...d.jobs].sort() }));
  domains.sort((a, b) => b.visits - a.visits || a.domain.localeCompare(b.domain));
  // The answer is shared like a family: a bot token is named by its bot id only.
  return { fingerprint: { kind, value: withoutBotSecrets(value) }, visits: visits.sort((a, b) => a.jobId.localeCompare(b.jobId) || a.visitId.localeCompare(b.visitId)), domains };
}
