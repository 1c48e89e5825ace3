// Precision and recall of the landing-page classifier on the evaluation set, per category.
// Usage: npx tsx scripts/eval-classify.ts [--rules FILE]… [--manifest FILE] [--json]
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluate, loadEvalSet } from '../src/classify/evaluate.ts';
import { loadRules } from '../src/classify/rules.ts';

const { values } = parseArgs({
  options: {
    rules: { type: 'string', multiple: true, default: [] },
    manifest: { type: 'string', default: fileURLToPath(new URL('../test/eval/manifest.json', import.meta.url)) },
    json: { type: 'boolean', default: false },
  },
});

const { results, scores } = evaluate(loadEvalSet(values.manifest), loadRules(values.rules));
const fmt = (n: number | null): string => (n === null ? '   -' : n.toFixed(2));
const mistakes = results
  .filter((r) => r.got.category !== r.entry.category)
  .map((r) => ({ file: r.entry.file ?? r.entry.url, expected: r.entry.category, got: r.got.category, evidence: r.got.evidence }));

if (!values.json) {
  console.log(`${'category'.padEnd(20)} ${'n'.padStart(3)} precision recall`);
  for (const s of scores) console.log(`${s.category.padEnd(20)} ${String(s.support).padStart(3)} ${fmt(s.precision).padStart(9)} ${fmt(s.recall).padStart(6)}`);
  const correct = results.length - mistakes.length;
  console.log(`\n${correct}/${results.length} pages classified as labelled`);
  for (const m of mistakes) console.log(`  ${m.file}: expected ${m.expected}, got ${m.got} (${m.evidence.map((e) => e.rule).join(', ')})`);
  console.log('');
}
console.log(JSON.stringify({ pages: results.length, scores, mistakes }, null, values.json ? 2 : undefined));
