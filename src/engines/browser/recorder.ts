// The hop recorder of one visit: turns what Chromium reports (navigation requests, their reasons,
// redirects, responses, failures) into ordered Hop records, one branch per page or frame. It knows
// nothing about CDP or Playwright objects, so live visits and replays feed it the same facts.
import { ChainGuard } from '../chain-guard.ts';
import type { Hop, HopCause } from '../../model.ts';

export interface DocumentRequest {
  branch: number;
  requestId: string;
  url: string;
  method: string;
  /** Set when this request is the next leg of a 3xx: the response that redirected. */
  redirectedBy?: { status: number; headers: Record<string, string> };
  /** A cause known from elsewhere (a popup's early hops, taken from Playwright's events). */
  cause?: HopCause;
}

export interface ResponseFacts {
  status: number;
  headers: Record<string, string>;
  serverIp: string | null;
  /** The policy's refusal, when the egress proxy answered in place of the site. */
  blocked: string | null;
}

interface OpenHop {
  hop: Hop;
  t0: number;
}

export class HopRecorder {
  readonly hops: Hop[] = [];
  private seq = 0;
  private nextBranch = 0;
  private readonly open = new Map<string, OpenHop>();
  private readonly pendingCause = new Map<number, { cause: HopCause; note: string }>();
  private readonly firstCause = new Map<number, HopCause>();
  private readonly guard: ChainGuard;
  /** Counts every fact reported: the visit is over only when a look at the pages changed nothing. */
  activity = 0;

  constructor(
    maxHops: number,
    private readonly serverIpFor: (url: string) => string | null,
  ) {
    this.guard = new ChainGuard(maxHops);
  }

  /** Set when the visit must end: hop cap reached or a loop found. */
  get stopReason(): string | null {
    return this.guard.stopReason;
  }

  /** Whether the loop that ended the visit was a frame's (the page's own chain was whole). */
  get stoppedInFrame(): boolean {
    return this.guard.stoppedInFrame;
  }

  /** Frame hops not recorded because the visit's hop cap was reached. */
  get framesDropped(): number {
    return this.guard.framesDropped;
  }

  /** A new branch whose first hop gets `firstCause` (initial, popup, frame). */
  newBranch(firstCause: HopCause): number {
    const b = this.nextBranch++;
    this.firstCause.set(b, firstCause);
    return b;
  }

  /** Chromium announced why this branch is about to navigate (frameRequestedNavigation). */
  navigationRequested(branch: number, cause: HopCause, note: string): void {
    this.pendingCause.set(branch, { cause, note });
    this.activity++;
  }

  /** A navigation that never reaches the network: an external protocol, a refused scheme. */
  refused(branch: number, url: string, cause: HopCause, reason: string): void {
    this.pendingCause.delete(branch);
    this.push(branch, url, 'GET', cause, reason, { blocked: reason });
  }

  documentRequest(req: DocumentRequest): void {
    if (req.redirectedBy) {
      this.finish(req.requestId, {
        status: req.redirectedBy.status,
        headers: req.redirectedBy.headers,
        serverIp: null,
        blocked: null,
      });
    }
    let cause: HopCause;
    let note: string | null = null;
    if (req.redirectedBy || req.cause === 'http') {
      cause = 'http';
    } else if (this.firstCause.has(req.branch) && !this.hops.some((h) => h.branch === req.branch)) {
      cause = this.firstCause.get(req.branch)!;
      this.pendingCause.delete(req.branch);
    } else {
      const pending = this.pendingCause.get(req.branch);
      this.pendingCause.delete(req.branch);
      // Chromium's error page reloads itself after a failed load (seen under load): the same URL
      // again with no reason is that reload, not a hop of the chain.
      const previous = this.hops.findLast((h) => h.branch === req.branch);
      if (!pending && previous?.url === req.url && (previous.blocked || previous.status === null)) return;
      cause = pending?.cause ?? 'other';
      note = pending?.note ?? null;
    }
    const hop = this.push(req.branch, req.url, req.method, cause, note, {});
    if (hop) this.open.set(req.requestId, { hop, t0: Date.now() });
  }

  documentResponse(requestId: string, facts: ResponseFacts): void {
    this.finish(requestId, facts);
  }

  documentFailed(requestId: string, error: string, blocked: string | null): void {
    const open = this.open.get(requestId);
    if (!open) return;
    this.open.delete(requestId);
    open.hop.durationMs = Date.now() - open.t0;
    open.hop.blocked = blocked;
    open.hop.note = [open.hop.note, error].filter(Boolean).join('; ');
    this.activity++;
  }

  /**
   * What a document request still waiting for its answer holds up, or null: any request of a page
   * (`pageBranches`: the main page and popups) holds the visit until the deadline; a frame's only
   * until it is `staleMs` old.
   */
  waitingFor(pageBranches: number[], now: number, staleMs: number): string | null {
    for (const { hop, t0 } of this.open.values()) {
      if (pageBranches.includes(hop.branch) || now - t0 < staleMs) return `${hop.url} has not answered`;
    }
    return null;
  }

  /** Whether the branch, after the hop of the document at `from`, went to `to`. */
  wentTo(branch: number, from: string, to: string): boolean {
    const hops = this.hops.filter((h) => h.branch === branch);
    let at = hops.findLastIndex((h) => h.url === from);
    if (at === -1) at = hops.findLastIndex((h) => h.status !== null);
    return hops.slice(at + 1).some((h) => h.url === to);
  }

  branchesSeen(): number[] {
    return [...new Set(this.hops.map((h) => h.branch))].sort((a, b) => a - b);
  }

  private finish(requestId: string, facts: ResponseFacts): void {
    const open = this.open.get(requestId);
    if (!open) return;
    this.open.delete(requestId);
    const h = open.hop;
    h.durationMs = Date.now() - open.t0;
    if (facts.blocked) {
      h.blocked = facts.blocked;
    } else {
      h.status = facts.status;
      h.contentType = header(facts.headers, 'content-type');
      h.serverIp = facts.serverIp ?? this.serverIpFor(h.url);
      const cookies = header(facts.headers, 'set-cookie');
      h.setCookies = cookies ? cookies.split('\n') : [];
    }
    this.activity++;
  }

  private push(
    branch: number,
    url: string,
    method: string,
    cause: HopCause,
    note: string | null,
    extra: Partial<Hop>,
  ): Hop | null {
    this.activity++;
    if (!this.guard.admit(branch, url, cause, this.firstCause.get(branch) === 'frame')) return null;
    const hop: Hop = {
      seq: this.seq++,
      branch,
      url,
      method,
      status: null,
      cause,
      serverIp: null,
      contentType: null,
      bodySha256: null,
      blocked: null,
      startedAt: new Date().toISOString(),
      durationMs: 0,
      setCookies: [],
      note,
      ...extra,
    };
    this.hops.push(hop);
    return hop;
  }
}

function header(headers: Record<string, string>, name: string): string | null {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v;
  return null;
}
