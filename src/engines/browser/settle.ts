// Deciding that a visit is over from the state of its pages, never from how fast this machine is.
//
// Each page runs on CDP virtual time: while no fetch is pending, its timers and refresh delays fire
// at once. A page is done when, read from inside its renderer, its document has lived
// VIRTUAL_BUDGET_MS of page time (so every timer and refresh it set up within that time has fired),
// it has loaded, no refresh of its own is still due, and no navigation is scheduled, no request
// waits for headers. The visit is done when every page is, no popup is on its way, and no fact
// arrived while the pages were being read (that read is a round trip through each renderer).
//
// Real time bounds only the visit as a whole (its deadline) and single requests that never answer
// (STALE_MS). A starved renderer makes a visit slower, never shorter: page time only advances when
// the renderer runs, and nothing here counts real milliseconds of silence as the end.
import type { CDPSession } from 'playwright';
import { headerValue, isAttachmentDisposition } from '../../bytes.ts';
import { parseRefresh } from '../refresh.ts';
import type { HopRecorder } from './recorder.ts';
import { withTimeout } from './timeout.ts';

/** Page time one document may spend: covers the delays lures use (a few seconds) with room to spare. */
export const VIRTUAL_BUDGET_MS = 30_000;
const POLL_MS = 15;
/** A subresource or frame load open longer than this (long polling, a hung server) no longer holds the visit. */
const STALE_MS = 3_000;
/** A subresource or frame load open this long no longer holds the visit, even while others still arrive. */
const HUNG_MS = 15_000;
/** A navigation announced but never started (seen only with external protocols) is waited for this long. */
const SCHEDULED_STALE_MS = 10_000;
/** A popup announced by window.open that the browser never reports is waited for this long. */
const POPUP_WAIT_MS = 10_000;
/** Page time past the budget each extra grant asks for, so grants made at different moments end together. */
const GRANT_MARGIN_MS = 50;

type Cdp = Record<string, unknown>;

/** The page's own view of its document, read in the renderer. */
export interface DocState {
  href: string;
  readyState: string;
  /** performance.now(): page time the document has lived, on the virtual clock. */
  pageTime: number;
  /** Date.now() on the same clock, shared by every frame of the page. */
  now: number;
  /** Page time at which the document finished loading (0 until it has). */
  loadEnd: number;
  /** content attributes of the document's `<meta http-equiv=refresh>` elements. */
  refresh: string[];
}

const PROBE = `JSON.stringify({
  href: location.href,
  readyState: document.readyState,
  pageTime: performance.now(),
  now: Date.now(),
  loadEnd: (() => { const n = performance.getEntriesByType('navigation')[0]; return n ? n.loadEventEnd || n.domContentLoadedEventEnd : 0; })(),
  refresh: Array.from(document.querySelectorAll('meta[http-equiv]'))
    .filter((m) => (m.getAttribute('http-equiv') || '').toLowerCase() === 'refresh')
    .map((m) => m.getAttribute('content') || ''),
})`;

/** Documents that are Chromium's, not the site's: an error page, the blank page a download leaves. */
export function isBrowserDocument(href: string): boolean {
  return /^(chrome-error|about|chrome|data):/i.test(href);
}

/** One page's virtual clock and the work it has announced but not finished. */
export class PageClock {
  /** frameId → the scheduled navigation's delay in ms, target and the real time it was announced */
  private readonly scheduled = new Map<string, { delay: number; url: string; at: number }>();
  /** requestId → real time it started, until its response headers arrive */
  private readonly inflight = new Map<string, number>();
  /** frameId → real time it started loading, until it stops */
  private readonly loading = new Map<string, number>();
  /**
   * loaderId → real time a document's response arrived, until it commits. Between the two nothing
   * else shows a navigation in progress, while the old document's clock runs on (seen: a visit
   * declared over, then the landing committed while it was being read).
   */
  private readonly committing = new Map<string, number>();
  /** Counts every event the page reported. */
  events = 0;
  /** Real time of the last network event of the page (a body still streaming included). */
  private lastNetwork = Date.now();
  /** requestId of each document whose body is still arriving, from its headers to its last byte. */
  private readonly openBodies = new Set<string>();

  /** window.open calls seen in this page, and the real time of the last one. */
  windowOpens = 0;
  lastWindowOpen = 0;
  /** Page clock and real time of the last look, to notice a clock that does not move. */
  private lastLook: { now: number; at: number; granted: boolean } | null = null;
  /** A frame committed a document since the last look: it is owed its page time from then. */
  private frameCommitted = false;
  /** The page clock reading every frame document committed so far has its page time by. */
  private frameTarget = 0;
  private frozen = false;

  constructor(private readonly session: CDPSession) {
    const touch = () => this.events++;
    session.on('Page.frameNavigated', (e: Cdp) => {
      touch();
      this.committing.delete(String((e.frame as { loaderId?: string } | undefined)?.loaderId));
      if ((e.frame as { parentId?: string } | undefined)?.parentId) this.frameCommitted = true;
      else this.frameTarget = 0;
      this.lastLook = null;
      void this.grant(VIRTUAL_BUDGET_MS);
    });
    session.on('Page.frameScheduledNavigation', (e: Cdp) => {
      touch();
      const delay = Number(e.delay ?? 0) * 1000;
      this.scheduled.set(String(e.frameId), { delay, url: String(e.url ?? ''), at: Date.now() });
      // A refresh runs on a timer: scheduled after the clock stopped, it would wait on it forever
      // (seen under load with `content="0"`). A whole budget, never a small one: a budget that runs
      // out while the next document is starting its own navigation made Chromium drop that
      // navigation (seen with a timed location.replace and with a second external protocol).
      if (/Refresh$/.test(String(e.reason)) && delay <= VIRTUAL_BUDGET_MS) void this.grant(VIRTUAL_BUDGET_MS);
    });
    const unschedule = (e: Cdp) => {
      touch();
      this.scheduled.delete(String(e.frameId));
    };
    session.on('Page.frameClearedScheduledNavigation', unschedule);
    session.on('Page.frameDetached', (e: Cdp) => {
      unschedule(e);
      this.loading.delete(String(e.frameId));
    });
    session.on('Page.frameStartedLoading', (e: Cdp) => {
      touch();
      this.loading.set(String(e.frameId), Date.now());
    });
    session.on('Page.frameStoppedLoading', (e: Cdp) => {
      touch();
      this.loading.delete(String(e.frameId));
    });
    // Playwright reports a popup only once its first navigation committed; until then this is the
    // only sign that one is coming.
    session.on('Page.windowOpen', () => {
      touch();
      this.windowOpens++;
      this.lastWindowOpen = Date.now();
    });
    session.on('Emulation.virtualTimeBudgetExpired', touch);
    // A document's page time counts from its load (see target()): its budget is granted again
    // there, whole, so it usually needs no top-up at all.
    session.on('Page.loadEventFired', () => {
      touch();
      void this.grant(VIRTUAL_BUDGET_MS + GRANT_MARGIN_MS);
    });
    session.on('Network.dataReceived', () => (this.lastNetwork = Date.now()));
    session.on('Network.requestWillBeSent', (e: Cdp) => {
      touch();
      this.lastNetwork = Date.now();
      // "Other" is the browser's own fetching (the favicon), which the page never waits for and
      // which reports no end.
      if (e.type !== 'Other') this.inflight.set(String(e.requestId), Date.now());
    });
    const done = (e: Cdp) => {
      touch();
      this.lastNetwork = Date.now();
      this.inflight.delete(String(e.requestId));
    };
    // Headers are enough: a body still streaming does not hold timers back, and some loads (the
    // favicon, a document that stays open) never report finishing.
    session.on('Network.responseReceived', (e: Cdp) => {
      done(e);
      const r = e.response as { status?: number; headers?: Record<string, string> } | undefined;
      // A navigation's request id is its loader id. No content and downloads never commit.
      const commits = e.type === 'Document' && r?.status !== 204 && r?.status !== 205 && !isAttachmentDisposition(headerValue(Object.entries(r?.headers ?? {}), 'content-disposition'));
      if (commits) this.committing.set(String(e.requestId), Date.now());
      if (e.type === 'Document') this.openBodies.add(String(e.requestId));
    });
    const bodyDone = (e: Cdp) => {
      done(e);
      this.openBodies.delete(String(e.requestId));
    };
    session.on('Network.loadingFinished', bodyDone);
    session.on('Network.loadingFailed', (e: Cdp) => {
      bodyDone(e);
      this.committing.delete(String(e.requestId));
    });
    session.on('Page.downloadWillBegin', () => this.committing.clear());
  }

  /**
   * Lets the page's clock run `budgetMs` more of page time, fast while the network is idle. Once a
   * request has hung past STALE_MS the clock runs regardless, as a real page's timers would
   * (`policy` forces that).
   */
  async grant(budgetMs: number, policy: 'advance' | 'pauseIfNetworkFetchesPending' = this.staleFetch(Date.now()) ? 'advance' : 'pauseIfNetworkFetchesPending'): Promise<void> {
    if (this.frozen) return;
    await this.session.send('Emulation.setVirtualTimePolicy', { policy, budget: Math.max(1, Math.ceil(budgetMs)) }).catch(() => undefined);
  }

  /** Stops the page's clock for good: nothing it scheduled runs while it is read and captured. */
  async freeze(): Promise<void> {
    this.frozen = true;
    await this.session.send('Emulation.setVirtualTimePolicy', { policy: 'pause' }).catch(() => undefined);
  }

  /** What the page announced and has not finished, or null. */
  busy(now: number): string | null {
    for (const s of this.scheduled.values()) {
      if (s.delay <= VIRTUAL_BUDGET_MS && now - s.at < SCHEDULED_STALE_MS) return `navigation to ${s.url} scheduled`;
    }
    for (const t of this.inflight.values()) if (now - t < STALE_MS) return 'a request waits for its response';
    for (const t of this.loading.values()) if (now - t < STALE_MS) return 'a document is loading';
    for (const t of this.committing.values()) if (now - t < SCHEDULED_STALE_MS) return 'a document is about to commit';
    return null;
  }

  /**
   * Whether something the page loads has hung: open past STALE_MS while nothing else moved on the
   * network for as long, or open past HUNG_MS whatever else moves. A request merely slow behind
   * others (a starved machine, a page of 40 ad hosts) is still coming: the parser may be waiting
   * for it, and a page read before it arrives is read half-parsed (seen under load: news articles
   * with no text at all).
   */
  staleFetch(now: number): boolean {
    const oldest = Math.min(...this.inflight.values(), ...this.loading.values());
    return now - oldest >= HUNG_MS || (now - oldest >= STALE_MS && now - this.lastNetwork >= STALE_MS);
  }

  /**
   * Whether a document's body stopped arriving: it is still open and the network has been silent
   * for the page past STALE_MS. A body that has all arrived is being parsed, however long a starved
   * renderer takes (seen under load: a 100 kB article read with its body unparsed, no text at all).
   */
  bodyStalled(now: number): boolean {
    return this.openBodies.size > 0 && now - this.lastNetwork >= STALE_MS;
  }

  /**
   * Whether the page's network is over: nothing open, nothing arriving past STALE_MS. A document
   * still "loading" then waits on nothing that will come (a body cut mid-way leaves it so).
   */
  networkDone(now: number): boolean {
    return this.inflight.size === 0 && this.loading.size === 0 && this.openBodies.size === 0 && now - this.lastNetwork >= STALE_MS;
  }

  /** The document as the renderer sees it, or null when it could not be read (it is being replaced). */
  async look(timeoutMs: number): Promise<DocState | null> {
    const read = this.session
      .send('Runtime.evaluate', { expression: PROBE, returnByValue: true })
      .then((r) => JSON.parse(String((r as { result: { value: unknown } }).result.value)) as DocState);
    return withTimeout(read, Math.max(1, timeoutMs), 'look').catch(() => null);
  }

  /**
   * The page clock reading by which every document of the page has lived its page time: the main
   * one counted from when it finished loading, a frame's from the first look after it committed
   * (which is no earlier). Not from the document's time origin: the clock runs on while the
   * navigation is fetched and the body arrives, so inline scripts start late in their own page
   * time (measured: 29.7-30.0 s, every time, under load) and their timers would be cut short.
   */
  target(state: DocState): number {
    if (this.frameCommitted) {
      this.frameCommitted = false;
      this.frameTarget = Math.max(this.frameTarget, state.now + VIRTUAL_BUDGET_MS);
    }
    return Math.max(state.now - state.pageTime + state.loadEnd + VIRTUAL_BUDGET_MS, this.frameTarget);
  }

  /**
   * After a look found the page short of its page time. A clock still moving is left alone: every
   * extra budget risks running out in the middle of a navigation (see above). A clock that has
   * stopped gets what it lacks once; one that stays stopped although nothing visible holds it
   * waits on a fetch we cannot see, and past STALE_MS runs regardless.
   */
  async topUp(state: DocState, target: number, now: number): Promise<void> {
    const last = this.lastLook;
    if (last === null || last.now !== state.now) {
      this.lastLook = { now: state.now, at: now, granted: false };
      return;
    }
    const budget = Math.ceil(target - state.now + GRANT_MARGIN_MS);
    if (!last.granted) {
      last.granted = true;
      return this.grant(budget);
    }
    if (now - last.at < STALE_MS) return;
    last.at = now;
    await this.grant(budget, 'advance');
  }
}

/** A page of the visit as settle() sees it. */
export interface WatchedPage {
  branch: number;
  clock: PageClock;
  /** The Refresh header of the response that made the document at `url`, if it had one. */
  refreshHeader(url: string): string | null;
}

export type SettleResult =
  | { end: 'done' }
  | { end: 'stopped'; reason: string }
  | { end: 'deadline'; pending: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/**
 * Waits until the visit is over (or its deadline). `popupsSeen` counts the popups the context has
 * reported so far: one announced by window.open but not reported yet keeps the visit open.
 */
export async function settle(
  pages: () => WatchedPage[],
  popupsSeen: () => number,
  recorder: HopRecorder,
  deadline: number,
): Promise<SettleResult> {
  let pending = 'the first page had not answered';
  for (;;) {
    if (recorder.stopReason) return { end: 'stopped', reason: recorder.stopReason };
    const now = Date.now();
    const all = pages();
    const announced = all.reduce((n, p) => n + p.clock.windowOpens, 0);
    const lastOpen = Math.max(0, ...all.map((p) => p.clock.lastWindowOpen));
    const visible =
      recorder.waitingFor(all.map((p) => p.branch), now, STALE_MS) ??
      (announced > popupsSeen() && now - lastOpen < POPUP_WAIT_MS ? 'a popup is on its way' : null) ??
      all.map((p) => p.clock.busy(now)).find((b) => b !== null) ??
      null;
    if (now >= deadline) return { end: 'deadline', pending: visible ?? pending };
    if (visible) {
      pending = visible;
      await sleep(Math.min(POLL_MS, deadline - now));
      continue;
    }
    // Everything announced is finished: look at each page from inside its renderer.
    const before = activity(all, recorder);
    const states = await Promise.all(all.map((p) => p.clock.look(deadline - now)));
    const reasons: string[] = [];
    for (const [i, p] of all.entries()) {
      const reason = await pageUnfinished(p, states[i] ?? null, recorder, Date.now());
      if (reason) reasons.push(reason);
    }
    if (reasons.length === 0 && activity(pages(), recorder) === before && pages().length === all.length) return { end: 'done' };
    if (reasons.length > 0) pending = reasons[0]!;
    await sleep(Math.min(POLL_MS, deadline - Date.now()));
  }
}

function activity(pages: WatchedPage[], recorder: HopRecorder): number {
  return pages.reduce((n, p) => n + p.clock.events, recorder.activity);
}

/** Why one page is not finished (asking its clock for the page time it still needs), or null. */
async function pageUnfinished(p: WatchedPage, state: DocState | null, recorder: HopRecorder, now: number): Promise<string | null> {
  if (!state) return 'a document is being replaced';
  if (isBrowserDocument(state.href)) return null;
  const due = dueRefresh(p, state, recorder);
  if (state.readyState !== 'complete' && !p.clock.staleFetch(now) && !p.clock.bodyStalled(now) && !p.clock.networkDone(now)) {
    return `${state.href} has not finished loading`;
  }
  const target = p.clock.target(state);
  if (state.now < target) {
    await p.clock.topUp(state, target, now);
    return `${state.href} has ${((target - state.now) / 1000).toFixed(1)} s of its ${VIRTUAL_BUDGET_MS / 1000} s of page time to run`;
  }
  if (due) {
    // The page lived its time and the refresh still did not fire: give it the refresh's delay again.
    await p.clock.grant(due.delay * 1000 + GRANT_MARGIN_MS);
    return `refresh to ${due.url} is due`;
  }
  return null;
}

/**
 * A refresh of the document (its `<meta http-equiv=refresh>` or the Refresh header it came with)
 * that is due within the page time and was not taken yet: no later hop of the branch went there.
 */
function dueRefresh(p: WatchedPage, state: DocState, recorder: HopRecorder): { delay: number; url: string } | null {
  const header = p.refreshHeader(state.href);
  for (const value of [...(header === null ? [] : [header]), ...state.refresh]) {
    const r = parseRefresh(value);
    if (!r || r.delay * 1000 > VIRTUAL_BUDGET_MS) continue;
    let url: string;
    try {
      url = new URL(r.url ?? state.href, state.href).href;
    } catch {
      continue;
    }
    // Other schemes are refused (and recorded) when they fire, never loaded.
    if (!/^https?:/i.test(url)) continue;
    if (!recorder.wentTo(p.branch, state.href, url)) return { delay: r.delay, url };
  }
  return null;
}
