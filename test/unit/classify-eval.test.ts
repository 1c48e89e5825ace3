// The labelled sets as regression tests, from markup (the browser-crawl figures are `npm run eval`).
// In-house pages: every malicious category keeps precision and recall ≥ 0.9, and no ordinary page is
// called malicious. Their ordinary pages are a few hundred characters each: `benign` is a positive
// verdict only where a page shows substantial ordinary content, so those may be `unknown`, never
// malicious; how often real ordinary pages are called benign is measured on the wild corpus.
// Wild corpus (real pages, both splits): a malicious verdict on an ordinary page stays the rare
// exception, and a malicious verdict is right at least 95 times in 100.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, loadEvalSet, loadWildSet } from '../../src/classify/evaluate.ts';
import { loadRules } from '../../src/classify/rules.ts';
import { CATEGORIES, type Category } from '../../src/model.ts';

const manifest = fileURLToPath(new URL('../eval/manifest.json', import.meta.url));
const rules = loadRules();
const cases = loadEvalSet(manifest);
const { results, scores } = evaluate(cases, rules);
const mistakes = (rs: typeof results) =>
  rs.filter((r) => r.got.category !== r.entry.category).map((r) => `${r.entry.file ?? r.entry.url}: expected ${r.entry.category}, got ${r.got.category}`);
const MALICIOUS = new Set<Category>(['credential-phishing', 'tech-support-scam', 'fake-scan', 'prize-scam', 'email-harvest', 'malware-download', 'dating', 'adult']);

describe('in-house evaluation set', () => {
  it('has at least 60 pages covering every category but unknown, in both languages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const labelled = new Set(cases.map((c) => c.entry.category));
    for (const category of CATEGORIES.filter((c) => c !== 'unknown')) expect(labelled, category).toContain(category);
    expect(cases.some((c) => /[\u3040-\u30ff]/.test(c.snapshot.text))).toBe(true);
    expect(cases.some((c) => /\b(the|your)\b/i.test(c.snapshot.text))).toBe(true);
  });

  it.each(scores.filter((s) => s.category !== 'benign' && s.category !== 'unknown').map((s) => [s.category, s] as const))(
    '%s: precision and recall ≥ 0.9',
    (_category, score) => {
      expect(score.precision ?? 0, mistakes(results).join('\n')).toBeGreaterThanOrEqual(0.9);
      expect(score.recall ?? 0, mistakes(results).join('\n')).toBeGreaterThanOrEqual(0.9);
    },
  );

  it('no ordinary page is called malicious, and what is called benign is benign', () => {
    const ordinary = results.filter((r) => r.entry.category === 'benign');
    expect(ordinary.filter((r) => MALICIOUS.has(r.got.category)).map((r) => r.entry.file)).toEqual([]);
    expect(results.filter((r) => r.got.category === 'benign' && r.entry.category !== 'benign').map((r) => r.entry.file)).toEqual([]);
  });

  it('every page carries evidence and a confidence in [0, 1]', () => {
    for (const r of results) {
      expect(r.got.evidence.length, r.entry.file ?? r.entry.url).toBeGreaterThan(0);
      expect(r.got.confidence).toBeGreaterThanOrEqual(0);
      expect(r.got.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('wild corpus (real pages), from markup', () => {
  const wildCases = loadWildSet(fileURLToPath(new URL('../wild', import.meta.url)));
  const wild = evaluate(wildCases, rules).results;

  it('holds 300+ real pages, ordinary and malicious, split into dev and test by source', () => {
    expect(wild.length).toBeGreaterThanOrEqual(300);
    const splitOf = new Map<string, string>();
    for (const c of wildCases) {
      const repo = c.wild!.source.repo;
      expect(splitOf.get(repo) ?? c.wild!.split, repo).toBe(c.wild!.split);
      splitOf.set(repo, c.wild!.split!);
    }
    expect(new Set(splitOf.values())).toEqual(new Set(['dev', 'test']));
  });

  // The gates hold on the dev split, the pages tuned on. The test split is measured (npm run eval,
  // the README's figures), never gated: a gate on it would be tuning on it.
  const dev = wild.filter((r) => wildCases.find((c) => c.entry === r.entry)?.wild?.split === 'dev');

  it('an ordinary page of the dev split is called malicious at most once in 150', () => {
    const ordinary = dev.filter((r) => r.entry.category === 'benign');
    expect(ordinary.length).toBeGreaterThanOrEqual(150);
    const flagged = ordinary.filter((r) => MALICIOUS.has(r.got.category)).map((r) => `${r.entry.file}: ${r.got.category}`);
    expect(flagged.length, flagged.join('\n')).toBeLessThanOrEqual(1);
  });

  it('a malicious verdict on the dev split is right at least 95 times in 100', () => {
    const called = dev.filter((r) => MALICIOUS.has(r.got.category));
    const wrong = called.filter((r) => r.got.category !== r.entry.category).map((r) => `${r.entry.file}: ${r.entry.category} → ${r.got.category}`);
    expect(called.length).toBeGreaterThan(100);
    expect(1 - wrong.length / called.length, wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the shipped verdict model', () => {
  it('is what scripts/train-classifier.ts fits from the rules and corpus as they are (no stale weights)', () => {
    const script = fileURLToPath(new URL('../../scripts/train-classifier.ts', import.meta.url));
    const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
    expect(() => execFileSync(tsx, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  }, 180_000);
});
