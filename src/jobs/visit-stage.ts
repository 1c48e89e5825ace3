// The visit stage: the one path from an engine's capture to a stored visit, for crawl, retries,
// replay and (without the engine) reclassification. Engine → capture → classify (the final page
// of every branch and the pages the chain passed through, read from their bodies) → the Visit
// record → saved. A remote worker sits in front of it: a capture in, a stored visit out.
import { createHash } from 'node:crypto';
import { sha256 } from '../bytes.ts';
import { decodeBody, isHtml } from '../page/html-bytes.ts';
import { classifyVisit } from '../classify/classify.ts';
import { fingerprintVisit } from '../fingerprint/visit.ts';
import type { RuleSet } from '../classify/rules.ts';
import type { LocalDocument, VisitEngine, VisitInput } from '../engines/engine.ts';
import type { Engine, PageSnapshot, Persona, Visit, VisitCapture, VisitPurpose } from '../model.ts';
import { assembleVisit, branchFinalsOf, emptyCapture, finalPage, type VisitMeta } from '../records/visit-record.ts';
import { passedPages } from '../page/snapshot.ts';
import type { TraceStore } from '../store/store.ts';

/** One visit to make (or a capture already made) and everything its stored record needs. */
export interface VisitTask extends Omit<VisitMeta, 'persona' | 'engine'> {
  persona: Persona;
  purpose: VisitPurpose;
  attempt: number;
  retryOf: string | null;
  /** Set when the visit must not happen (a decoy URL that still carries the recipient): why. */
  refusal?: string | null;
  /** The attachment the visit opens, answered from the trace. */
  document?: LocalDocument;
}

export interface StageContext {
  store: TraceStore;
  engine: VisitEngine;
  engineName: Engine;
  rules: RuleSet;
  input: Omit<VisitInput, 'url' | 'persona' | 'taskId'>;
}

/**
 * The id a job's visit gets: the same for the same job, link, persona, role and attempt, so a
 * visit delivered twice (a worker's capture after a crash, a resumed job) is stored once.
 */
export function visitIdFor(jobId: string, linkId: string | null, persona: string, role: string, attempt: number): string {
  return `v-${createHash('sha256').update(JSON.stringify([jobId, linkId, persona, role, attempt])).digest('hex').slice(0, 16)}`;
}

/** Runs the engine for the task and records the capture (see recordCapture), with the job's own warnings. */
export async function runVisitStage(task: VisitTask, ctx: StageContext, warnings: string[] = []): Promise<Visit> {
  const capture = task.refusal
    ? emptyCapture('refused', task.refusal)
    : await ctx.engine.visit({ ...ctx.input, url: task.url, persona: task.persona, taskId: task.id, document: task.document });
  capture.warnings.push(...warnings);
  return recordCapture(task, capture, ctx);
}

/**
 * A capture in, a stored visit out. A visit already stored under the task's id is returned as
 * stored, never written twice.
 */
export async function recordCapture(task: VisitTask, capture: VisitCapture, ctx: Pick<StageContext, 'store' | 'engineName' | 'rules'>): Promise<Visit> {
  const known = ctx.store.getVisit(task.id);
  if (known) return known;
  return storeCapture(task, capture, await fingerprintCapture(capture), ctx);
}

/**
 * The half of recording that waits (screenshots are hashed off the main thread). It stores
 * nothing, but keeps each page's markup as a blob of the capture, which storeCapture then saves.
 */
export async function fingerprintCapture(capture: VisitCapture): Promise<CaptureFingerprints> {
  keepPageMarkup(capture);
  const blobs = new Map(capture.blobs.map((b) => [b.sha256, b.data]));
  return fingerprintVisit(capture.snapshots, capture.downloads, capture.responses, (sha) => blobs.get(sha) ?? null);
}

export type CaptureFingerprints = Awaited<ReturnType<typeof fingerprintVisit>>;

/**
 * The half of recording that does not wait: classify the fingerprinted capture and store it, so a
 * caller holding a transaction (an import of many visits) stores them all in it or none.
 */
export function storeCapture(task: VisitTask, capture: VisitCapture, fingerprints: CaptureFingerprints, ctx: Pick<StageContext, 'store' | 'engineName' | 'rules'>): Visit {
  // The same capture may have been stored while the screenshots were hashed.
  const stored = ctx.store.getVisit(task.id);
  if (stored) return stored;
  const blobs = new Map(capture.blobs.map((b) => [b.sha256, b.data]));
  const passed = passedPages(capture.hops, (sha) => blobs.get(sha) ?? null);
  const classified = classifyVisit(capture.snapshots, capture.hops, capture.outcome, capture.error, ctx.rules, passed, capture.downloads);
  const { persona, refusal: _refusal, document: _document, ...meta } = task;
  const visit = assembleVisit({ ...meta, persona: persona.name, engine: ctx.engineName }, capture, classified);
  ctx.store.saveVisit(visit, { responses: capture.responses, blobs: capture.blobs, fingerprints });
  return visit;
}

/**
 * Each page's markup (for the browser engine, the DOM after scripts) kept as a blob beside the
 * visit: the classifier reads headings, overlays, logos and scripts from it, and a stored visit
 * classified again must read the same page.
 */
function keepPageMarkup(capture: VisitCapture): void {
  for (const s of capture.snapshots) {
    if (!s.html) continue;
    const data = Buffer.from(s.html, 'utf8');
    s.htmlSha256 = sha256(data);
    if (!capture.blobs.some((b) => b.sha256 === s.htmlSha256)) capture.blobs.push({ sha256: s.htmlSha256, mime: 'text/html', data });
  }
}

/** The markup of a stored page, from its blob (old traces: the final hop's stored body). */
export function markupOf(s: PageSnapshot, hops: Visit['hops'], bodyOf: (sha: string) => Buffer | null): string | undefined {
  const kept = s.htmlSha256 ? bodyOf(s.htmlSha256) : null;
  if (kept) return kept.toString('utf8');
  const hop = hops.findLast((h) => h.branch === s.branch && h.url === s.url && h.bodySha256);
  const body = hop?.bodySha256 ? bodyOf(hop.bodySha256) : null;
  return body && isHtml(hop!.contentType, body) ? decodeBody(body, hop!.contentType) : undefined;
}

/** The classification of a stored visit again, under `rules`, from its stored pages and bodies. */
export function reclassifyStored(
  visit: Visit,
  rules: RuleSet,
  bodyOf: (sha: string) => Buffer | null,
): { final: NonNullable<Visit['final']>; branchFinals: NonNullable<Visit['branchFinals']> } {
  const snapshots = (visit.branchFinals ?? []).map(({ classification: _c, ...s }) => ({ ...s, html: markupOf(s, visit.hops, bodyOf) }));
  const classified = classifyVisit(snapshots, visit.hops, visit.outcome, visit.error, rules, passedPages(visit.hops, bodyOf), visit.downloads);
  return {
    final: finalPage(visit.hops, snapshots.find((s) => s.branch === 0), classified.final),
    branchFinals: branchFinalsOf(snapshots, classified),
  };
}
