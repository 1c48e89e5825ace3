// `classify JOB`: re-run the classifier on stored page snapshots, offline, and say what changed.
import type { RuleSet } from '../classify/rules.ts';
import type { Category } from '../model.ts';
import type { TraceStore } from '../store/store.ts';
import { reclassifyStored } from './visit-stage.ts';

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
