// The browser sandbox engine: one Chromium for the engine's lifetime (restarted after a crash), a
// fresh context per visit behind the egress proxy (or, in replay, with no network at all), every
// page watched through its own CDP session, delayed redirects caught by advancing virtual time.
import type { BrowserContext, Frame, Page, Request } from 'playwright';
import type { Download, PageSnapshot, VisitCapture, VisitOutcome } from '../../model.ts';
import { chainOutcome, emptyCapture } from '../../records/visit-record.ts';
import { BLOCKED_HEADER, startEgressProxy, type EgressEvent, type EgressProxy } from '../../net/egress.ts';
import type { NetPolicy } from '../../net/policy.ts';
import { startReplayProxy } from '../../net/replay-proxy.ts';
import { refusalForUrl } from '../../net/url-policy.ts';
import type { VisitEngine, VisitInput } from '../engine.ts';
import { DOWNLOAD_LIMIT, storeDownload } from './downloads.ts';
import { classifyGotoFailure, snapshotFailure, type GotoWitness } from './page-failures.ts';
import { contextOptionsFor, initScriptFor } from './identity.ts';
import { launchChromium, type LaunchedBrowser } from './launch.ts';
import { attachPage, type PageSession, type PageSessionDeps } from './page-session.ts';
import { HopRecorder } from './recorder.ts';
import { headerValue } from '../../bytes.ts';
import { ResponseLog } from './responses.ts';
import { isBrowserDocument, settle } from './settle.ts';
import { snapshotFrame } from './snapshot.ts';
import { withTimeout } from './timeout.ts';
import { fetchMissingIcon } from './icon.ts';

/** Popups beyond this many are closed unrecorded (a page that opens windows in a loop). */
export const MAX_BRANCHES = 20;
/** A screenshot that has not come after this long will not come (a page that stopped painting). */
const SCREENSHOT_WAIT_MS = 10_000;
/** How long a failed first navigation waits for Chromium to announce the download it became. */
const DOWNLOAD_EVENT_WAIT_MS = 1_000;
/** What a visit may overrun its deadline by while it gives up on a page that stopped answering. */
const GRACE_MS = 1_000;
/** A site whose icon hangs does not hold the visit past this. */
const ICON_WAIT_MS = 5_000;

export interface BrowserEngineOptions {
  executablePath?: string;
}

export interface BrowserEngine extends VisitEngine {
  /** The running browser, for tests and diagnostics (null before the first visit). */
  launched(): LaunchedBrowser | null;
  /** Requests that replay proxies answered from the store, over the engine's lifetime (diagnostics). */
  replayProxyServed(): number;
  /** Every decision of the engine's egress proxies so far (diagnostics: what tried to leave). */
  egressEvents(): EgressEvent[];
}

export function createBrowserEngine(opts: BrowserEngineOptions = {}): BrowserEngine {
  let launched: Promise<LaunchedBrowser> | null = null;
  const proxies = new Map<string, Promise<EgressProxy>>();
  const started: EgressProxy[] = [];
  let current: LaunchedBrowser | null = null;
  let replayServed = 0;
  // Contexts still closing: a visit returns without waiting for its page to unload.
  const closing = new Set<Promise<void>>();

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
      void p.then((e) => started.push(e), () => undefined);
      proxies.set(key, p);
    }
    return p;
  };

  return {
    launched: () => current,
    replayProxyServed: () => replayServed,
    egressEvents: () => started.flatMap((e) => e.events),
    visit: async (input) => {
      const startedAt = new Date().toISOString();
      const refusal = refusalForUrl(input.url);
      if (refusal) return emptyCapture('refused', refusal, startedAt);
      let b: LaunchedBrowser;
      try {
        b = await browser();
      } catch (err) {
        return emptyCapture('error', (err as Error).message, startedAt);
      }
      if (!input.replay) {
        const egress = await proxyFor(input.net);
        return runVisit(b, egress, egress.url, input, startedAt, closing);
      }
      const replayProxy = await startReplayProxy(input.replay);
      try {
        return await runVisit(b, null, replayProxy.url, input, startedAt, closing);
      } finally {
        replayServed += replayProxy.served();
        await replayProxy.close();
      }
    },
    close: async () => {
      const b = launched ? await launched.catch(() => null) : null;
      launched = null;
      current = null;
      await Promise.all(closing);
      await b?.close();
      for (const p of proxies.values()) await (await p.catch(() => null))?.close();
      proxies.clear();
      started.length = 0;
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

async function runVisit(
  b: LaunchedBrowser,
  egress: EgressProxy | null,
  proxyUrl: string,
  input: VisitInput,
  startedAt: string,
  closing: Set<Promise<void>>,
): Promise<VisitCapture> {
  const t0 = Date.now();
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
    document: input.document ?? null,
    refusalFor: (url) => {
      const hp = hostPort(url);
      if (!hp || !egress) return null;
      const ev = egress.events.slice(eventsFrom).reverse().find((e) => e.host === hp[0] && e.port === hp[1] && e.refused);
      return ev?.refused ?? null;
    },
  };

  // Live: every request goes through the policy-enforcing egress proxy. Replay: CDP Fetch answers
  // each page's requests; what escapes it (a popup's first requests) meets the replay proxy.
  let context: BrowserContext;
  try {
    context = await b.browser.newContext({ ...contextOptionsFor(input.persona), proxy: { server: proxyUrl } });
  } catch (err) {
    return emptyCapture('error', `browser context failed: ${(err as Error).message.split('\n')[0]}`, startedAt);
  }
  await context.addInitScript(initScriptFor(input.persona));

  const sessions: PageSession[] = [];
  const attaching: Promise<unknown>[] = [];
  const downloads: Download[] = [];
  const downloadJobs: Promise<void>[] = [];
  let closedPopups = 0;
  let crashed = false;

  // What a page says in alert/confirm/prompt/beforeunload dialogs: scam pages speak through them.
  const dialogs = new Map<Page, string[]>();
  const watchPage = (page: Page) => {
    page.on('dialog', (d) => {
      const said = dialogs.get(page) ?? [];
      if (said.length < 20 && d.message()) said.push(d.message().slice(0, 500));
      dialogs.set(page, said);
      void d.dismiss().catch(() => undefined);
    });
    page.on('crash', () => (crashed = true));
    page.on('download', (d) => {
      const ct = [...log.responses].reverse().find((r) => r.url === d.url());
      downloadJobs.push(
        storeDownload(d, log, DOWNLOAD_LIMIT, ct ? headerValue(ct.headers, 'content-type') : null, b.downloadsDir)
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
  // Popups the visit is done waiting for: watched (or failed to be), or closed beyond the cap.
  let popupsSeen = 0;
  let popupBranches = 0;
  context.on('page', (page) => {
    if (sessions.length === 0 && attaching.length === 0) return; // the main page, attached below
    if (1 + popupBranches >= MAX_BRANCHES) {
      closedPopups++;
      popupsSeen++;
      void page.close().catch(() => undefined);
      return;
    }
    popupBranches++;
    watchPage(page);
    const branch = recorder.newBranch('popup');
    attaching.push(
      Promise.all([
        recordEarlyNavigation(page, branch, recorder, log, early),
        attachPage(page, branch, deps).then((ps) => void sessions.push(ps)),
      ])
        .catch(() => undefined)
        .finally(() => popupsSeen++),
    );
  });

  let outcome: VisitOutcome = 'ok';
  let error: string | null = null;
  let incomplete: string | null = null;
  const snapshots: PageSnapshot[] = [];
  try {
    const page = await context.newPage();
    watchPage(page);
    const main = attachPage(page, recorder.newBranch(input.document ? 'attachment' : 'initial'), deps);
    attaching.push(main);
    sessions.push(await main);
    const seen: GotoWitness = { download: false, committed: false };
    const onDownload = () => (seen.download = true);
    const onCommit = (f: Frame) => void (f === page.mainFrame() && (seen.committed = true));
    page.on('download', onDownload);
    page.on('framenavigated', onCommit);
    try {
      await page.goto(input.url, { waitUntil: 'commit', timeout: Math.max(1, deadline - Date.now()) });
    } catch (err) {
      // A first page that never answers runs into the deadline: settle() reports the timeout.
      // Chromium answers goto before it announces a download: give the event a moment to come.
      if (classifyGotoFailure(err, seen) === 'fault') {
        await page.waitForEvent('download', { timeout: Math.min(DOWNLOAD_EVENT_WAIT_MS, Math.max(1, deadline - Date.now())) }).catch(() => undefined);
      }
      if (classifyGotoFailure(err, seen) === 'fault') throw err;
    } finally {
      page.off('download', onDownload);
      page.off('framenavigated', onCommit);
    }
    const watched = () =>
      sessions.map((ps) => ({ branch: ps.branch, clock: ps.clock, refreshHeader: (url: string) => log.refreshHeader(url) }));
    const end = await settle(watched, () => popupsSeen, recorder, deadline);
    // A renderer stuck in script (an alert loop, a memory hog) never answers CDP: bound every wait.
    const grace = () => Math.max(0, deadline - Date.now()) + GRACE_MS;
    await withTimeout(Promise.all(attaching), grace(), 'popup attach').catch(() => undefined);
    // Nothing the pages scheduled runs from here on: what is read and captured is what settled.
    await withTimeout(Promise.all(sessions.map((ps) => ps.clock.freeze())), grace(), 'freeze').catch(() => undefined);
    if (end.end === 'deadline') {
      outcome = 'timeout';
      error = `visit exceeded ${input.timeoutMs} ms`;
      incomplete = `deadline reached while ${end.pending}`;
    } else if (end.end === 'stopped' && recorder.stoppedInFrame) {
      warnings.push(`visit ended early: ${end.reason}`);
    } else if (end.end === 'stopped') {
      outcome = 'error';
      error = end.reason;
    }
    if (recorder.framesDropped) warnings.push(`${recorder.framesDropped} frame hops beyond the cap of ${input.maxHops} not recorded`);
    await withTimeout(Promise.all(downloadJobs), grace(), 'downloads').catch(() => undefined);
    if (end.end !== 'stopped' || recorder.stoppedInFrame) {
      for (const ps of sessions) {
        const read = await snapshotPage(ps, log, recorder, deadline + GRACE_MS);
        if (read.snapshot) {
          snapshots.push({ ...read.snapshot, ...(dialogs.get(ps.page)?.length ? { dialogs: dialogs.get(ps.page) } : {}) });
          await withTimeout(fetchMissingIcon(ps, read.snapshot, deps), Math.min(grace(), ICON_WAIT_MS), 'icon').catch(() => undefined);
        }
        if (read.problem && ps.branch === 0 && !incomplete) incomplete = read.problem;
        if (read.note) warnings.push(ps.branch === 0 ? read.note : `branch ${ps.branch}: ${read.note}`);
      }
    }
  } catch (err) {
    outcome = 'error';
    error = (err as Error).message.split('\n')[0]!;
  }
  if (!b.browser.isConnected() || crashed) {
    outcome = 'error';
    error = crashed ? 'the page crashed' : 'the browser crashed';
  }
  if (closedPopups) warnings.push(`${closedPopups} popups beyond ${MAX_BRANCHES} branches closed unrecorded`);
  const closed = context.close().catch(() => undefined);
  closing.add(closed);
  void closed.then(() => closing.delete(closed));

  const hops = recorder.hops;
  ({ outcome, error } = chainOutcome({ outcome, error }, hops));
  attachBodies(hops, log);
  snapshots.sort((a, z) => a.branch - z.branch);
  for (const s of snapshots) {
    s.chain = hops.filter((h) => h.branch === s.branch).map((h) => ({ url: h.url, status: h.status, cause: h.cause, blocked: h.blocked }));
    s.downloads = s.branch === 0 ? downloads : [];
  }
  return {
    outcome,
    error,
    incomplete,
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

/**
 * The hops and responses of a popup's first navigation (popup, then any 3xx), sent before its CDP
 * session existed, taken from Playwright's events.
 */
async function recordEarlyNavigation(
  page: Page,
  branch: number,
  recorder: HopRecorder,
  log: ResponseLog,
  early: Request[],
): Promise<void> {
  const last = [...early].reverse().find((r) => safePage(r) === page && r.frame() === page.mainFrame());
  if (!last) return;
  const chain: Request[] = [];
  for (let r: Request | null = last; r; r = r.redirectedFrom()) chain.unshift(r);
  chain.forEach((r, i) => {
    recorder.documentRequest({ branch, requestId: `early-${branch}-${i}`, url: r.url(), method: r.method(), cause: i ? 'http' : undefined });
  });
  for (const [i, r] of chain.entries()) {
    const res = await r.response().catch(() => null);
    if (!res) continue;
    const headers = await res.headersArray();
    recorder.documentResponse(`early-${branch}-${i}`, { status: res.status(), headers: res.headers(), serverIp: null, blocked: res.headers()[BLOCKED_HEADER] ?? null });
    const body = res.status() >= 300 && res.status() < 400 ? null : await res.body().catch(() => null);
    log.add({ method: r.method(), url: r.url(), status: res.status(), headers: headers.map((h) => [h.name, h.value]), body, resourceType: 'document' });
  }
}

function safePage(r: Request): Page | null {
  try {
    return r.frame().page();
  } catch {
    return null;
  }
}

/**
 * The page's final document read and captured, or why it could not be: `problem` when the
 * document could not be read (the visit is then incomplete), `note` when only the screenshot is
 * missing. Chromium's own documents (an error page, the blank page a download leaves) are not the
 * site's: no snapshot, no problem.
 */
async function snapshotPage(
  ps: PageSession,
  log: ResponseLog,
  recorder: HopRecorder,
  until: number,
): Promise<{ snapshot: PageSnapshot | null; problem: string | null; note: string | null }> {
  if (ps.page.isClosed()) return { snapshot: null, problem: ps.branch === 0 ? 'snapshot: the page was closed' : null, note: null };
  // A refused hop's page is the egress proxy's refusal, not the site's: the final is the refused URL.
  const last = recorder.hops.findLast((h) => h.branch === ps.branch);
  if (isBrowserDocument(ps.page.url()) || last?.blocked) return { snapshot: null, problem: null, note: null };
  const status = ps.lastStatus.get(ps.branch) ?? null;
  // Chromium paints nothing more once a page handed a link to an external program (seen with
  // mailto: under virtual time): waiting for a frame would only burn the visit's time.
  const handedOff = recorder.hops.find((h) => h.branch === ps.branch && h.blocked && !/^https?:/i.test(h.url));
  const t0 = Date.now();
  // The page is frozen: reading its DOM and capturing it can go side by side.
  const png = handedOff ? Promise.resolve(null) : withTimeout(screenshot(ps), Math.min(until - t0, SCREENSHOT_WAIT_MS), 'screenshot').catch(() => null);
  let dom: Awaited<ReturnType<typeof snapshotFrame>>;
  // A read cut short by a navigation is told by the frame's own event, not by Playwright's wording.
  let navigated = false;
  const onCommit = (f: Frame) => void (f === ps.page.mainFrame() && (navigated = true));
  ps.page.on('framenavigated', onCommit);
  try {
    dom = await withTimeout(snapshotFrame(ps.page, ps.branch, status), until - t0);
  } catch (err) {
    const why = snapshotFailure(err, { navigated, closed: ps.page.isClosed(), elapsedMs: Date.now() - t0 });
    return { snapshot: null, problem: `snapshot: ${why}`, note: null };
  } finally {
    ps.page.off('framenavigated', onCommit);
  }
  const snapshot: PageSnapshot = { ...dom, screenshot: null, downloads: [], chain: [] };
  if (handedOff) return { snapshot, problem: null, note: `screenshot: not taken, the page handed ${handedOff.url.split(':')[0]}: to the system and paints no more` };
  const shot = await png;
  if (!shot) return { snapshot, problem: null, note: `screenshot: timed out after ${Date.now() - t0} ms` };
  snapshot.screenshot = log.addBlob(shot, 'image/png');
  return { snapshot, problem: null, note: null };
}

/** Widest screenshot kept, in CSS pixels: enough to read a lure page, cheap to encode and store. */
export const SCREENSHOT_WIDTH = 800;

/**
 * The viewport as a PNG, scaled down to SCREENSHOT_WIDTH. CDP's capture is one round trip;
 * Playwright's screenshot first waits for fonts and stability, and encodes at full size.
 */
async function screenshot(ps: PageSession): Promise<Buffer> {
  const { width, height } = ps.page.viewportSize() ?? { width: SCREENSHOT_WIDTH, height: SCREENSHOT_WIDTH };
  // The clip is in CSS pixels and so is the image: the device scale factor does not multiply it.
  const clip = { x: 0, y: 0, width, height, scale: Math.min(1, SCREENSHOT_WIDTH / width) };
  const shot = (await ps.session.send('Page.captureScreenshot', { format: 'png', clip })) as { data: string };
  return Buffer.from(shot.data, 'base64');
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
