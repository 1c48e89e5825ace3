// `export --format har`: HAR 1.2, one page per visit, every stored response of the visit an entry
// with its body as stored. The hops of the chain are matched to their responses so each such entry
// says why the browser went there (`_hopCause`); hops that got no response (refused by the policy,
// a failed connection) are entries of status 0, as DevTools writes a failed request.
import { STATUS_CODES } from 'node:http';
import { Cookie } from 'tough-cookie';
import { headerValue } from '../bytes.ts';
import type { Hop, RecordedResponse, Token, TraceBundle, Visit } from '../model.ts';
import { resolveUrl } from '../page/snapshot.ts';
import type { Har, HarContent, HarCookie, HarEntry, HarPage, HarTokenFinding } from './har-format.ts';

export const HAR_CREATOR = { name: 'hoptrace', version: '0.1.0' };

/** What the exporter reads from the store besides the bundle: each visit's responses and the stored bytes. */
export interface StoredBodies {
  responses(visitId: string): RecordedResponse[];
  body(sha256: string): Buffer | null;
}

export function toHar(bundle: TraceBundle, stored: StoredBodies): Har {
  const pages: HarPage[] = [];
  const entries: HarEntry[] = [];
  for (const visit of bundle.visits) {
    pages.push(pageOf(visit, bundle.tokens));
    entries.push(...entriesOf(visit, stored));
  }
  return { log: { version: '1.2', creator: HAR_CREATOR, pages, entries } };
}

function pageOf(v: Visit, tokens: Token[]): HarPage {
  return {
    startedDateTime: v.startedAt,
    id: v.id,
    title: v.final?.title || v.url,
    pageTimings: { onContentLoad: -1, onLoad: -1 },
    _visit: {
      id: v.id,
      url: v.url,
      persona: v.persona,
      engine: v.engine,
      outcome: v.outcome,
      error: v.error,
      incomplete: v.incomplete ?? null,
      finishedAt: v.finishedAt,
    },
    _final: v.final && {
      url: v.final.url,
      status: v.final.status,
      category: v.final.category,
      confidence: v.final.confidence ?? null,
      evidence: v.final.evidence,
    },
    _tokens: tokens.filter((t) => t.linkId === v.linkId && t.jobId === v.jobId && t.kind === 'per-recipient').map(tokenFinding),
  };
}

function tokenFinding(t: Token): HarTokenFinding {
  return { component: t.component, value: t.value, kind: t.kind, format: t.format, recipient: t.recipient, derivation: t.derivation, seenOnHosts: t.seenOnHosts };
}

/**
 * The visit's responses in the order received, each matched to the first hop not yet matched with
 * the same method and URL; hops left without a response become entries of their own, placed
 * before the first response that came after them.
 */
function entriesOf(v: Visit, stored: StoredBodies): HarEntry[] {
  const responses = stored.responses(v.id);
  const hopOf = new Map<number, Hop>();
  const unanswered: Hop[] = [];
  const used = new Set<number>();
  for (const hop of v.hops) {
    const r = hop.status === null ? undefined : responses.find((x) => !used.has(x.order) && x.method === hop.method && x.url === hop.url);
    if (r) {
      used.add(r.order);
      hopOf.set(r.order, hop);
    } else unanswered.push(hop);
  }
  const out: HarEntry[] = responses.map((r) => responseEntry(v, r, hopOf.get(r.order), stored));
  for (const hop of unanswered) {
    const at = out.findIndex((e) => e._hopSeq !== undefined && e._branch === hop.branch && e._hopSeq > hop.seq);
    out.splice(at === -1 ? out.length : at, 0, unansweredEntry(v, hop));
  }
  return out;
}

function responseEntry(v: Visit, r: RecordedResponse, hop: Hop | undefined, stored: StoredBodies): HarEntry {
  const body = r.bodySha256 ? stored.body(r.bodySha256) : null;
  const mime = headerValue(r.headers, 'content-type') ?? 'x-unknown';
  const location = r.status >= 300 && r.status < 400 ? headerValue(r.headers, 'location') : null;
  const time = hop?.durationMs ?? 0;
  return {
    pageref: v.id,
    startedDateTime: hop?.startedAt ?? v.startedAt,
    time,
    request: requestOf(r.method, r.url),
    response: {
      status: r.status,
      statusText: STATUS_CODES[r.status] ?? '',
      httpVersion: 'HTTP/1.1',
      cookies: r.headers.filter(([n]) => n.toLowerCase() === 'set-cookie').flatMap(([, value]) => value.split('\n')).flatMap(cookieOf),
      headers: r.headers.map(([name, value]) => ({ name, value })),
      content: contentOf(body, mime, r.truncated),
      redirectURL: location ? (resolveUrl(location, r.url) ?? location) : '',
      headersSize: -1,
      bodySize: body?.length ?? 0,
    },
    cache: {},
    timings: { send: 0, wait: time, receive: 0 },
    ...(hop?.serverIp ? { serverIPAddress: hop.serverIp } : {}),
    _resourceType: r.resourceType,
    ...(hop ? hopFields(hop) : {}),
  };
}

function unansweredEntry(v: Visit, hop: Hop): HarEntry {
  return {
    pageref: v.id,
    startedDateTime: hop.startedAt,
    time: hop.durationMs,
    request: requestOf(hop.method, hop.url),
    response: {
      status: 0,
      statusText: '',
      httpVersion: '',
      cookies: [],
      headers: [],
      content: { size: 0, mimeType: 'x-unknown' },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { send: 0, wait: hop.durationMs, receive: 0 },
    _resourceType: 'document',
    ...hopFields(hop),
  };
}

function hopFields(hop: Hop): Pick<HarEntry, '_hopSeq' | '_branch' | '_hopCause' | '_blocked' | '_hopNote'> {
  return { _hopSeq: hop.seq, _branch: hop.branch, _hopCause: hop.cause, _blocked: hop.blocked, _hopNote: hop.note ?? null };
}

function requestOf(method: string, url: string): HarEntry['request'] {
  let queryString: { name: string; value: string }[] = [];
  try {
    queryString = [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    // A URL the browser could not parse either: no query to list.
  }
  // Request headers are not part of a stored trace: the HAR says so by listing none.
  return { method, url, httpVersion: 'HTTP/1.1', cookies: [], headers: [], queryString, headersSize: -1, bodySize: method === 'GET' ? 0 : -1 };
}

/** Bodies as stored: UTF-8 text as text, any other bytes as base64, so a replay serves the same bytes. */
function contentOf(body: Buffer | null, mimeType: string, truncated: boolean): HarContent {
  if (!body) return { size: 0, mimeType };
  const text = utf8(body);
  return {
    size: body.length,
    mimeType,
    ...(text === null ? { text: body.toString('base64'), encoding: 'base64' } : { text }),
    ...(truncated ? { _truncated: true, comment: 'body cut at the capture limit' } : {}),
  };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function utf8(body: Buffer): string | null {
  try {
    return strictUtf8.decode(body);
  } catch {
    return null;
  }
}

function cookieOf(header: string): HarCookie[] {
  const c = Cookie.parse(header);
  if (!c) return [];
  return [{
    name: c.key,
    value: c.value,
    ...(c.path ? { path: c.path } : {}),
    ...(c.domain ? { domain: c.domain } : {}),
    ...(c.expires instanceof Date ? { expires: c.expires.toISOString() } : {}),
    httpOnly: c.httpOnly,
    secure: c.secure,
  }];
}
