// The evaluation set as a regression test: a rule change that drops any category below 0.9
// precision or recall fails here, with the pages it got wrong in the message.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, loadEvalSet } from '../../src/classify/evaluate.ts';
import { loadRules } from '../../src/classify/rules.ts';
import { CATEGORIES } from '../../src/model.ts';

const manifest = fileURLToPath(new URL('../eval/manifest.json', import.meta.url));
const cases = loadEvalSet(manifest);
const { results, scores } = evaluate(cases, loadRules());
const mistakes = results
  .filter((r) => r.got.category !== r.entry.category)
  .map((r) => `${r.entry.file ?? r.entry.url}: expected ${r.entry.category}, got ${r.got.category}`);

describe('evaluation set', () => {
  it('has at least 60 pages covering every category but unknown, in both languages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const labelled = new Set(cases.map((c) => c.entry.category));
    for (const category of CATEGORIES.filter((c) => c !== 'unknown')) expect(labelled, category).toContain(category);
    expect(cases.some((c) => /[\u3040-\u30ff]/.test(c.snapshot.text))).toBe(true);
    expect(cases.some((c) => /\b(the|your)\b/i.test(c.snapshot.text))).toBe(true);
  });

  it.each(scores.map((s) => [s.category, s] as const))('%s: precision and recall ≥ 0.9', (_category, score) => {
    expect(score.precision ?? 0, mistakes.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(score.recall ?? 0, mistakes.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('every page carries evidence', () => {
    for (const r of results) expect(r.got.evidence.length, r.entry.file ?? r.entry.url).toBeGreaterThan(0);
  });
});
