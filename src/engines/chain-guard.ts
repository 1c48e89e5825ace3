// What ends a chain that would not end by itself, the same way in both engines: a URL loaded
// again and again for the same reason (a redirect loop, a page that refreshes to itself) or more
// hops than the visit allows. A browser calls both an error (ERR_TOO_MANY_REDIRECTS), and so does
// the trace: the hops are kept, the outcome is `error`, the error names the loop.
import type { HopCause } from '../model.ts';

/**
 * Loads of one URL for one reason allowed on one branch. Above one: a cookie check sends
 * A → B → A → C legitimately; a loop shows itself within a few rounds.
 */
export const LOOP_LIMIT = 3;

const LOOP_NAMES: Partial<Record<HopCause, string>> = {
  http: 'redirect loop',
  'meta-refresh': 'meta-refresh loop',
  'refresh-header': 'refresh-header loop',
  script: 'script navigation loop',
};

const STARTS: ReadonlySet<HopCause> = new Set(['initial', 'attachment', 'popup', 'frame']);

export class ChainGuard {
  private hops = 0;
  private readonly loads = new Map<string, number>();
  /** Why the chain was cut, once it was. */
  stopReason: string | null = null;
  /** True when what cut it was a frame's loop: the page's own chain was whole up to there. */
  stoppedInFrame = false;
  /** Frame hops left unrecorded past the hop cap: frames do not decide where a chain ends. */
  framesDropped = 0;

  constructor(private readonly maxHops: number) {}

  /** Whether the next hop may be taken; when not and the chain must end, `stopReason` says why. */
  admit(branch: number, url: string, cause: HopCause, frame = false): boolean {
    if (this.stopReason) return false;
    if (this.hops >= this.maxHops) {
      if (frame) this.framesDropped++;
      else this.stopReason = `hop cap of ${this.maxHops} reached before ${url}`;
      return false;
    }
    // The first hop of a branch (initial, attachment, popup, frame) is the start of a chain, not a repeat.
    const key = `${branch} ${STARTS.has(cause) ? 'start' : cause} ${url}`;
    const n = (this.loads.get(key) ?? 0) + 1;
    this.loads.set(key, n);
    if (n > LOOP_LIMIT) {
      this.stopReason = `${LOOP_NAMES[cause] ?? `${cause} loop`}: ${url} loaded ${LOOP_LIMIT} times${frame ? ' in a frame' : ''}`;
      this.stoppedInFrame = frame;
      return false;
    }
    this.hops++;
    return true;
  }
}
