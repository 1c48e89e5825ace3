// Precision and recall of the classifier on labelled sets of pages: the in-house set
// (test/eval/manifest.json) and the wild corpus (test/wild/parts/*.json, real pages from public
// sources, split into dev and test by source). Shared by scripts/eval-classify.ts,
// scripts/train-classifier.ts and the regression tests, so all of them measure the same thing.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Category, Classification, Download, PageSnapshot, VisitOutcome } from '../model.ts';
import { decodeBody } from '../page/html-bytes.ts';
import { snapshotFromHtml } from '../page/snapshot.ts';
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

/** A page of the wild corpus, as its manifest part records it. */
export interface WildEntry {
  file: string;
  url: string;
  urlBasis: string;
  label: Category;
  labelBasis: string;
  labelNote?: string;
  family: string;
  lang?: string;
  hard?: string | null;
  split?: 'dev' | 'test';
  source: { repo: string; path: string; commit: string; licence: string };
  assets?: string[];
}

export interface EvalCase {
  entry: EvalEntry;
  snapshot: PageSnapshot;
  /** Wild pages only: their manifest entry (split, family, source). */
  wild?: WildEntry;
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

export function loadEvalSet(manifestFile: string): EvalCase[] {
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

/** Every entry of the wild corpus's manifest parts (folder `parts/` beside the pages). */
export function loadWildEntries(wildDir: string): WildEntry[] {
  const partsDir = resolve(wildDir, 'parts');
  return readdirSync(partsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(resolve(partsDir, f), 'utf8')) as WildEntry[]);
}

/** The wild corpus as evaluation cases, read from markup (as the HTTP engine reads a page). */
export function loadWildSet(wildDir: string, split?: 'dev' | 'test'): EvalCase[] {
  return loadWildEntries(wildDir)
    .filter((w) => split === undefined || w.split === split)
    .map((wild) => {
      const entry: EvalEntry = { file: wild.file, category: wild.label, url: wild.url, status: 200 };
      return { entry, wild, snapshot: snapshotFromHtml(decodeBody(readFileSync(resolve(wildDir, wild.file)), 'text/html'), { url: wild.url, status: 200 }) };
    });
}

export function evaluate(cases: EvalCase[], rules: RuleSet): { results: EvalResult[]; scores: CategoryScore[] } {
  return score(
    cases.map(({ entry, snapshot }) => ({
      entry,
      got: classifyPage(snapshot, rules, { outcome: entry.outcome ?? 'ok', error: entry.error ?? null }),
    })),
  );
}

/** Per-category precision and recall of results however they were obtained (markup or crawl). */
export function score(results: EvalResult[]): { results: EvalResult[]; scores: CategoryScore[] } {
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
