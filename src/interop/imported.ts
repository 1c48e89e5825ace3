// What every importer (HAR, WARC) hands to `hoptrace import`: visits to rebuild, or the first
// problem found. A problem is data about the file, never a crash: it becomes one line naming the
// file, exit 2, and nothing is stored.
import type { Engine, HopCause, VisitOutcome } from '../model.ts';
import type { Exchange, VisitFacts } from './rebuild.ts';

export interface ImportedVisit {
  /** Unique within the file (a HAR page id, a WARC page URL): the imported visit's id derives from it. */
  key: string;
  url: string;
  /** The persona the file names (hoptrace's own exports), or null. */
  persona: string | null;
  engine: Engine;
  exchanges: Exchange[];
  facts: VisitFacts;
  /** What the importer left out or could not tell, for the visit's warnings. */
  notes: string[];
}

/** The first thing wrong with an imported file, said in a few words with where it is. */
export class ImportProblem extends Error {
  override name = 'ImportProblem';
}

export const HOP_CAUSES: readonly HopCause[] = ['initial', 'http', 'refresh-header', 'meta-refresh', 'script', 'popup', 'frame', 'form', 'attachment', 'other'];

/**
 * A URL from the file, which must be http(s): a `file:`, `javascript:` or any other scheme in a
 * capture is hostile or broken, and a replay must never be pointed at it.
 */
export function checkedUrl(raw: string, where: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ImportProblem(`${where}: "${raw.slice(0, 80)}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ImportProblem(`${where}: ${url.protocol} URLs are refused (only http and https are imported)`);
  }
  return url.href;
}

const OUTCOMES: readonly VisitOutcome[] = ['ok', 'error', 'timeout', 'blocked', 'refused'];

/** The outcome a file states for a visit (hoptrace's own exports), as a fact for the rebuild, or none. */
export function statedOutcome(value: unknown): { outcome?: VisitOutcome } {
  return OUTCOMES.includes(value as VisitOutcome) ? { outcome: value as VisitOutcome } : {};
}
