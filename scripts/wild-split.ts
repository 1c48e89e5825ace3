// Assigns the wild corpus's pages to the dev split (what the model is fitted and tuned on) or the
// test split (what the README's figures measure), by source: every page of one repository goes to
// the same side, so a kit or a site never sits on both. Repositories are taken largest first and
// each goes to the side that keeps every label nearest to 55 % dev. Deterministic; re-run after
// adding pages (it rewrites the `split` field of test/wild/parts/*.json).
// Usage: npx tsx scripts/wild-split.ts
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WildEntry } from '../src/classify/evaluate.ts';

const DEV_SHARE = 0.55;
const partsDir = fileURLToPath(new URL('../test/wild/parts/', import.meta.url));
const parts = readdirSync(partsDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ file: f, entries: JSON.parse(readFileSync(partsDir + f, 'utf8')) as WildEntry[] }));
const all = parts.flatMap((p) => p.entries);
const labels = [...new Set(all.map((e) => e.label))].sort();
const total = new Map(labels.map((l) => [l, all.filter((e) => e.label === l).length]));
const byRepo = new Map<string, WildEntry[]>();
for (const e of all) byRepo.set(e.source.repo, [...(byRepo.get(e.source.repo) ?? []), e]);
const repos = [...byRepo].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));

const dev = new Map(labels.map((l) => [l, 0]));
const test = new Map(labels.map((l) => [l, 0]));
const imbalance = (d: Map<string, number>, t: Map<string, number>) =>
  labels.reduce((sum, l) => {
    const placed = d.get(l)! + t.get(l)!;
    return sum + (placed === 0 ? 0 : Math.abs(d.get(l)! - DEV_SHARE * placed) / Math.sqrt(total.get(l)!));
  }, 0);
for (const [, entries] of repos) {
  const count = (side: Map<string, number>) => {
    const next = new Map(side);
    for (const e of entries) next.set(e.label, next.get(e.label)! + 1);
    return next;
  };
  const toDev = imbalance(count(dev), test);
  const toTest = imbalance(dev, count(test));
  const side = toDev <= toTest ? 'dev' : 'test';
  for (const e of entries) e.split = side;
  const target = side === 'dev' ? dev : test;
  for (const e of entries) target.set(e.label, target.get(e.label)! + 1);
}
for (const p of parts) writeFileSync(partsDir + p.file, `${JSON.stringify(p.entries, null, 1)}\n`);
for (const l of labels) console.log(`${l.padEnd(20)} dev ${String(dev.get(l)).padStart(3)}  test ${String(test.get(l)).padStart(3)}`);
console.log(`${repos.length} repositories, ${all.length} pages`);
