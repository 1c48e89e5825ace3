// Why a page failed the engine (its first navigation, the read of its document), told from the
// error's class and the page's own events; text only where nothing else says it (chromiumNetError).
//
// A failed first page.goto: most failures are the
// visit's own story (it ran out of time, the page became a download, another navigation replaced
// it, the network refused it): settle() and the recorder tell it from the hops. Anything else is a
// fault of the engine and ends the visit as an error.
import { errors } from 'playwright';
import { WaitTimeout } from './timeout.ts';

/** What the page was seen doing while goto ran (Playwright's page events, not error text). */
export interface GotoWitness {
  /** The page's 'download' event fired: the navigation's response became a download. */
  download: boolean;
  /** The main frame committed a document after goto began (a navigation that replaced goto's). */
  committed: boolean;
}

export type GotoFailure = 'deadline' | 'download' | 'replaced' | 'network' | 'fault';

export function classifyGotoFailure(err: unknown, seen: GotoWitness): GotoFailure {
  if (err instanceof errors.TimeoutError) return 'deadline';
  if (seen.download) return 'download';
  if (seen.committed) return 'replaced';
  if (chromiumNetError(err)) return 'network';
  return 'fault';
}

/**
 * The Chromium network error code (`net::ERR_…`) a failed goto reports, or null. Only the message
 * carries it: Playwright throws a plain Error built from Page.navigate's `errorText` ("net::ERR_X at
 * URL"), with no class, name or code to test. The code must lead the first line (after Playwright's
 * "page.goto: " prefix), so a URL or log line that merely contains "net::ERR_" does not count.
 */
export function chromiumNetError(err: unknown): string | null {
  if (!(err instanceof Error)) return null;
  const first = err.message.split('\n')[0]!;
  return /^(?:page\.goto: )?(net::ERR_[A-Z0-9_]+) at \S/.exec(first)?.[1] ?? null;
}

/** Why a page's document could not be read, from what happened to the page, not from the error's text. */
export function snapshotFailure(err: unknown, page: { navigated: boolean; closed: boolean; elapsedMs: number }): string {
  if (err instanceof WaitTimeout || err instanceof errors.TimeoutError) return `timed out after ${page.elapsedMs} ms`;
  if (page.closed) return 'the page was closed';
  if (page.navigated) return 'page navigated during read';
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}
