// From the request/response pairs a HAR or a WARC holds to the capture a crawl would have made:
// hops, responses to replay, bodies, and the final page's snapshot read from its stored body. The
// classifier then sees it exactly as it sees a crawl (src/jobs/visit-stage.ts).
//
// Nothing is invented. A file that says why each hop happened (hoptrace's own `_hopCause`) is
// followed; otherwise a 3xx with its Location is `http`, a `Refresh` header or a `<meta refresh>`
// in the stored page that names the next document is what it says, a navigation DevTools saw a
// script start is `script`, and anything else is `other` with a note that the file does not say.
import { headerValue, sha256 } from '../bytes.ts';
import { scanMetaRefresh } from '../engines/http/meta-refresh.ts';
import { decodeBody, isHtml } from '../page/html-bytes.ts';
import type { Blob, Hop, HopCause, PageSnapshot, RecordedResponse, VisitCapture } from '../model.ts';
import { chainOutcome } from '../records/visit-record.ts';
import { parseRefresh } from '../engines/refresh.ts';
import { resolveUrl, snapshotFromHtml } from '../page/snapshot.ts';

/** One request and its response as a file recorded it. */
export interface Exchange {
  method: string;
  url: string;
  /** 0 when no response arrived. */
  status: number;
  headers: [string, string][];
  body: Buffer | null;
  truncated: boolean;
  startedAt: string;
  durationMs: number;
  serverIp: string | null;
  /** document, script, image… when the file says; null otherwise. */
  resourceType: string | null;
  /** What the file says started the request (DevTools' `_initiator.type`), if anything. */
  initiator: string | null;
  /** hoptrace's own record of the hop this exchange was (its HAR export), if the file has it. */
  hop: { seq: number; branch: number; cause: HopCause; blocked: string | null; note: string | null } | null;
}

/** What the file says about the visit as a whole (hoptrace's own HAR export says all of it). */
export interface VisitFacts {
  outcome?: VisitCapture['outcome'];
  error?: string | null;
  incomplete?: string | null;
  startedAt: string;
  finishedAt?: string;
}

export const CAUSE_NOT_RECORDED = 'cause not recorded in the imported file';

export function rebuildCapture(exchanges: Exchange[], facts: VisitFacts, warnings: string[]): VisitCapture {
  const blobs = new Map<string, Blob>();
  const keep = (body: Buffer | null, mime: string | null): string | null => {
    if (!body) return null;
    const hash = sha256(body);
    if (!blobs.has(hash)) blobs.set(hash, { sha256: hash, mime, data: body });
    return hash;
  };
  const responses: RecordedResponse[] = [];
  const hashes = exchanges.map((x) => keep(x.body, headerValue(x.headers, 'content-type')));
  exchanges.forEach((x, i) => {
    if (x.status === 0) return;
    responses.push({
      order: responses.length,
      method: x.method,
      url: x.url,
      status: x.status,
      headers: x.headers,
      bodySha256: hashes[i]!,
      resourceType: x.resourceType ?? 'other',
      truncated: x.truncated,
    });
  });
  const hops = exchanges.some((x) => x.hop) ? recordedHops(exchanges, hashes) : inferredHops(exchanges, hashes);
  const snapshots = snapshotsOf(hops, (sha) => blobs.get(sha)?.data ?? null);
  const ending = chainOutcome({ outcome: facts.outcome ?? 'ok', error: facts.error ?? null }, hops);
  const last = exchanges.at(-1);
  const missingFinal = ending.outcome === 'ok' && !snapshots.some((s) => s.branch === 0) ? 'the file holds no page body for the last document of the chain' : null;
  return {
    ...ending,
    incomplete: facts.incomplete ?? missingFinal,
    startedAt: facts.startedAt,
    finishedAt: facts.finishedAt ?? (last ? new Date(Date.parse(last.startedAt) + Math.max(0, last.durationMs)).toISOString() : facts.startedAt),
    hops,
    responses,
    blobs: [...blobs.values()],
    snapshots,
    downloads: [],
    warnings,
  };
}

function hopOf(x: Exchange, bodySha256: string | null, seq: number, branch: number, cause: HopCause, note: string | null, blocked: string | null): Hop {
  return {
    seq,
    branch,
    url: x.url,
    method: x.method,
    status: x.status === 0 ? null : x.status,
    cause,
    serverIp: x.serverIp,
    contentType: headerValue(x.headers, 'content-type'),
    bodySha256,
    blocked,
    startedAt: x.startedAt,
    durationMs: Math.max(0, Math.round(x.durationMs)),
    setCookies: x.headers.filter(([n]) => n.toLowerCase() === 'set-cookie').flatMap(([, v]) => v.split('\n')),
    note,
  };
}

/** The hops exactly as hoptrace recorded them. */
function recordedHops(exchanges: Exchange[], hashes: (string | null)[]): Hop[] {
  return exchanges
    .flatMap((x, i) => (x.hop ? [hopOf(x, hashes[i]!, x.hop.seq, x.hop.branch, x.hop.cause, x.hop.note, x.hop.blocked)] : []))
    .sort((a, b) => a.seq - b.seq);
}

/**
 * The main chain of a file that does not record hops: the documents in order (all responses when
 * the file names no resource types), each one's cause read from what the file shows of the one
 * before. Frames (documents a parser started) are not navigations of the chain.
 */
function inferredHops(exchanges: Exchange[], hashes: (string | null)[]): Hop[] {
  const typed = exchanges.some((x) => x.resourceType);
  const docs = exchanges
    .map((x, i) => ({ x, sha: hashes[i]! }))
    .filter(({ x }) => (typed ? x.resourceType === 'document' && x.initiator !== 'parser' : true))
    .filter(({ x }) => typed || x.status === 0 || (x.status >= 300 && x.status < 400) || isHtml(headerValue(x.headers, 'content-type'), x.body ?? Buffer.alloc(0)));
  const hops: Hop[] = [];
  for (const { x, sha } of docs) {
    const prev = hops.at(-1);
    const cause = prev ? causeBetween(prev, exchanges.find((e) => e.url === prev.url && e.method === prev.method) ?? null, x) : 'initial';
    hops.push(hopOf(x, sha, hops.length, 0, cause, cause === 'other' ? CAUSE_NOT_RECORDED : null, null));
  }
  return hops;
}

function causeBetween(prev: Hop, prevExchange: Exchange | null, next: Exchange): HopCause {
  const location = prevExchange ? headerValue(prevExchange.headers, 'location') : null;
  if (prev.status !== null && prev.status >= 300 && prev.status < 400 && location && resolveUrl(location, prev.url) === next.url) return 'http';
  const refresh = prevExchange ? parseRefresh(headerValue(prevExchange.headers, 'refresh') ?? '') : null;
  if (refresh?.url && resolveUrl(refresh.url, prev.url) === next.url) return 'refresh-header';
  if (prevExchange?.body && isHtml(prev.contentType, prevExchange.body)) {
    const scan = scanMetaRefresh(decodeBody(prevExchange.body, prev.contentType));
    const base = scan.baseHref ? (resolveUrl(scan.baseHref, prev.url) ?? prev.url) : prev.url;
    if (scan.refresh?.url && resolveUrl(scan.refresh.url, base) === next.url) return 'meta-refresh';
  }
  if (next.initiator === 'script') return 'script';
  return 'other';
}

/** The last page of each branch, read from its stored body, when the file holds one. */
function snapshotsOf(hops: Hop[], bodyOf: (sha: string) => Buffer | null): PageSnapshot[] {
  const branches = [...new Set(hops.map((h) => h.branch))].sort((a, b) => a - b);
  return branches.flatMap((branch) => {
    const chain = hops.filter((h) => h.branch === branch);
    const last = chain.at(-1)!;
    const body = last.bodySha256 ? bodyOf(last.bodySha256) : null;
    if (!body || !isHtml(last.contentType, body)) return [];
    const snapshot = snapshotFromHtml(decodeBody(body, last.contentType), {
      url: last.url,
      status: last.status,
      branch,
      chain: chain.map(({ url, status, cause, blocked }) => ({ url, status, cause, blocked })),
    });
    return [snapshot];
  });
}
