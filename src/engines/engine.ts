// What every engine (browser, http) takes and gives back. Engines record; they do not classify
// and they do not write to the store: the job hands their capture to classify/ and store/.
import type { Persona, VisitCapture } from '../model.ts';
import type { NetPolicy } from '../net/policy.ts';

/** Stored responses of an earlier visit, served in place of the network (offline replay). */
export interface ReplaySource {
  /**
   * The next stored response for this method and URL, in the original order when a URL
   * repeats (the last one again once they are used up); null when nothing was recorded.
   */
  take(method: string, url: string): { status: number; headers: [string, string][]; body: Buffer | null } | null;
}

export interface VisitInput {
  url: string;
  persona: Persona;
  /** Hard cap for the whole visit, everything included. */
  timeoutMs: number;
  maxHops: number;
  /** Bytes of one response body kept (and read) at most. */
  bodyLimit: number;
  /** Live visits go through net/ under this policy; a replay answers from stored responses only. */
  net: NetPolicy;
  replay?: ReplaySource;
  /**
   * The first document, served from the trace instead of the network: an HTML attachment opened
   * at its synthetic `https://attachment.invalid/…` URL (never `file:`). Everything it loads,
   * posts to or moves on to goes through the network policy as usual. Hop 0 has cause `attachment`.
   */
  document?: LocalDocument;
  /**
   * The id the stored visit will have (set by the crawl job; deterministic per job, link,
   * persona, purpose and attempt). A remote engine uses it as the queue job's id, so a visit
   * delivered twice is still one visit.
   */
  taskId?: string;
}

export interface LocalDocument {
  url: string;
  mime: string;
  body: Buffer;
}

export interface VisitEngine {
  visit(input: VisitInput): Promise<VisitCapture>;
  close(): Promise<void>;
}
