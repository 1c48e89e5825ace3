// A HAR file (hoptrace's own export, Chromium DevTools' "Save all as HAR", urlscan's, Lookyloo's)
// read into visits to rebuild: one per page, the entries of each page in the order recorded.
// Every problem is thrown as the first one found, naming where it is, before anything is stored.
import type { HopCause } from '../model.ts';
import { checkedUrl, HOP_CAUSES, ImportProblem, statedOutcome, type ImportedVisit } from './imported.ts';
import type { Exchange } from './rebuild.ts';
import type { HarEntry, HarPage } from './har-format.ts';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function visitsFromHar(data: unknown, bodyLimit: number): ImportedVisit[] {
  if (!isObj(data) || !isObj(data.log)) throw new ImportProblem('not a HAR: no "log" object');
  const log = data.log;
  if (!Array.isArray(log.entries)) throw new ImportProblem('not a HAR: "log.entries" is not a list');
  const pages = Array.isArray(log.pages) ? log.pages : [];
  const exchangesByPage = new Map<string, Exchange[]>();
  const skipped: string[] = [];
  log.entries.forEach((raw: unknown, i: number) => {
    const x = exchangeOf(raw, `entry ${i}`, bodyLimit);
    if (x === 'skip') {
      skipped.push(`entry ${i}`);
      return;
    }
    const pageref = isObj(raw) ? (str(raw.pageref) ?? '') : '';
    const list = exchangesByPage.get(pageref);
    if (list) list.push(x);
    else exchangesByPage.set(pageref, [x]);
  });
  const visits: ImportedVisit[] = [];
  const pageIds = [...exchangesByPage.keys()];
  for (const pageId of pageIds) {
    const page = pages.find((p): p is HarPage => isObj(p) && p.id === pageId) as (HarPage & Obj) | undefined;
    const exchanges = exchangesByPage.get(pageId)!;
    const own = page && isObj(page._visit) ? page._visit : null;
    const outcome = own?.outcome;
    visits.push({
      key: pageId,
      url: str(own?.url) ?? exchanges[0]!.url,
      persona: str(own?.persona) ?? null,
      engine: own?.engine === 'http' ? 'http' : 'browser',
      exchanges,
      facts: {
        startedAt: str(page?.startedDateTime) ?? exchanges[0]!.startedAt,
        ...(own ? { finishedAt: str(own.finishedAt) ?? undefined, error: str(own.error), incomplete: str(own.incomplete) } : {}),
        ...statedOutcome(outcome),
      },
      notes: skipped.length > 0 ? [`${skipped.length} data:/blob: entries skipped (no network request)`] : [],
    });
  }
  if (visits.length === 0) throw new ImportProblem('the HAR has no entries');
  return visits;
}

function exchangeOf(raw: unknown, where: string, bodyLimit: number): Exchange | 'skip' {
  if (!isObj(raw) || !isObj(raw.request) || !isObj(raw.response)) throw new ImportProblem(`${where}: no request or response object`);
  const e = raw as unknown as HarEntry & Obj;
  const rawUrl = str(e.request.url);
  if (rawUrl === null) throw new ImportProblem(`${where}: request.url is not a string`);
  if (/^\s*(data|blob):/i.test(rawUrl)) return 'skip';
  const url = checkedUrl(rawUrl, where);
  const method = str(e.request.method);
  if (method === null || !/^[A-Z]{1,16}$/i.test(method)) throw new ImportProblem(`${where}: request.method is not an HTTP method`);
  const status = num(e.response.status);
  if (status === null || status < 0 || status > 999) throw new ImportProblem(`${where}: response.status is not a status code`);
  const startedAt = str(e.startedDateTime);
  if (startedAt === null || Number.isNaN(Date.parse(startedAt))) throw new ImportProblem(`${where}: startedDateTime is not a date`);
  const headers = Array.isArray(e.response.headers)
    ? e.response.headers.flatMap((h: unknown) => (isObj(h) && typeof h.name === 'string' && typeof h.value === 'string' ? [[h.name, h.value] as [string, string]] : []))
    : [];
  const hop = isObj(raw) && typeof raw._hopSeq === 'number' && typeof raw._branch === 'number' && typeof raw._hopCause === 'string'
    ? { seq: raw._hopSeq, branch: raw._branch, cause: causeOf(raw._hopCause, where), blocked: str(raw._blocked), note: str(raw._hopNote) }
    : null;
  const initiator = isObj(raw._initiator) ? str(raw._initiator.type) : null;
  return {
    method: method.toUpperCase(),
    url,
    status,
    headers,
    body: bodyOf(e.response.content, where, bodyLimit),
    truncated: isObj(e.response.content) && e.response.content._truncated === true,
    startedAt: new Date(startedAt).toISOString(),
    durationMs: Math.max(0, num(e.time) ?? 0),
    serverIp: str(e.serverIPAddress)?.replace(/^\[|\]$/g, '') || null,
    resourceType: str(raw._resourceType)?.toLowerCase() ?? (acceptsHtml(e.request.headers) ? 'document' : null),
    initiator,
    hop,
  };
}

function causeOf(value: string, where: string): HopCause {
  if (!(HOP_CAUSES as readonly string[]).includes(value)) throw new ImportProblem(`${where}: _hopCause "${value.slice(0, 40)}" is not a hop cause`);
  return value as HopCause;
}

/**
 * The body as the file holds it: base64 decoded, text as UTF-8. A body over the limit is refused
 * before it is decoded (base64 is 4 characters for 3 bytes), so a huge entry costs no copy.
 */
function bodyOf(content: unknown, where: string, bodyLimit: number): Buffer | null {
  if (!isObj(content) || typeof content.text !== 'string') return null;
  const base64 = content.encoding === 'base64';
  const size = base64 ? Math.floor((content.text.length * 3) / 4) : Buffer.byteLength(content.text, 'utf8');
  if (size > bodyLimit) throw new ImportProblem(`${where}: body of ${size} bytes is over the body limit of ${bodyLimit} (--body-limit)`);
  if (base64 && !/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(content.text)) throw new ImportProblem(`${where}: content.text is not base64`);
  return Buffer.from(content.text, base64 ? 'base64' : 'utf8');
}

/**
 * A file without DevTools' resource types (Playwright's recordHar, Firefox) still shows navigations:
 * the browser asks for a document with `Accept: text/html…`, never for an image or a script.
 */
function acceptsHtml(headers: unknown): boolean {
  return Array.isArray(headers) && headers.some((h) => isObj(h) && String(h.name).toLowerCase() === 'accept' && String(h.value).includes('text/html'));
}
