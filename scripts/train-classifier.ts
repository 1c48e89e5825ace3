// Fits the verdict model (src/data/model.json) on the pages we tune on: the in-house set and the
// wild corpus's dev split. Never the wild test split: that is what the README's figures measure.
// For each category, a logistic regression with an L2 penalty over the named features of the
// pages that show that category's intent; its threshold is the probability at which out-of-fold
// predictions (folds by source family, so a kit never sits on both sides) cost least, a false
// verdict costing several misses. Deterministic: the same corpus gives the same file byte for byte.
// Usage: npx tsx scripts/train-classifier.ts [--check]   (--check: fail if model.json is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CONTENT_CATEGORIES, readoutOf } from '../src/classify/classify.ts';
import { loadEvalSet, loadWildSet, type EvalCase } from '../src/classify/evaluate.ts';
import { intentFor } from '../src/classify/intent.ts';
import { logOdds, SHIPPED_MODEL_FILE, sigmoid, type CategoryModel } from '../src/classify/model.ts';
import { loadRules } from '../src/classify/rules.ts';
import type { Category } from '../src/model.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });

/**
 * How many misses one false verdict is worth when the threshold is chosen: a malicious verdict on
 * an ordinary page sends a site to a blocklist (5); a false benign drops a lure from the queue
 * (3); a lure called by the wrong malicious name is still reported (1).
 */
const FALSE_COST = (category: Category, actual: Category): number => (category === 'benign' ? 3 : actual === 'benign' || actual === 'unknown' ? 5 : 1);
const L2 = 0.3;
const STEPS = 3000;
const RATE = 0.5;
const FOLDS = 5;
const UNSEEN_RULE_SCALE = 0.75;

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const rules = loadRules();
const cases: EvalCase[] = [...loadEvalSet(here('../test/eval/manifest.json')), ...loadWildSet(here('../test/wild'), 'dev')];
const rows = cases.map((c) => ({ label: c.entry.category, group: c.wild ? `${c.wild.source.repo}#${c.wild.family}` : `in-house#${c.entry.file}`, readout: readoutOf(c.snapshot, rules) }));

interface Row {
  x: Map<string, number>;
  y: number;
  group: string;
  /** What a false verdict on this page costs, in misses (see FALSE_COST). */
  cost: number;
}

function fit(data: Row[], vocabulary: string[]): CategoryModel {
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const w = new Float64Array(vocabulary.length);
  let b = 0;
  const n = data.length;
  const xs = data.map((r) => [...r.x].filter(([f]) => index.has(f)).map(([f, v]) => [index.get(f)!, v] as const));
  for (let step = 0; step < STEPS; step++) {
    const gw = new Float64Array(w.length);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let z = b;
      for (const [j, v] of xs[i]!) z += w[j]! * v;
      const err = sigmoid(z) - data[i]!.y;
      gb += err;
      for (const [j, v] of xs[i]!) gw[j]! += err * v;
    }
    b -= (RATE * gb) / n;
    for (let j = 0; j < w.length; j++) w[j]! -= RATE * (gw[j]! / n + (L2 * w[j]!) / n);
  }
  const weights: Record<string, number> = {};
  vocabulary.forEach((f, j) => {
    const v = Math.round(w[j]! * 1000) / 1000;
    if (v !== 0) weights[f] = v;
  });
  return { bias: Math.round(b * 1000) / 1000, threshold: 0.5, weights };
}

/** Features seen on at least two pages of the gated set (a feature on one page is that page's name). */
function vocabularyOf(data: Row[]): string[] {
  const counts = new Map<string, number>();
  for (const r of data) for (const f of r.x.keys()) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= 2).map(([f]) => f).sort();
}

function foldOf(group: string): number {
  let h = 0;
  for (const ch of group) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % FOLDS;
}

/** The threshold with the least cost on out-of-fold predictions, each false verdict costing its FALSE_COST in misses. */
function chooseThreshold(scored: { p: number; y: number; cost: number }[]): number {
  let best = { t: 0.95, cost: Infinity };
  for (let i = 0; i <= 18; i++) {
    const t = 0.5 + i * 0.025;
    const falseCost = scored.filter((s) => s.p >= t && s.y === 0).reduce((sum, s) => sum + s.cost, 0);
    const fn = scored.filter((s) => s.p < t && s.y === 1).length;
    const cost = falseCost + fn;
    if (cost < best.cost) best = { t, cost };
  }
  return Math.round(best.t * 1000) / 1000;
}

const model: Record<string, CategoryModel> = {};
const report: string[] = [];
for (const category of CONTENT_CATEGORIES) {
  const gated: Row[] = rows
    .filter((r) => intentFor(category, r.readout.facts, r.readout.hits))
    .map((r) => ({ x: r.readout.features, y: r.label === category ? 1 : 0, group: r.group, cost: FALSE_COST(category, r.label) }));
  const positives = gated.filter((r) => r.y === 1).length;
  const vocabulary = vocabularyOf(gated);
  const oof: { p: number; y: number; cost: number }[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const train = gated.filter((r) => foldOf(r.group) !== k);
    const held = gated.filter((r) => foldOf(r.group) === k);
    if (held.length === 0 || train.length === 0) continue;
    const m = fit(train, vocabulary);
    for (const r of held) oof.push({ p: sigmoid(logOdds(m, r.x)), y: r.y, cost: r.cost });
  }
  const final = positives === 0 ? { bias: -10, threshold: 1, weights: {} } : fit(gated, vocabulary);
  final.threshold = positives === 0 ? 1 : chooseThreshold(oof);
  model[category] = final;
  report.push(`${category.padEnd(20)} gated ${String(gated.length).padStart(4)}  positive ${String(positives).padStart(3)}  features ${String(vocabulary.length).padStart(3)}  threshold ${final.threshold}`);
}

const json = `${JSON.stringify(
  {
    format: 'hoptrace.model/1',
    description:
      'Verdict model fitted by scripts/train-classifier.ts on the in-house pages and the wild dev split: per category, a logistic regression over page facts (fact:…) and rules that hold (rule:…), and the probability threshold chosen for precision on out-of-fold predictions.',
    trainedOn: { pages: rows.length, inHouse: rows.filter((r) => r.group.startsWith('in-house#')).length, wildDev: rows.filter((r) => !r.group.startsWith('in-house#')).length },
    hyperparameters: { l2: L2, steps: STEPS, rate: RATE, folds: FOLDS, falseCost: { onOrdinaryPage: 5, benign: 3, otherLure: 1 } },
    unseenRuleScale: UNSEEN_RULE_SCALE,
    categories: model,
  },
  null,
  1,
)}\n`;

if (values.check) {
  const current = readFileSync(SHIPPED_MODEL_FILE, 'utf8');
  if (current !== json) {
    console.error('src/data/model.json is stale: run npx tsx scripts/train-classifier.ts');
    process.exit(1);
  }
} else {
  writeFileSync(SHIPPED_MODEL_FILE, json);
}
console.log(`${report.join('\n')}\n${values.check ? 'src/data/model.json is current' : `wrote ${SHIPPED_MODEL_FILE}`}`);
