// Turning an engine's capture and its classification into the stored Visit record. Shared by the
// crawl job and replay, so both store visits of exactly the same shape.
import type { Classification, FinalPage, Hop, PageSnapshot, Substitution, Visit, VisitCapture, VisitOutcome, VisitPurpose } from '../model.ts';

export interface VisitMeta {
  id: string;
  jobId: string;
  linkId: string | null;
  url: string;
  persona: string;
  engine: Visit['engine'];
  replayOf: string | null;
  decoy: boolean;
  purpose: VisitPurpose;
  attempt: number;
  retryOf: string | null;
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
    confidence: c.confidence,
    evidence: c.evidence,
    textExcerpt: (snapshot?.text ?? '').slice(0, EXCERPT_CHARS),
    screenshot: snapshot?.screenshot ?? null,
    ...(c.brand ? { brand: c.brand } : {}),
  };
}

/** Each branch's last page with its classification, as stored (without the page's whole HTML). */
export function branchFinalsOf(snapshots: PageSnapshot[], classified: { branches: Classification[] }): NonNullable<Visit['branchFinals']> {
  return snapshots.map((s, i) => ({
    ...s,
    html: undefined,
    classification: classified.branches[i] ?? { category: 'unknown', confidence: 0, evidence: [] },
  }));
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
    incomplete: capture.incomplete,
    hops: capture.hops,
    final: finalPage(capture.hops, main, classified.final),
    downloads: capture.downloads,
    branchFinals: branchFinalsOf(capture.snapshots, classified),
    substitutions: meta.substitutions ?? [],
    decoyUnexplained: meta.decoyUnexplained ?? [],
    warnings: capture.warnings,
  };
}

/**
 * What a visit stands for in its job: `primary` or `cloak-check` (a retry stands for what it
 * retried), or `replay`.
 */
export function visitRole(v: Visit, byId: ReadonlyMap<string, Visit>): VisitPurpose {
  let cur: Visit | undefined = v;
  for (let guard = 0; cur && cur.purpose === 'retry' && guard < 100; guard++) cur = cur.retryOf ? byId.get(cur.retryOf) : undefined;
  return cur?.purpose ?? (v.replayOf ? 'replay' : 'primary');
}

/**
 * The trace of each (link, persona, role): the last attempt made. Earlier attempts stay stored
 * and linked, but only the last one speaks for the link; replays are left out.
 */
export function latestAttempts(visits: Visit[]): (Visit & { role: VisitPurpose })[] {
  const byId = new Map(visits.map((v) => [v.id, v]));
  const latest = new Map<string, Visit & { role: VisitPurpose }>();
  for (const v of visits) {
    const role = visitRole(v, byId);
    if (role === 'replay') continue;
    const key = `${v.linkId ?? v.url}\u0000${v.persona}\u0000${role}`;
    const seen = latest.get(key);
    if (!seen || (v.attempt ?? 1) > (seen.attempt ?? 1)) latest.set(key, { ...v, role });
  }
  return [...latest.values()];
}
