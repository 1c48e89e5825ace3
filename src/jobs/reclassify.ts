// `classify JOB`: re-run the classifier on stored page snapshots, offline, and say what changed.
import { classifyVisit } from '../classify/classify.ts';
import type { RuleSet } from '../classify/rules.ts';
import type { Category, PageSnapshot } from '../model.ts';
import { finalPage } from '../records.ts';
import type { TraceStore } from '../store/store.ts';

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
    const snapshots: PageSnapshot[] = (v.branchFinals ?? []).map(({ classification: _c, ...s }) => s);
    const classified = classifyVisit(snapshots, v.hops, v.outcome, v.error, rules);
    const final = finalPage(v.hops, snapshots.find((s) => s.branch === 0), classified.final);
    const branchFinals = snapshots.map((s, i) => ({
      ...s,
      classification: classified.branches[i] ?? { category: 'unknown' as const, evidence: [] },
    }));
    const before = v.final?.category ?? null;
    const sameEvidence = JSON.stringify(v.final?.evidence ?? []) === JSON.stringify(final.evidence);
    if (before !== final.category || !sameEvidence) store.updateVisitClassification(v.id, final, branchFinals);
    if (before !== final.category) changed.push({ visitId: v.id, url: v.url, persona: v.persona, before, after: final.category });
  }
  return { visits: visits.length, changed };
}
