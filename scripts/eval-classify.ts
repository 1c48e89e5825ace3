// How well the landing verdicts hold: per-category precision and recall, the false-malicious rate
// on ordinary pages and the confusion matrix, for the in-house set (tuned on), the wild corpus's
// dev split (tuned on) and its test split (never tuned on: the README's figures). From markup
// always; with --crawl also by crawling every page through the browser engine on loopback under
// the host it had in the wild (the real CLI, a real SQLite file, nothing leaves 127.0.0.1).
// Usage: npx tsx scripts/eval-classify.ts [--crawl] [--only in-house,dev,test,wild] [--json FILE] [--rules FILE]… [--verbose]
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MALICIOUS_CATEGORIES } from '../src/classify/classify.ts';
import { evaluate, loadEvalSet, loadWildSet, score, type CategoryScore, type EvalCase, type EvalResult } from '../src/classify/evaluate.ts';
import { loadRules } from '../src/classify/rules.ts';
import type { Category, Classification } from '../src/model.ts';
import { servedPages, startWildServer } from '../test/fixtures/wild-server.ts';

const { values } = parseArgs({
  options: {
    crawl: { type: 'boolean', default: false },
    only: { type: 'string', default: 'in-house,dev,test' },
    json: { type: 'string' },
    rules: { type: 'string', multiple: true, default: [] },
    verbose: { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '4' },
  },
});

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const WILD = here('../test/wild');
const IN_HOUSE = here('../test/eval/manifest.json');
const BIN = here('../bin/hoptrace.js');
const rules = loadRules(values.rules);

const sets: { name: string; cases: EvalCase[]; base: string }[] = [];
const only = new Set(values.only.split(','));
if (only.has('in-house')) sets.push({ name: 'in-house', cases: loadEvalSet(IN_HOUSE), base: dirname(IN_HOUSE) });
if (only.has('dev')) sets.push({ name: 'wild dev', cases: loadWildSet(WILD, 'dev'), base: WILD });
if (only.has('test')) sets.push({ name: 'wild test', cases: loadWildSet(WILD, 'test'), base: WILD });
if (only.has('wild')) sets.push({ name: 'wild, both splits', cases: loadWildSet(WILD), base: WILD });

interface Summary {
  set: string;
  mode: 'markup' | 'crawl';
  pages: number;
  asLabelled: number;
  benign: number;
  benignCalledMalicious: number;
  scores: CategoryScore[];
  confusion: Record<string, Record<string, number>>;
  mistakes: { file: string | null; expected: Category; got: Category; confidence?: number; why: string }[];
}

function summarise(set: string, mode: Summary['mode'], results: EvalResult[]): Summary {
  const { scores } = score(results);
  const confusion: Summary['confusion'] = {};
  for (const r of results) {
    const row = (confusion[r.entry.category] ??= {});
    row[r.got.category] = (row[r.got.category] ?? 0) + 1;
  }
  const benign = results.filter((r) => r.entry.category === 'benign');
  return {
    set,
    mode,
    pages: results.length,
    asLabelled: results.filter((r) => r.got.category === r.entry.category).length,
    benign: benign.length,
    benignCalledMalicious: benign.filter((r) => MALICIOUS_CATEGORIES.has(r.got.category)).length,
    scores,
    confusion,
    mistakes: results
      .filter((r) => r.got.category !== r.entry.category)
      .map((r) => ({
        file: r.entry.file,
        expected: r.entry.category,
        got: r.got.category,
        confidence: r.got.confidence,
        why: r.got.evidence.map((e) => `${e.rule}: ${e.detail}`).join(' | ').slice(0, 300),
      })),
  };
}

const fmt = (n: number | null): string => (n === null ? '   -' : n.toFixed(2));

function print(s: Summary): void {
  console.log(`\n== ${s.set}, ${s.mode}: ${s.asLabelled}/${s.pages} as labelled; ordinary pages called malicious ${s.benignCalledMalicious}/${s.benign}`);
  console.log(`${'category'.padEnd(20)} ${'n'.padStart(4)} precision recall`);
  for (const c of s.scores) console.log(`${c.category.padEnd(20)} ${String(c.support).padStart(4)} ${fmt(c.precision).padStart(9)} ${fmt(c.recall).padStart(6)}`);
  const cols = [...new Set(Object.values(s.confusion).flatMap((r) => Object.keys(r)))].sort();
  const short = (c: string) => c.slice(0, 7);
  console.log(`confusion (rows: label, columns: verdict)\n${''.padEnd(20)}${cols.map((c) => short(c).padStart(8)).join('')}`);
  for (const [label, row] of Object.entries(s.confusion).sort()) {
    console.log(`${label.padEnd(20)}${cols.map((c) => String(row[c] ?? '.').padStart(8)).join('')}`);
  }
  if (values.verbose) for (const m of s.mistakes) console.log(`  ${m.file}: ${m.expected} → ${m.got} (${m.confidence ?? '-'}) ${m.why}`);
}

const run = (file: string, args: string[]) => promisify(execFile)(file, args, { encoding: 'utf8', maxBuffer: 1 << 30 });

/** Crawls the pages through the real CLI and browser engine; each case's verdict as the crawl stored it. */
function crawlResults(cases: EvalCase[], base: string, dir: string, name: string): Promise<EvalResult[]> {
  const crawlable = cases.filter((c) => c.entry.file && c.entry.status === 200 && !c.entry.downloads?.length && !c.entry.outcome);
  return startWildServer(servedPages(crawlable.map((c) => ({ url: c.entry.url, file: c.entry.file! })), base), base).then(async (server) => {
    try {
      const db = join(dir, `${name.replace(/\W+/g, '-')}.sqlite`);
      const urls = crawlable.map((c) => server.crawlUrl(c.entry.url));
      // Asynchronously: the pages are served from this process's own event loop.
      await run(process.execPath, [BIN, 'crawl', ...urls, '--db', db, '--job', 'eval', '--engine', 'browser', '--host-map', '*=127.0.0.1', '--mapped-only', '--concurrency', values.concurrency]);
      const exported = await run(process.execPath, [BIN, 'export', '--db', db, '--format', 'json']);
      const trace = JSON.parse(exported.stdout) as { visits: { url: string; final: Classification | null; incomplete?: string | null }[] };
      const byUrl = new Map(trace.visits.map((v) => [v.url, v]));
      return crawlable.map((c) => {
        const v = byUrl.get(server.crawlUrl(c.entry.url));
        const got: Classification = v?.final ?? { category: 'error', confidence: 1, evidence: [{ rule: 'eval', detail: 'no visit stored' }] };
        if (v?.incomplete) got.evidence = [{ rule: 'incomplete', detail: v.incomplete }, ...got.evidence];
        return { entry: c.entry, got };
      });
    } finally {
      await server.close();
    }
  });
}

const summaries: Summary[] = [];
for (const set of sets) {
  const s = summarise(set.name, 'markup', evaluate(set.cases, rules).results);
  summaries.push(s);
  print(s);
}
if (values.crawl) {
  const dir = mkdtempSync(join(tmpdir(), 'hoptrace-eval-'));
  try {
    for (const set of sets) {
      const s = summarise(set.name, 'crawl', await crawlResults(set.cases, set.base, dir, set.name));
      summaries.push(s);
      print(s);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (values.json) writeFileSync(resolve(values.json), `${JSON.stringify(summaries, null, 1)}\n`);
