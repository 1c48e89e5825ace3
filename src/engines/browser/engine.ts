// The browser sandbox engine: one Chromium for the engine's lifetime (restarted after a crash), a
// fresh context per visit behind the egress proxy (or, in replay, with no network at all), every
// page watched through its own CDP session, delayed redirects caught by advancing virtual time.
import { createServer } from 'node:net';
import type { BrowserContext, Page, Request } from 'playwright';
import type { Download, PageSnapshot, VisitOutcome } from '../../model.ts';
import { startEgressProxy, type EgressProxy } from '../../net/egress.ts';
import type { NetPolicy } from '../../net/policy.ts';
import { refusalForUrl } from '../../net/url-policy.ts';
import type { VisitCapture, VisitEngine, VisitInput } from '../engine.ts';
import { storeDownload } from './downloads.ts';
import { contextOptionsFor, initScriptFor } from './identity.ts';
import { launchChromium, type LaunchedBrowser } from './launch.ts';
import { attachPage, type PageSession, type PageSessionDeps } from './page-session.ts';
import { HopRecorder } from './recorder.ts';
import { headerValue, ResponseLog } from './responses.ts';
import { settle } from './settle.ts';
import { snapshotFrame } from './snapshot.ts';

/** Popups beyond this many are closed unrecorded (a page that opens windows in a loop). */
export const MAX_BRANCHES = 20;
export const DOWNLOAD_LIMIT = 50 * 1024 * 1024;
const SNAPSHOT_TIMEOUT_MS = 5_000;

export interface BrowserEngineOptions {
  executablePath?: string;
}

export interface BrowserEngine extends VisitEngine {
  /** The running browser, for tests and diagnostics (null before the first visit). */
  launched(): LaunchedBrowser | null;
}

export function createBrowserEngine(opts: BrowserEngineOptions = {}): BrowserEngine {
  let launched: Promise<LaunchedBrowser> | null = null;
  const proxies = new Map<string, Promise<EgressProxy>>();
  let current: LaunchedBrowser | null = null;

  const browser = async (): Promise<LaunchedBrowser> => {
    if (launched) {
      const b = await launched.catch(() => null);
      if (b?.browser.isConnected()) return b;
      await b?.close();
    }
    launched = launchChromium({ executablePath: opts.executablePath });
    current = await launched;
    return current;
  };

  const proxyFor = (policy: NetPolicy): Promise<EgressProxy> => {
    const key = policyKey(policy);
    let p = proxies.get(key);
    if (!p) {
      p = startEgressProxy(policy);
      proxies.set(key, p);
    }
    return p;
  };

  return {
    launched: () => current,
    visit: async (input) => {
      const startedAt = new Date().toISOString();
      const refusal = refusalForUrl(input.url);
      if (refusal) return emptyCapture(startedAt, 'refused', refusal);
      let b: LaunchedBrowser;
      try {
        b = await browser();
      } catch (err) {
        return emptyCapture(startedAt, 'error', (err as Error).message);
      }
      const egress = input.replay ? null : await proxyFor(input.net);
      return runVisit(b, egress, input, startedAt);
    },
    close: async () => {
      const b = launched ? await launched.catch(() => null) : null;
      launched = null;
      current = null;
      await b?.close();
      for (const p of proxies.values()) await (await p.catch(() => null))?.close();
      proxies.clear();
    },
  };
}

// Policies are compared by value; an injected resolver function only by identity.
const resolverIds = new WeakMap<object, number>();
let nextResolverId = 1;
function policyKey(p: NetPolicy): string {
  let rid = 0;
  if (p.resolver) {
    rid = resolverIds.get(p.resolver) ?? nextResolverId++;
    resolverIds.set(p.resolver, rid);
  }
  return JSON.stringify([p.hostMap, p.mappedOnly, p.allowPrivate, p.proxy, rid]);
}

function emptyCapture(startedAt: string, outcome: VisitOutcome, error: string): VisitCapture {
  return {
    outcome,
    error,
    startedAt,
    finishedAt: new Date().toISOString(),
    hops: [],
    responses: [],
    blobs: [],
    snapshots: [],
    downloads: [],
    warnings: [],
  };
}

/** A port nothing listens on: the replay context's proxy, so a request that escapes interception fails. */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

async function runVisit(
  b: LaunchedBrowser,
  egress: EgressProxy | null,
  input: VisitInput,
  startedAt: string,
): Promise<VisitCapture> {
  const t0 = Date.now();
  const T = (l: string) => process.env.BT && console.error('  T', l, Date.now() - t0);
  const deadline = t0 + input.timeoutMs;
  const warnings = [...b.warnings];
  const log = new ResponseLog(input.bodyLimit);
  const eventsFrom = egress?.events.length ?? 0;
  const hostPort = (url: string): [string, number] | null => {
    try {
      const u = new URL(url);
      return [u.hostname.replace(/^\[|\]$/g, ''), Number(u.port || (u.protocol === 'https:' ? 443 : 80))];
    } catch {
      return null;
    }
  };
  const recorder = new HopRecorder(input.maxHops, (url) => {
    const hp = hostPort(url);
    return hp && egress ? egress.serverIpFor(hp[0], hp[1]) : null;
  });
  const deps: PageSessionDeps = {
    persona: input.persona,
    recorder,
    log,
    bodyLimit: input.bodyLimit,
    replay: input.replay ?? null,
    refusalFor: (url) => {
      const hp = hostPort(url);
      if (!hp || !egress) return null;
      const ev = egress.events.slice(eventsFrom).reverse().find((e) => e.host === hp[0] && e.port === hp[1] && e.refused);
      return ev?.refused ?? null;
    },
  };

  const proxyServer = egress ? egress.url : `http://127.0.0.1:${await closedPort()}`;
  let context: BrowserContext;
  try {
    context = await b.browser.newContext({ ...contextOptionsFor(input.persona), proxy: { server: proxyServer } });
  } catch (err) {
    return emptyCapture(startedAt, 'error', `browser context failed: ${(err as Error).message.split('\n')[0]}`);
  }
  T('context');
  await context.addInitScript(initScriptFor(input.persona));

  const sessions: PageSession[] = [];
  const attaching: Promise<unknown>[] = [];
  const downloads: Download[] = [];
  const downloadJobs: Promise<void>[] = [];
  let closedPopups = 0;
  let crashed = false;

  const watchPage = (page: Page) => {
    page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
    page.on('crash', () => (crashed = true));
    page.on('download', (d) => {
      const ct = [...log.responses].reverse().find((r) => r.url === d.url());
      downloadJobs.push(
        storeDownload(d, log, DOWNLOAD_LIMIT, ct ? headerValue(ct.headers, 'content-type') : null)
          .then((dl) => void downloads.push(dl))
          .catch((err: Error) => void warnings.push(`download ${d.url()} lost: ${err.message}`)),
      );
    });
  };

  // A popup is reported (and gets our CDP session) only after its first navigation committed: its
  // first requests are taken from Playwright's own network events.
  const early: Request[] = [];
  context.on('request', (r) => {
    if (r.isNavigationRequest()) early.push(r);
  });
  context.on('page', (page) => {
    if (sessions.length === 0 && attaching.length === 0) return; // the main page, attached below
    if (sessions.length + attaching.length >= MAX_BRANCHES) {
      closedPopups++;
      void page.close().catch(() => undefined);
      return;
    }
    watchPage(page);
    const branch = recorder.newBranch('popup');
    recordEarlyNavigation(page, branch, recorder, early);
    attaching.push(
      attachPage(page, branch, deps)
        .then((ps) => void sessions.push(ps))
        .catch(() => undefined),
    );
  });

  let outcome: VisitOutcome = 'ok';
  let error: string | null = null;
  const snapshots: PageSnapshot[] = [];
  try {
    const page = await context.newPage();
    T('newPage');
    watchPage(page);
    const main = attachPage(page, recorder.newBranch('initial'), deps);
    attaching.push(main);
    sessions.push(await main);
    T('attached');
    try {
      await page.goto(input.url, { waitUntil: 'commit', timeout: Math.max(1, deadline - Date.now()) });
    } catch (err) {
      const msg = (err as Error).message;
      if (!/Download is starting|net::ERR_|interrupted by another navigation|NS_BINDING_ABORTED/.test(msg)) throw err;
    }
    T('committed');
    const end = await settle(() => sessions.map((s) => s.clock), recorder, deadline);
    T('settled '+end);
    await Promise.all(attaching);
    if (end === 'deadline') {
      outcome = 'timeout';
      error = `visit exceeded ${input.timeoutMs} ms`;
    }
    if (end === 'stopped') warnings.push(`visit ended early: ${recorder.stopReason}`);
    await Promise.race([Promise.all(downloadJobs), sleepUntil(deadline)]);
    if (outcome !== 'timeout') {
      await Promise.all(sessions.map((ps) => ps.clock.release()));
      T('released');
      for (const ps of sessions) {
        const snap = await snapshotPage(ps, log, deadline).catch((e) => (console.error(e), null));
        if (snap) snapshots.push(snap);
      }
    }
  } catch (err) {
    outcome = 'error';
    error = (err as Error).message.split('\n')[0];
  }
  if (!b.browser.isConnected() || crashed) {
    outcome = 'error';
    error = crashed ? 'the page crashed' : 'the browser crashed';
  }
  if (closedPopups) warnings.push(`${closedPopups} popups beyond ${MAX_BRANCHES} branches closed unrecorded`);
  T('snapshots');
  await context.close().catch(() => undefined);
  T('closed');

  const hops = recorder.hops;
  const first = hops.find((h) => h.branch === 0);
  if (outcome === 'ok' && first?.blocked) outcome = 'blocked';
  if (outcome === 'ok' && first && first.status === null && !first.blocked && !hops.some((h) => h.status !== null)) {
    outcome = 'error';
    error = first.note ?? 'no response';
  }
  attachBodies(hops, log);
  snapshots.sort((a, z) => a.branch - z.branch);
  for (const s of snapshots) {
    s.chain = hops.filter((h) => h.branch === s.branch).map((h) => ({ url: h.url, status: h.status, cause: h.cause, blocked: h.blocked }));
    s.downloads = s.branch === 0 ? downloads : [];
  }
  return {
    outcome,
    error,
    startedAt,
    finishedAt: new Date().toISOString(),
    hops,
    responses: log.responses,
    blobs: log.allBlobs(),
    snapshots,
    downloads,
    warnings,
  };
}

/** The hops of a popup's first navigation (popup, then any 3xx), before its CDP session existed. */
function recordEarlyNavigation(page: Page, branch: number, recorder: HopRecorder, early: Request[]): void {
  const last = [...early].reverse().find((r) => safePage(r) === page && r.frame() === page.mainFrame());
  if (!last) return;
  const chain: Request[] = [];
  for (let r: Request | null = last; r; r = r.redirectedFrom()) chain.unshift(r);
  chain.forEach((r, i) => {
    recorder.documentRequest({ branch, requestId: `early-${branch}-${i}`, url: r.url(), method: r.method(), cause: i ? 'http' : undefined });
  });
  void Promise.all(
    chain.map(async (r, i) => {
      const res = await r.response().catch(() => null);
      if (res) recorder.documentResponse(`early-${branch}-${i}`, { status: res.status(), headers: res.headers(), serverIp: null, blocked: null });
    }),
  );
}

function safePage(r: Request): Page | null {
  try {
    return r.frame().page();
  } catch {
    return null;
  }
}

function sleepUntil(deadline: number): Promise<void> {
  return new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now())));
}

async function snapshotPage(ps: PageSession, log: ResponseLog, deadline: number): Promise<PageSnapshot | null> {
  const timeout = Math.min(SNAPSHOT_TIMEOUT_MS, deadline - Date.now());
  if (timeout <= 0 || ps.page.isClosed()) return null;
  const status = ps.lastStatus.get(ps.branch) ?? null;
  const snap = await withTimeout(snapshotFrame(ps.page, ps.branch, status), timeout);
  const png = await ps.page.screenshot({ type: 'png', timeout }).catch(() => null);
  return { ...snap, screenshot: png ? log.addBlob(png, 'image/png') : null, downloads: [], chain: [] };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('snapshot timed out')), ms))]);
}

/** Each hop's body hash: the n-th document response for its method and URL. */
function attachBodies(hops: VisitCapture['hops'], log: ResponseLog): void {
  const seen = new Map<string, number>();
  for (const h of hops) {
    if (h.status === null) continue;
    const key = `${h.method} ${h.url}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    h.bodySha256 = log.documentBody(h.method, h.url, n)?.bodySha256 ?? null;
  }
}
