// `classify JOB`: re-run the classifier on stored page snapshots, offline, and say what changed.
import type { RuleSet } from '../classify/rules.ts';
import { fingerprintVisit } from '../fingerprint/visit.ts';
import type { Category } from '../model.ts';
import type { TraceStore } from '../store/store.ts';
import { markupOf, reclassifyStored } from './visit-stage.ts';

export interface Relabel {
  visitId: string;
  url: string;
  persona: string;
  before: Category | null;
  after: Category;
}

export function reclassifyJob(store: TraceStore, jobId: string, rules: RuleSet): { visits: number; changed: Relabel[] } {
  const visits = store.listVisits(jobId);
  const changed: Relabel[] = [];
  for (const v of visits) {
    const { final, branchFinals } = reclassifyStored(v, rules, (sha) => store.getBlob(sha));
    const before = v.final?.category ?? null;
    const sameEvidence = JSON.stringify(v.final?.evidence ?? []) === JSON.stringify(final.evidence);
    if (before !== final.category || !sameEvidence) store.updateVisitClassification(v.id, final, branchFinals);
    if (before !== final.category) changed.push({ visitId: v.id, url: v.url, persona: v.persona, before, after: final.category });
  }
  return { visits: visits.length, changed };
}

/**
 * Fingerprints every stored visit of a job again from its stored pages, responses and blobs (old
 * traces gain them without a re-crawl). Returns how many visits were fingerprinted.
 */
export async function refingerprintJob(store: TraceStore, jobId: string): Promise<number> {
  const bodyOf = (sha: string) => store.getBlob(sha);
  const visits = store.listVisits(jobId);
  for (const v of visits) {
    const pages = (v.branchFinals ?? []).map((s) => ({ ...s, html: markupOf(s, v.hops, bodyOf) }));
    const rows = await fingerprintVisit(pages, v.downloads, store.getResponses(v.id), bodyOf);
    store.saveFingerprints(v.id, rows, pages.map((p) => ({ ...p, html: undefined })));
  }
  return visits.length;
}
