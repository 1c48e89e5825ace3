// The hop recorder of one visit: turns what Chromium reports (navigation requests, their reasons,
// redirects, responses, failures) into ordered Hop records, one branch per page or frame. It knows
// nothing about CDP or Playwright objects, so live visits and replays feed it the same facts.
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

/** How often one branch may load the same URL for the same reason before it counts as a loop. */
const LOOP_REPEATS = 4;

export class HopRecorder {
  readonly hops: Hop[] = [];
  private seq = 0;
  private nextBranch = 0;
  private readonly open = new Map<string, OpenHop>();
  private readonly pendingCause = new Map<number, { cause: HopCause; note: string }>();
  private readonly firstCause = new Map<number, HopCause>();
  private readonly repeats = new Map<string, number>();
  /** Set when the visit must end: hop cap reached or a loop found. */
  stopReason: string | null = null;
  /** Time of the last hop event, for the quiet window. */
  lastActivity = Date.now();

  constructor(
    private readonly maxHops: number,
    private readonly serverIpFor: (url: string) => string | null,
  ) {}

  /** A new branch whose first hop gets `firstCause` (initial, popup, frame). */
  newBranch(firstCause: HopCause): number {
    const b = this.nextBranch++;
    this.firstCause.set(b, firstCause);
    return b;
  }

  /** Chromium announced why this branch is about to navigate (frameRequestedNavigation). */
  navigationRequested(branch: number, cause: HopCause, note: string): void {
    this.pendingCause.set(branch, { cause, note });
    this.lastActivity = Date.now();
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
    this.lastActivity = Date.now();
  }

  /** Requests still waiting for an answer. */
  get pending(): number {
    return this.open.size;
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
    this.lastActivity = Date.now();
  }

  private push(
    branch: number,
    url: string,
    method: string,
    cause: HopCause,
    note: string | null,
    extra: Partial<Hop>,
  ): Hop | null {
    this.lastActivity = Date.now();
    if (this.stopReason) return null;
    if (this.hops.length >= this.maxHops) {
      this.stopReason = `hop cap of ${this.maxHops} reached`;
      return null;
    }
    const key = `${branch} ${cause} ${url}`;
    const seen = (this.repeats.get(key) ?? 0) + 1;
    this.repeats.set(key, seen);
    if (seen > LOOP_REPEATS) {
      this.stopReason = `navigation loop: ${url} loaded ${LOOP_REPEATS} times by ${cause}`;
      return null;
    }
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
