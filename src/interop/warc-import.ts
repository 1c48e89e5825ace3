// A WARC file (hoptrace's own export, or any crawler's) read into visits to rebuild, streamed
// record by record with warcio: memory holds one body at a time, each bounded by the body limit.
// hoptrace's own WARCs say which visit each record belongs to (`WARC-Hoptrace-Visit`) and carry
// the hops in a metadata record; any other WARC is one visit whose chain is read from its documents.
import { createReadStream } from 'node:fs';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { WARCParser, type LimitReader, type WARCRecord } from 'warcio';
import type { Hop } from '../model.ts';
import { checkedUrl, HOP_CAUSES, ImportProblem, statedOutcome, type ImportedVisit } from './imported.ts';
import type { Exchange } from './rebuild.ts';
import { WARC_METADATA_FORMAT } from './warc-export.ts';

/** A hop as the metadata record of hoptrace's own WARC export writes it. */
type HopRecord = Pick<Hop, 'seq' | 'branch' | 'url' | 'method' | 'status' | 'cause' | 'blocked'> & { note: string | null };

interface VisitRecord {
  visit: { url: string; persona: string; engine: string; outcome: string; error: string | null; incomplete: string | null; startedAt: string; finishedAt: string };
  hops: HopRecord[];
}

interface Group {
  exchanges: Exchange[];
  meta: VisitRecord | null;
}

export async function visitsFromWarc(file: string, bodyLimit: number): Promise<ImportedVisit[]> {
  const groups = new Map<string, Group>();
  const methods = new Map<string, string>();
  let index = 0;
  // warcio reports a record longer than its Content-Length on console.warn and reads on; here it
  // is the file's first problem.
  let lengthProblem: string | null = null;
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void (lengthProblem ??= String(args[0]));
  try {
    for await (const record of new WARCParser(createReadStream(file), { keepHeadersCase: true })) {
      const where = `record ${index++}`;
      if (lengthProblem) throw new ImportProblem(`${where}: the record before it is longer than its Content-Length says (${lengthProblem})`);
      if (!record.warcHeaders.protocol?.startsWith('WARC/')) throw new ImportProblem(`${where}: not a WARC record header`);
      const key = record.warcHeader('WARC-Hoptrace-Visit') ?? '';
      const group = groups.get(key) ?? { exchanges: [], meta: null };
      groups.set(key, group);
      const type = record.warcType;
      if (type === 'request') {
        const method = record.httpHeaders?.method ?? 'GET';
        methods.set(record.warcTargetURI ?? '', method);
        await bodyOf(record, where, 0, true);
      } else if (type === 'response') {
        group.exchanges.push(await exchangeOf(record, where, bodyLimit, methods));
      } else if (type === 'metadata' && record.warcContentType === 'application/json') {
        const meta = metadataOf(await bodyOf(record, where, bodyLimit, false), where);
        if (meta) group.meta = meta;
      } else await bodyOf(record, where, bodyLimit, true);
    }
    if (lengthProblem) throw new ImportProblem(`record ${index - 1}: longer than its Content-Length says (${lengthProblem})`);
  } catch (err) {
    if (err instanceof ImportProblem) throw err;
    throw new ImportProblem(`record ${index - 1}: ${(err as Error).message}`);
  } finally {
    console.warn = warn;
  }
  const visits = [...groups].filter(([, g]) => g.exchanges.length > 0 || g.meta).map(([key, g]) => visitOf(key, g));
  if (visits.length === 0) throw new ImportProblem('the WARC has no response records');
  return visits;
}

async function exchangeOf(record: WARCRecord, where: string, bodyLimit: number, methods: Map<string, string>): Promise<Exchange> {
  const url = checkedUrl(record.warcTargetURI ?? '', where);
  const http = record.httpHeaders;
  if (!http) throw new ImportProblem(`${where}: a response record without an HTTP status line`);
  const status = Number(http.statusCode);
  if (!Number.isInteger(status) || status < 100 || status > 999) throw new ImportProblem(`${where}: HTTP status "${String(http.statusCode).slice(0, 20)}" is not a status code`);
  const headers: [string, string][] = [];
  http.headers.forEach((value: string, name: string) => {
    for (const v of name.toLowerCase() === 'set-cookie' ? value.split(/,(?=[^;,]+=)/) : [value]) headers.push([name, v.trim()]);
  });
  const raw = await bodyOf(record, where, bodyLimit, false);
  const date = record.warcDate ?? '';
  return {
    method: methods.get(record.warcTargetURI ?? '') ?? 'GET',
    url,
    status,
    headers,
    body: raw.length > 0 ? decoded(raw, headers, where, bodyLimit) : null,
    truncated: record.warcHeader('WARC-Truncated') !== null && record.warcHeader('WARC-Truncated') !== undefined,
    startedAt: Number.isNaN(Date.parse(date)) ? new Date(0).toISOString() : new Date(date).toISOString(),
    durationMs: 0,
    serverIp: record.warcHeader('WARC-IP-Address') ?? null,
    resourceType: null,
    initiator: null,
    hop: null,
  };
}

/**
 * The record's payload, raw, counted as it streams: over `limit` is refused before more is read,
 * and fewer bytes than its Content-Length promised means the file was cut or the length lies.
 */
async function bodyOf(record: WARCRecord, where: string, limit: number, discard: boolean): Promise<Buffer> {
  const reader = record.reader as LimitReader;
  const promised = reader.limit;
  if (promised < 0) throw new ImportProblem(`${where}: Content-Length ends ${-promised} bytes inside the record's HTTP headers`);
  if (!discard && promised > limit) throw new ImportProblem(`${where}: body of ${promised} bytes is over the body limit of ${limit} (--body-limit)`);
  const chunks: Buffer[] = [];
  let got = 0;
  for await (const chunk of reader) {
    got += chunk.length;
    if (!discard) chunks.push(Buffer.from(chunk));
  }
  if (got < promised) throw new ImportProblem(`${where}: Content-Length promises ${promised} more bytes but the file ends after ${got}`);
  return Buffer.concat(chunks);
}

/** Bodies other crawlers stored as they came over the wire are decoded, bounded by the limit. */
function decoded(raw: Buffer, headers: [string, string][], where: string, limit: number): Buffer {
  const encoding = headers.find(([n]) => n.toLowerCase() === 'content-encoding')?.[1].trim().toLowerCase();
  const opts = { maxOutputLength: limit };
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') return gunzipSync(raw, opts);
    if (encoding === 'br') return brotliDecompressSync(raw, opts);
    if (encoding === 'deflate') return inflateSync(raw, opts);
  } catch (err) {
    throw new ImportProblem(`${where}: ${encoding} body does not decode within the body limit of ${limit} (${(err as Error).message})`);
  }
  return raw;
}

function metadataOf(body: Buffer, where: string): VisitRecord | null {
  let data: unknown;
  try {
    data = JSON.parse(body.toString('utf8'));
  } catch (err) {
    throw new ImportProblem(`${where}: metadata is not JSON: ${(err as Error).message}`);
  }
  const d = data as { format?: unknown; visit?: unknown; hops?: unknown };
  if (d.format !== WARC_METADATA_FORMAT) return null;
  if (typeof d.visit !== 'object' || d.visit === null || !Array.isArray(d.hops)) throw new ImportProblem(`${where}: ${WARC_METADATA_FORMAT} metadata without visit or hops`);
  for (const h of d.hops as HopRecord[]) {
    if (typeof h.seq !== 'number' || typeof h.branch !== 'number' || !HOP_CAUSES.includes(h.cause)) throw new ImportProblem(`${where}: a hop without seq, branch or a known cause`);
    checkedUrl(h.url, where);
  }
  return d as VisitRecord;
}

/** hoptrace's own hops matched to their responses (first unused by method and URL); the rest stand alone. */
function visitOf(key: string, g: Group): ImportedVisit {
  const exchanges = g.exchanges;
  if (g.meta) {
    const used = new Set<Exchange>();
    for (const h of g.meta.hops) {
      const hop = { seq: h.seq, branch: h.branch, cause: h.cause, blocked: h.blocked ?? null, note: h.note ?? null };
      const x = h.status === null ? undefined : exchanges.find((e) => !used.has(e) && e.url === h.url && e.method === h.method);
      if (x) {
        used.add(x);
        x.hop = hop;
      } else {
        exchanges.push({ method: h.method, url: h.url, status: 0, headers: [], body: null, truncated: false, startedAt: g.meta.visit.startedAt, durationMs: 0, serverIp: null, resourceType: null, initiator: null, hop });
      }
    }
  }
  const v = g.meta?.visit;
  const outcome = v?.outcome;
  return {
    key: key || 'warc',
    url: v?.url ?? exchanges[0]?.url ?? '',
    persona: v?.persona ?? null,
    engine: v?.engine === 'http' ? 'http' : 'browser',
    exchanges,
    facts: {
      startedAt: v?.startedAt ?? exchanges[0]?.startedAt ?? new Date(0).toISOString(),
      ...(v ? { finishedAt: v.finishedAt, error: v.error, incomplete: v.incomplete } : {}),
      ...statedOutcome(outcome),
    },
    notes: [],
  };
}
