// Turning an engine's capture and its classification into the stored Visit record. Shared by the
// crawl job and replay, so both store visits of exactly the same shape.
import type { Classification, FinalPage, Hop, PageSnapshot, Substitution, Visit, VisitCapture, VisitOutcome } from './model.ts';

export interface VisitMeta {
  id: string;
  jobId: string;
  linkId: string | null;
  url: string;
  persona: string;
  engine: Visit['engine'];
  replayOf: string | null;
  decoy: boolean;
  substitutions?: Substitution[];
  decoyUnexplained?: string[];
}

const EXCERPT_CHARS = 500;

/**
 * The outcome of a visit from its main chain, the same for both engines: a chain that ended on a
 * hop the policy refused is `blocked`; one where not a single response arrived is an `error` (the
 * first hop's failure). Any other ending stays as the engine saw it.
 */
export function chainOutcome(
  ending: { outcome: VisitOutcome; error: string | null },
  hops: Hop[],
): { outcome: VisitOutcome; error: string | null } {
  if (ending.outcome !== 'ok') return ending;
  const main = hops.filter((h) => h.branch === 0);
  const last = main.at(-1);
  if (last?.blocked && /^https?:/i.test(last.url)) return { outcome: 'blocked', error: null };
  const first = main[0];
  if (first && first.status === null && !first.blocked && !hops.some((h) => h.status !== null)) {
    return { outcome: 'error', error: first.note ?? 'no response' };
  }
  return ending;
}

/** The capture of a visit that never reached a page: refused before it began, or failed to start. */
export function emptyCapture(outcome: VisitCapture['outcome'], error: string, startedAt = new Date().toISOString()): VisitCapture {
  return {
    outcome,
    error,
    incomplete: null,
    startedAt,
    finishedAt: new Date().toISOString(),
    hops: [],
    responses: [],
    blobs: [],
    snapshots: [],
    passed: [],
    downloads: [],
    warnings: [],
  };
}

/** The last page of branch 0 as the trace shows it; `hops` are the visit's, for a visit with no snapshot. */
export function finalPage(hops: Hop[], snapshot: PageSnapshot | undefined, c: Classification): FinalPage {
  const main = hops.filter((h) => h.branch === 0);
  const last = main[main.length - 1];
  return {
    url: snapshot?.url ?? last?.url ?? '',
    status: snapshot?.status ?? last?.status ?? null,
    title: snapshot?.title ?? '',
    category: c.category,
    evidence: c.evidence,
    textExcerpt: (snapshot?.text ?? '').slice(0, EXCERPT_CHARS),
    screenshot: snapshot?.screenshot ?? null,
    ...(c.brand ? { brand: c.brand } : {}),
  };
}

export function assembleVisit(
  meta: VisitMeta,
  capture: VisitCapture,
  classified: { final: Classification; branches: Classification[] },
): Visit {
  const main = capture.snapshots.find((s) => s.branch === 0);
  return {
    ...meta,
    startedAt: capture.startedAt,
    finishedAt: capture.finishedAt,
    outcome: capture.outcome,
    error: capture.error,
    hops: capture.hops,
    final: finalPage(capture.hops, main, classified.final),
    downloads: capture.downloads,
    branchFinals: capture.snapshots.map((s, i) => ({
      ...s,
      // The stored snapshot keeps what classify and report need, not the page's whole HTML.
      html: undefined,
      classification: classified.branches[i] ?? { category: 'unknown', evidence: [] },
    })),
    substitutions: meta.substitutions ?? [],
    decoyUnexplained: meta.decoyUnexplained ?? [],
    warnings: capture.warnings,
  };
}
