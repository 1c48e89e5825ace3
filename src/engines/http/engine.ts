// The HTTP-only follower (`--engine http`): fetches hop by hop through net/, following 3xx, the
// `Refresh:` header and `<meta http-equiv=refresh>` by hand so every hop is recorded with its
// cause. Refresh delays are recorded, not waited for. One cookie jar per visit; the whole visit
// runs under one deadline, so no server can hang it.
import { sha256 } from '../../bytes.ts';
import { ChainGuard } from '../chain-guard.ts';
import { chainOutcome } from '../../records/visit-record.ts';
import { CookieJar } from 'tough-cookie';
import type { Blob, Download, Hop, HopCause, PageSnapshot, RecordedResponse, VisitOutcome, VisitCapture } from '../../model.ts';
import { fetchHop, type HopResult } from '../../net/http-client.ts';
import { guardRefusalForLiteral } from '../../net/resolve.ts';
import { refusalForUrl } from '../../net/url-policy.ts';
import { snapshotFromHtml } from '../../page/snapshot.ts';
import type { LocalDocument, ReplaySource, VisitEngine, VisitInput } from '../engine.ts';
import { decodeBody, isHtml } from '../../page/html-bytes.ts';
import { isDownload, suggestedFilename } from './download.ts';
import { scanMetaRefresh } from './meta-refresh.ts';
import { parseRefresh } from '../refresh.ts';
import { personaRequestHeaders } from './request-headers.ts';

interface NextHop {
  url: string;
  method: string;
  cause: HopCause;
  note: string | null;
}

interface Fetched {
  hop: Hop;
  result: HopResult;
}


function header(headers: [string, string][], name: string): string | null {
  return headers.find(([n]) => n.toLowerCase() === name)?.[1] ?? null;
}

// Node hands header values over byte for byte (latin1); browsers read Location as UTF-8.
function utf8Header(value: string): string {
  const decoded = Buffer.from(value, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? value : decoded;
}

function resolveUrl(ref: string, base: string): string | null {
  try {
    return new URL(ref, base).href;
  } catch {
    return null;
  }
}

function fromReplay(replay: ReplaySource, method: string, url: string): HopResult {
  const stored = replay.take(method, url);
  if (stored) {
    const body = stored.body ?? Buffer.alloc(0);
    return { kind: 'response', status: stored.status, headers: stored.headers, body, truncated: false, bodyError: null, serverIp: null, tlsError: null };
  }
  const refusal = refusalForUrl(url) ?? guardRefusalForLiteral(new URL(url).hostname);
  return refusal ? { kind: 'refused', reason: refusal } : { kind: 'error', message: `not recorded: ${method} ${url}` };
}

/** The attachment a visit opens, answered from its bytes. */
function fromDocument(doc: LocalDocument): HopResult {
  return { kind: 'response', status: 200, headers: [['content-type', doc.mime]], body: doc.body, truncated: false, bodyError: null, serverIp: null, tlsError: null };
}

class HttpVisit {
  readonly hops: Hop[] = [];
  readonly responses: RecordedResponse[] = [];
  readonly blobs = new Map<string, Blob>();
  readonly downloads: Download[] = [];
  readonly warnings: string[] = [];
  private readonly jar = new CookieJar();
  private readonly headers: [string, string][];
  private readonly controller = new AbortController();
  private lastHtml: string | null = null;

  constructor(private readonly input: VisitInput) {
    this.headers = personaRequestHeaders(input.persona);
  }

  async run(): Promise<VisitCapture> {
    const startedAt = new Date().toISOString();
    const timer = setTimeout(() => this.controller.abort(), this.input.timeoutMs);
    let ending: { outcome: VisitOutcome; error: string | null };
    try {
      ending = await this.follow();
    } finally {
      clearTimeout(timer);
    }
    const last = this.hops.at(-1);
    return {
      ...chainOutcome(ending, this.hops),
      // Out of time with a hop still unanswered: the chain may go on past what was recorded.
      incomplete: ending.outcome === 'timeout' ? `deadline reached while ${last?.url ?? this.input.url} had not answered` : null,
      startedAt,
      finishedAt: new Date().toISOString(),
      hops: this.hops,
      responses: this.responses,
      blobs: [...this.blobs.values()],
      snapshots: [this.snapshot()],
      downloads: this.downloads,
      warnings: this.warnings,
    };
  }

  private async follow(): Promise<{ outcome: VisitOutcome; error: string | null }> {
    const guard = new ChainGuard(this.input.maxHops);
    let next: NextHop | null = { url: this.input.url, method: 'GET', cause: this.input.document ? 'attachment' : 'initial', note: null };
    while (next) {
      if (!guard.admit(0, next.url, next.cause)) return { outcome: 'error', error: guard.stopReason };
      const { hop, result } = await this.fetch(next);
      this.hops.push(hop);
      if (this.controller.signal.aborted) return { outcome: 'timeout', error: `visit timed out after ${this.input.timeoutMs} ms` };
      if (result.kind === 'refused') return { outcome: 'blocked', error: null };
      if (result.kind === 'error') return { outcome: 'error', error: result.message };
      next = this.nextHop(hop, result);
    }
    return { outcome: 'ok', error: null };
  }

  private async fetch(next: NextHop): Promise<Fetched> {
    this.lastHtml = null;
    const started = Date.now();
    const local = this.input.document;
    const result: HopResult = local && next.url === local.url && next.method === 'GET'
      ? fromDocument(local)
      : this.input.replay
      ? fromReplay(this.input.replay, next.method, next.url)
      : await fetchHop({
          url: next.url,
          method: next.method,
          headers: this.headers,
          cookieJar: this.jar,
          policy: this.input.net,
          bodyLimit: this.input.bodyLimit,
          signal: this.controller.signal,
        });
    const notes = next.note ? [next.note] : [];
    const hop: Hop = {
      seq: this.hops.length,
      branch: 0,
      url: next.url,
      method: next.method,
      status: null,
      cause: next.cause,
      serverIp: null,
      contentType: null,
      bodySha256: null,
      blocked: result.kind === 'refused' ? result.reason : null,
      startedAt: new Date(started).toISOString(),
      durationMs: 0,
      setCookies: [],
    };
    if (result.kind === 'error') notes.push(`error: ${result.message}`);
    if (result.kind === 'response') {
      hop.status = result.status;
      hop.serverIp = result.serverIp;
      hop.contentType = header(result.headers, 'content-type');
      hop.setCookies = result.headers.filter(([n]) => n.toLowerCase() === 'set-cookie').map(([, v]) => v);
      hop.bodySha256 = this.keep(result.body, hop.contentType);
      if (result.truncated) notes.push(`body truncated at ${this.input.bodyLimit} bytes`);
      if (result.bodyError) notes.push(`body cut: ${result.bodyError}`);
      if (result.tlsError) notes.push(`tls: ${result.tlsError} (ignored)`);
      this.responses.push({
        order: this.responses.length,
        method: next.method,
        url: next.url,
        status: result.status,
        headers: result.headers,
        bodySha256: hop.bodySha256,
        resourceType: 'document',
        truncated: result.truncated,
      });
    }
    hop.durationMs = Date.now() - started;
    if (notes.length > 0) hop.note = notes.join('; ');
    return { hop, result };
  }

  private keep(body: Buffer, mime: string | null): string {
    const hash = sha256(body);
    if (!this.blobs.has(hash)) this.blobs.set(hash, { sha256: hash, mime, data: body });
    return hash;
  }

  /** Where this response sends the visit next, or null when it is the last page. */
  private nextHop(hop: Hop, res: Extract<HopResult, { kind: 'response' }>): NextHop | null {
    const location = header(res.headers, 'location');
    if (res.status >= 300 && res.status < 400 && location !== null) {
      const url = resolveUrl(utf8Header(location), hop.url);
      if (url) return { url, method: hop.method, cause: 'http', note: null };
      this.warnings.push(`unusable Location at hop ${hop.seq}: ${location}`);
      return null;
    }
    const disposition = header(res.headers, 'content-disposition');
    if (isDownload(hop.contentType, disposition)) {
      this.downloads.push({
        url: hop.url,
        filename: suggestedFilename(hop.url, disposition),
        mime: hop.contentType ?? 'application/octet-stream',
        size: res.body.length,
        sha256: hop.bodySha256 ?? sha256(res.body),
      });
      if (res.truncated) this.warnings.push(`download ${hop.url} cut at ${this.input.bodyLimit} bytes`);
      return null;
    }
    // A Refresh header wins over a meta refresh in the same page (HTML spec, wpt http/refresh).
    const refreshHeader = header(res.headers, 'refresh');
    const fromHeader = refreshHeader === null ? null : parseRefresh(refreshHeader);
    if (fromHeader) return this.refreshTo(fromHeader, hop.url, 'refresh-header');

    if (!isHtml(hop.contentType, res.body)) return null;
    const html = decodeBody(res.body, hop.contentType);
    this.lastHtml = html;
    const scan = scanMetaRefresh(html);
    for (const content of scan.inNoscript) this.warnings.push(`meta refresh inside <noscript> not followed at hop ${hop.seq}: ${content}`);
    if (!scan.refresh) return null;
    const base = scan.baseHref === null ? hop.url : (resolveUrl(scan.baseHref, hop.url) ?? hop.url);
    return this.refreshTo(scan.refresh, base, 'meta-refresh', hop.url);
  }

  private refreshTo(r: { delay: number; url: string | null }, base: string, cause: HopCause, self = base): NextHop | null {
    const url = r.url === null ? self : resolveUrl(r.url, base);
    if (!url) {
      this.warnings.push(`unusable ${cause} URL: ${r.url}`);
      return null;
    }
    return { url, method: 'GET', cause, note: `refresh delay ${r.delay}s` };
  }

  private snapshot(): PageSnapshot {
    const main = this.hops.filter((h) => h.branch === 0);
    const last = main[main.length - 1];
    return snapshotFromHtml(this.lastHtml ?? '', {
      url: last?.url ?? this.input.url,
      status: last?.status ?? null,
      branch: 0,
      chain: main.map((h) => ({ url: h.url, status: h.status, cause: h.cause, blocked: h.blocked })),
      downloads: this.downloads,
    });
  }
}

export function createHttpEngine(): VisitEngine {
  return {
    visit: (input) => new HttpVisit(input).run(),
    close: async () => {},
  };
}
