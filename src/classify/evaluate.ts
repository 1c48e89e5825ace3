// Precision and recall of the classifier on a labelled set of pages (test/eval/manifest.json):
// shared by scripts/eval-classify.ts and the regression test, so both measure the same thing.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Category, Classification, Download, PageSnapshot, VisitOutcome } from '../model.ts';
import { snapshotFromHtml } from '../snapshot.ts';
import { classifyPage } from './classify.ts';
import type { RuleSet } from './rules.ts';

export interface EvalEntry {
  /** HTML file relative to the manifest; null for visits where no page loaded. */
  file: string | null;
  category: Category;
  url: string;
  status: number | null;
  outcome?: VisitOutcome;
  error?: string | null;
  downloads?: Omit<Download, 'sha256'>[];
  chain?: PageSnapshot['chain'];
}

export interface EvalResult {
  entry: EvalEntry;
  got: Classification;
}

export interface CategoryScore {
  category: Category;
  /** Pages labelled with this category. */
  support: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** null when the classifier never chose the category (nothing to be precise about). */
  precision: number | null;
  recall: number | null;
}

export function loadEvalSet(manifestFile: string): { entry: EvalEntry; snapshot: PageSnapshot }[] {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { pages: EvalEntry[] };
  const base = dirname(manifestFile);
  return manifest.pages.map((entry) => {
    const html = entry.file ? readFileSync(resolve(base, entry.file), 'utf8') : '';
    const snapshot = snapshotFromHtml(html, {
      url: entry.url,
      status: entry.status,
      chain: entry.chain ?? [],
      // The evaluation never holds the file itself, only what the visit recorded about it.
      downloads: (entry.downloads ?? []).map((d) => ({ ...d, sha256: '' })),
    });
    return { entry, snapshot };
  });
}

export function evaluate(cases: { entry: EvalEntry; snapshot: PageSnapshot }[], rules: RuleSet): { results: EvalResult[]; scores: CategoryScore[] } {
  const results = cases.map(({ entry, snapshot }) => ({
    entry,
    got: classifyPage(snapshot, rules, { outcome: entry.outcome ?? 'ok', error: entry.error ?? null }),
  }));
  const categories = [...new Set(results.flatMap((r) => [r.entry.category, r.got.category]))];
  const scores = categories.map((category): CategoryScore => {
    const truePositives = results.filter((r) => r.entry.category === category && r.got.category === category).length;
    const falsePositives = results.filter((r) => r.entry.category !== category && r.got.category === category).length;
    const falseNegatives = results.filter((r) => r.entry.category === category && r.got.category !== category).length;
    const chosen = truePositives + falsePositives;
    const support = truePositives + falseNegatives;
    return {
      category,
      support,
      truePositives,
      falsePositives,
      falseNegatives,
      precision: chosen === 0 ? null : truePositives / chosen,
      recall: support === 0 ? null : truePositives / support,
    };
  });
  return { results, scores: scores.sort((a, b) => b.support - a.support || a.category.localeCompare(b.category)) };
}
