// Waiting for a visit to be over without sleeping through delayed redirects. Each page runs on
// CDP virtual time: while no fetch is pending, its timers and refresh delays fire at once. A new
// document starts paused once an earlier budget ran out, so every committed navigation grants a
// fresh budget. The visit ends after a short real-time quiet window with no hop, no request in
// flight and no navigation scheduled (a meta refresh or location change announced but not started).
import type { CDPSession } from 'playwright';
import type { HopRecorder } from './recorder.ts';

/** Virtual time one document may spend: covers the delays lures use (a few seconds) with room to spare. */
export const VIRTUAL_BUDGET_MS = 30_000;
export const QUIET_MS = 150;
const POLL_MS = 40;
/** A request or load open longer than this (long polling, a hung server) no longer holds the visit open. */
const STALE_MS = 3_000;
/**
 * How long after a grant a page whose budget has not run out still counts as busy. The budget
 * normally runs out within milliseconds of the last timer, but Chromium does not always report it
 * (seen with popups), and a page that keeps its clock busy must not hold the visit open.
 */
const BUDGET_WAIT_MS = 600;

type Cdp = Record<string, unknown>;

/** One page's virtual clock and the work still pending in it. */
export class PageClock {
  /** frameId → the scheduled navigation's delay in ms and the real time it was announced */
  private readonly scheduled = new Map<string, { delay: number; at: number }>();
  /** requestId → real time it started, until its response headers arrive */
  private readonly inflight = new Map<string, number>();
  /** frameId → real time it started loading, until it stops */
  private readonly loading = new Map<string, number>();
  /** Real time of the last grant; null once its budget ran out (every timer within it has fired). */
  private grantedAt: number | null = null;
  lastActivity = Date.now();
  /** window.open calls seen in this page, and when the last one was. */
  windowOpens = 0;
  lastWindowOpen = 0;
  private released = false;

  constructor(private readonly session: CDPSession) {
    const touch = () => (this.lastActivity = Date.now());
    session.on('Page.frameNavigated', () => {
      touch();
      void this.grant();
    });
    session.on('Page.frameScheduledNavigation', (e: Cdp) => {
      touch();
      this.scheduled.set(String(e.frameId), { delay: Number(e.delay ?? 0) * 1000, at: Date.now() });
      // A refresh scheduled after the budget ran out would wait on a paused clock forever (seen
      // under load with `content="0"`): give the document time again.
      if (this.grantedAt === null) void this.grant();
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
    session.on('Emulation.virtualTimeBudgetExpired', () => {
      touch();
      this.grantedAt = null;
    });
    session.on('Network.requestWillBeSent', (e: Cdp) => {
      touch();
      // "Other" is the browser's own fetching (the favicon), which the page never waits for and
      // which reports no end.
      if (e.type !== 'Other') this.inflight.set(String(e.requestId), Date.now());
    });
    const done = (e: Cdp) => {
      touch();
      this.inflight.delete(String(e.requestId));
    };
    // Headers are enough: a body still streaming does not hold timers back, and some loads (the
    // favicon, a document that stays open) never report finishing.
    session.on('Network.responseReceived', done);
    session.on('Network.loadingFinished', done);
    session.on('Network.loadingFailed', done);
  }

  /** Let the current document run VIRTUAL_BUDGET_MS of virtual time, fast while the network is idle. */
  async grant(): Promise<void> {
    if (this.released) return;
    this.grantedAt = Date.now();
    await this.session
      .send('Emulation.setVirtualTimePolicy', { policy: 'pauseIfNetworkFetchesPending', budget: VIRTUAL_BUDGET_MS })
      .catch(() => undefined);
  }

  /** Real time from here on, so the page can paint (screenshots) before the context is dropped. */
  async release(): Promise<void> {
    this.released = true;
    await this.session.send('Emulation.setVirtualTimePolicy', { policy: 'advance' }).catch(() => undefined);
  }

  /**
   * True while a document is loading, a request is in flight, a navigation is announced that the
   * budget will let fire, or the budget has not run out (timers may still be due).
   */
  busy(now: number): boolean {
    // One that never starts (an external protocol Chromium hands off) is not waited for long.
    for (const s of this.scheduled.values()) if (s.delay <= VIRTUAL_BUDGET_MS && now - s.at < STALE_MS) return true;
    for (const t of [...this.inflight.values(), ...this.loading.values()]) if (now - t < STALE_MS) return true;
    return this.grantedAt !== null && now - this.grantedAt < BUDGET_WAIT_MS;
  }
}

export type SettleEnd = 'quiet' | 'deadline' | 'stopped';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/**
 * Waits until the visit is over. `popupsSeen` counts the popups the context has reported so far:
 * one announced by window.open but not reported yet keeps the visit open (for STALE_MS at most).
 */
export async function settle(
  clocks: () => PageClock[],
  popupsSeen: () => number,
  recorder: HopRecorder,
  deadline: number,
): Promise<SettleEnd> {
  for (;;) {
    if (recorder.stopReason) return 'stopped';
    const now = Date.now();
    if (now >= deadline) return 'deadline';
    const all = clocks();
    const last = Math.max(recorder.lastActivity, ...all.map((c) => c.lastActivity));
    const announced = all.reduce((n, c) => n + c.windowOpens, 0);
    const lastOpen = Math.max(0, ...all.map((c) => c.lastWindowOpen));
    const popupComing = announced > popupsSeen() && now - lastOpen < STALE_MS;
    if (now - last >= QUIET_MS && recorder.pending === 0 && !popupComing && !all.some((c) => c.busy(now))) return 'quiet';
    await sleep(Math.min(POLL_MS, deadline - now));
  }
}
