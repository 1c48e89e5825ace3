// Assigns the wild corpus's pages to the dev split (what the model is fitted and tuned on) or the
// test split (what the README's figures measure), by source: every page of one repository, and of
// every repository sharing a kit family with it, goes to the same side, so a kit never sits on both. Repositories are taken largest first and
// each goes to the side that keeps every label nearest to 55 % dev. A repository already placed
// stays where it is (moving it would put pages tuned on into the test split); only new ones are
// placed. Deterministic; re-run after adding pages (it writes the `split` field of test/wild/parts/*.json).
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
// Sources: repositories joined by any kit family they share (one kit deployed from many repositories).
const parent = new Map<string, string>();
const find = (x: string): string => {
  while (parent.get(x) !== undefined && parent.get(x) !== x) x = parent.get(x)!;
  return x;
};
const join = (a: string, b: string) => {
  const [ra, rb] = [find(a), find(b)];
  if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
};
for (const e of all) {
  for (const k of [`repo:${e.source.repo}`, `family:${e.family}`]) if (!parent.has(k)) parent.set(k, k);
  join(`repo:${e.source.repo}`, `family:${e.family}`);
}
const byRepo = new Map<string, WildEntry[]>();
for (const e of all) {
  const source = find(`repo:${e.source.repo}`);
  byRepo.set(source, [...(byRepo.get(source) ?? []), e]);
}
const repos = [...byRepo].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));

const dev = new Map(labels.map((l) => [l, 0]));
const test = new Map(labels.map((l) => [l, 0]));
const imbalance = (d: Map<string, number>, t: Map<string, number>) =>
  labels.reduce((sum, l) => {
    const placed = d.get(l)! + t.get(l)!;
    return sum + (placed === 0 ? 0 : Math.abs(d.get(l)! - DEV_SHARE * placed) / Math.sqrt(total.get(l)!));
  }, 0);
for (const [, entries] of repos.filter(([, es]) => es.some((e) => e.split))) {
  const side = entries.find((e) => e.split)!.split!;
  for (const e of entries) e.split = side;
  const target = side === 'dev' ? dev : test;
  for (const e of entries) target.set(e.label, target.get(e.label)! + 1);
}
for (const [, entries] of repos.filter(([, es]) => !es.some((e) => e.split))) {
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
console.log(`${repos.length} sources (repositories joined by shared kit families), ${all.length} pages`);
