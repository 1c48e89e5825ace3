// `similar` and `cluster` over a trace database: the target's rows (a stored visit's, or a file's
// computed on the spot), the index lookups, and the visits' URLs for the answer.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sha256 } from '../bytes.ts';
import { InputError, UsageError } from '../errors.ts';
import { decodeBody, isHtml } from '../page/html-bytes.ts';
import type { FingerprintRow } from '../model.ts';
import { snapshotFromHtml } from '../page/snapshot.ts';
import type { TraceStore } from '../store/store.ts';
import { clusterFamilies, type Family } from './cluster.ts';
import { dhash } from './image-hash.ts';
import { fingerprintPage } from './page.ts';
import { fingerprintRows } from './rows.ts';
import { findSimilar, type SimilarOptions } from './similar.ts';

export interface SimilarAnswer {
  target: string;
  matches: { visitId: string; url: string; score: number; by: string[] }[];
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
  const matches = findSimilar(rows, store, { ...opts, self }).map((m) => {
    const v = store.getVisit(m.visitId);
    return { visitId: m.visitId, url: v?.final?.url ?? v?.url ?? '', score: m.score, by: m.by };
  });
  return { target, matches };
}

export function clusterIn(store: TraceStore, jobIds: string[]): { families: Family[] } {
  requireIndex(store);
  return { families: clusterFamilies(store.fingerprintRowsOfJobs(jobIds)) };
}
