// One page of a visit seen through its own CDP session, attached before the page navigates: the
// navigation reasons, document requests and redirects go to the hop recorder; every response goes
// to the response log (live: paused at the Response stage to read the body even when the page
// navigates away at once; replay: answered at the Request stage from the stored responses).
import type { CDPSession, Page } from 'playwright';
import type { Persona } from '../../model.ts';
import { BLOCKED_HEADER } from '../../net/egress.ts';
import { replayableHeaders } from '../../net/replay-proxy.ts';
import { refusalForUrl } from '../../net/url-policy.ts';
import type { LocalDocument, ReplaySource } from '../engine.ts';
import { ATTACHMENT_ORIGIN } from '../../net/url-policy.ts';
import { causeForReason } from './causes.ts';
import { DOWNLOAD_LIMIT } from './downloads.ts';
import { applyIdentity } from './identity.ts';
import { PageClock, VIRTUAL_BUDGET_MS } from './settle.ts';
import type { HopRecorder } from './recorder.ts';
import { headerValue, isAttachmentDisposition } from '../../bytes.ts';
import type { ResponseLog } from './responses.ts';
import { readStream } from './stream.ts';

export interface PageSessionDeps {
  persona: Persona;
  recorder: HopRecorder;
  log: ResponseLog;
  bodyLimit: number;
  replay: ReplaySource | null;
  /** The first document, answered from the trace (an HTML attachment), or null. */
  document: LocalDocument | null;
  /** The policy's refusal recorded by the egress proxy for this host:port, if any. */
  refusalFor(url: string): string | null;
}

export interface PageSession {
  page: Page;
  branch: number;
  session: CDPSession;
  clock: PageClock;
  /** Branch of each subframe that navigated. */
  frameBranches: Map<string, number>;
  /** Status of the last document response per branch, for snapshots. */
  lastStatus: Map<number, number | null>;
}

// Schemes the browser handles itself; anything else non-http(s) would go to an external handler.
const IN_BROWSER_SCHEMES = new Set(['about:', 'data:', 'blob:', 'javascript:', 'chrome-error:']);

type Cdp = Record<string, unknown>;
interface RequestWillBeSent {
  requestId: string;
  type?: string;
  frameId?: string;
  request: { url: string; method: string };
  redirectResponse?: { status: number; headers: Record<string, string> };
}

/** `branch` comes from recorder.newBranch(); the page's first hops may already be in it (popups). */
export async function attachPage(page: Page, branch: number, deps: PageSessionDeps): Promise<PageSession> {
  const { recorder } = deps;
  const session = await page.context().newCDPSession(page);
  const ps: PageSession = { page, branch, session, clock: new PageClock(session), frameBranches: new Map(), lastStatus: new Map() };
  let mainFrameId: string | null = null;

  const branchOf = (frameId: string | undefined): number => {
    if (!frameId || frameId === mainFrameId) return branch;
    let b = ps.frameBranches.get(frameId);
    if (b === undefined) {
      b = recorder.newBranch('frame');
      ps.frameBranches.set(frameId, b);
    }
    return b;
  };
  const documentRequests = new Map<string, number>();

  session.on('Page.frameRequestedNavigation', (e: Cdp) => {
    const { frameId, reason, url, disposition } = e as { frameId: string; reason: string; url: string; disposition: string };
    if (disposition !== 'currentTab') return; // a popup: its own page gets the branch
    const b = branchOf(frameId);
    const cause = causeForReason(reason);
    const scheme = safeProtocol(url);
    if (scheme && !IN_BROWSER_SCHEMES.has(scheme)) {
      const refusal = refusalForUrl(url);
      if (refusal) {
        recorder.refused(b, url, cause, refusal);
        return;
      }
    }
    recorder.navigationRequested(b, cause, reason);
  });

  session.on('Network.requestWillBeSent', (e: Cdp) => {
    const ev = e as unknown as RequestWillBeSent;
    if (ev.type !== 'Document' || !/^https?:/.test(ev.request.url)) return;
    const b = branchOf(ev.frameId);
    documentRequests.set(ev.requestId, b);
    recorder.documentRequest({
      branch: b,
      requestId: ev.requestId,
      url: ev.request.url,
      method: ev.request.method,
      redirectedBy: ev.redirectResponse,
    });
  });

  session.on('Network.responseReceived', (e: Cdp) => {
    const { requestId, response } = e as { requestId: string; response: { status: number; headers: Record<string, string>; url: string } };
    const b = documentRequests.get(requestId);
    if (b === undefined) return;
    const blocked = lowerHeader(response.headers, BLOCKED_HEADER);
    ps.lastStatus.set(b, blocked ? null : response.status);
    recorder.documentResponse(requestId, { status: response.status, headers: response.headers, serverIp: null, blocked });
  });

  session.on('Network.loadingFailed', (e: Cdp) => {
    const { requestId, errorText } = e as { requestId: string; errorText: string };
    const b = documentRequests.get(requestId);
    if (b === undefined) return;
    const url = recorder.hops.find((h) => h.branch === b && h.status === null && !h.blocked)?.url;
    recorder.documentFailed(requestId, errorText, url ? deps.refusalFor(url) : null);
  });

  session.on('Fetch.requestPaused', (e: Cdp) => {
    const p = e as unknown as RequestPaused;
    if (p.responseStatusCode === undefined && p.request.url.startsWith(`${ATTACHMENT_ORIGIN}/`)) void answerLocal(session, p, deps);
    else void (deps.replay ? answerFromReplay(session, e, deps) : recordResponse(session, e, deps));
  });

  await Promise.all([
    session.send('Page.enable'),
    session.send('Network.enable'),
    applyIdentity(session, deps.persona),
    session.send('Fetch.enable', {
      // The synthetic origin of attachments first: answered here, it never reaches a proxy.
      patterns: [
        { urlPattern: `${ATTACHMENT_ORIGIN}/*`, requestStage: 'Request' },
        { urlPattern: '*', requestStage: deps.replay ? 'Request' : 'Response' },
      ],
    }),
  ]);
  const tree = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  mainFrameId = tree.frameTree.frame.id;
  // A popup has committed its first document before we get it; the main page is still blank.
  await ps.clock.grant(VIRTUAL_BUDGET_MS);
  return ps;
}

interface RequestPaused {
  requestId: string;
  request: { url: string; method: string };
  resourceType: string;
  responseStatusCode?: number;
  responseHeaders?: { name: string; value: string }[];
  responseErrorReason?: string;
}

// Bodies not worth reading whole: downloads (handled by the download path) and big media.
function wantsBody(p: RequestPaused, bodyLimit: number): boolean {
  if (isAttachment(p)) return false;
  if (p.resourceType === 'Media') return false;
  const length = Number(responseHeader(p, 'content-length') ?? NaN);
  if (p.resourceType !== 'Document' && Number.isFinite(length) && length > bodyLimit) return false;
  const status = p.responseStatusCode ?? 0;
  return status < 300 || status >= 400;
}

function isAttachment(p: RequestPaused): boolean {
  return isAttachmentDisposition(responseHeader(p, 'content-disposition'));
}

function responseHeader(p: RequestPaused, name: string): string | undefined {
  return (p.responseHeaders ?? []).find((h) => h.name.toLowerCase() === name)?.value;
}

async function recordResponse(session: CDPSession, e: Cdp, deps: PageSessionDeps): Promise<void> {
  const p = e as unknown as RequestPaused;
  let answered = false;
  try {
    if (p.responseErrorReason || p.responseStatusCode === undefined) return;
    let body: Buffer | null = null;
    const length = Number(responseHeader(p, 'content-length') ?? NaN);
    if (p.resourceType === 'Document' && isAttachment(p) && !(length <= DOWNLOAD_LIMIT)) {
      // A download of unknown or too great a length: the browser is handed its first bytes only,
      // so no amount of load on this machine lets a 2 GB file through before the cap acts.
      answered = (await streamedBody(session, p, DOWNLOAD_LIMIT)) !== null;
      if (answered) deps.log.noteCutDownload(p.request.url);
    } else if (wantsBody(p, deps.bodyLimit) && p.resourceType === 'Document' && !(length <= deps.bodyLimit)) {
      // A document of unknown or too great a length is read as a stream up to the limit and
      // handed to the page from there: asking for the whole body would make the browser buffer
      // a body that never ends until it dies (seen with an endless page).
      body = await streamedBody(session, p, deps.bodyLimit);
      answered = body !== null;
    } else if (wantsBody(p, deps.bodyLimit)) {
      const r = (await session.send('Fetch.getResponseBody', { requestId: p.requestId }).catch(() => null)) as
        | { body: string; base64Encoded: boolean }
        | null;
      if (r) body = Buffer.from(r.body, r.base64Encoded ? 'base64' : 'utf8');
    }
    deps.log.add({
      method: p.request.method,
      url: p.request.url,
      status: p.responseStatusCode,
      headers: (p.responseHeaders ?? []).map((h) => [h.name, h.value] as [string, string]),
      body,
      resourceType: p.resourceType,
    });
  } finally {
    if (!answered) await session.send('Fetch.continueRequest', { requestId: p.requestId }).catch(() => undefined);
  }
}

/**
 * Reads a paused response's body as a stream, at most one chunk past `limit`, and answers the page
 * with what was read, cut at `limit`. Null when the stream could not be taken (the request then
 * continues as it was).
 */
async function streamedBody(session: CDPSession, p: RequestPaused, limit: number): Promise<Buffer | null> {
  const taken = (await session.send('Fetch.takeResponseBodyAsStream', { requestId: p.requestId }).catch(() => null)) as { stream: string } | null;
  if (!taken) return null;
  const body = await readStream(session, taken.stream, limit);
  const kept = body.subarray(0, limit);
  await session
    .send('Fetch.fulfillRequest', {
      requestId: p.requestId,
      responseCode: p.responseStatusCode!,
      responseHeaders: replayableHeaders((p.responseHeaders ?? []).map((h) => [h.name, h.value])).map(([name, value]) => ({ name, value })),
      body: kept.toString('base64'),
    })
    .catch(() => undefined);
  return body;
}

/**
 * A request to the attachments' synthetic origin: the visit's own document is answered from its
 * bytes; anything else there (a relative image of the attachment) does not exist.
 */
async function answerLocal(session: CDPSession, p: RequestPaused, deps: PageSessionDeps): Promise<void> {
  const doc = deps.document;
  if (!doc || p.request.url !== doc.url || p.request.method !== 'GET') {
    await session.send('Fetch.failRequest', { requestId: p.requestId, errorReason: 'NameNotResolved' }).catch(() => undefined);
    return;
  }
  const headers: [string, string][] = [['content-type', doc.mime]];
  deps.log.add({ method: 'GET', url: doc.url, status: 200, headers, body: doc.body, resourceType: p.resourceType });
  await session
    .send('Fetch.fulfillRequest', { requestId: p.requestId, responseCode: 200, responseHeaders: headers.map(([name, value]) => ({ name, value })), body: doc.body.toString('base64') })
    .catch(() => undefined);
}

async function answerFromReplay(session: CDPSession, e: Cdp, deps: PageSessionDeps): Promise<void> {
  const p = e as unknown as RequestPaused;
  const stored = deps.replay!.take(p.request.method, p.request.url);
  if (!stored) {
    await session.send('Fetch.failRequest', { requestId: p.requestId, errorReason: 'BlockedByClient' }).catch(() => undefined);
    return;
  }
  deps.log.add({ ...stored, method: p.request.method, url: p.request.url, resourceType: p.resourceType });
  await session
    .send('Fetch.fulfillRequest', {
      requestId: p.requestId,
      responseCode: stored.status,
      responseHeaders: replayableHeaders(stored.headers).map(([name, value]) => ({ name, value })),
      body: (stored.body ?? Buffer.alloc(0)).toString('base64'),
    })
    .catch(() => undefined);
}

function safeProtocol(url: string): string | null {
  try {
    return new URL(url).protocol;
  } catch {
    return null;
  }
}

function lowerHeader(headers: Record<string, string>, name: string): string | null {
  return headerValue(Object.entries(headers), name);
}
