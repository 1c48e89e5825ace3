// Kit-family clustering measured on the wild corpus (`npx tsx scripts/eval-cluster.ts [--split dev|test]`):
// pairwise precision and recall of `cluster`'s families against the manifest's `family`, overall and
// with each kind of evidence alone, and how many near pairs the LSH bands find against brute force.
// Without --split: the whole corpus, then each split (tune on dev only).
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { clusterFamilies } from '../src/fingerprint/cluster.ts';
import { CLUSTER_TLSH } from '../src/fingerprint/similarity.ts';
import { pairwiseScore, wildPages, type WildPage } from '../src/fingerprint/evaluate.ts';
import { tlshDistance } from '../src/fingerprint/markup.ts';
import { TLSH_BANDS_NEEDED } from '../src/fingerprint/similar.ts';

const { values } = parseArgs({ options: { split: { type: 'string' } } });
const wildDir = fileURLToPath(new URL('../test/wild', import.meta.url));
const everyPage = await wildPages(wildDir);

function report(pages: WildPage[], label: string) {
  function scoreWith(kinds: ((k: string) => boolean) | null) {
    const rows = new Map(pages.map((p) => [p.file, kinds ? p.rows.filter((r) => kinds(r.kind)) : p.rows]));
    const predicted = new Map<string, string>();
    for (const f of clusterFamilies(rows)) for (const v of f.visits) predicted.set(v, f.id);
    return pairwiseScore(predicted, new Map(pages.map((p) => [p.file, p.family])));
  }
  const fmt = (s: ReturnType<typeof scoreWith>) =>
    `precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  (${s.truePairs} right of ${s.predictedPairs} joined; ${s.actualPairs} same-family pairs)`;

  console.log(`${pages.length} pages, ${new Set(pages.map((p) => p.family)).size} families (${label})`);
  console.log(`cluster (all evidence)   ${fmt(scoreWith(null))}`);
  for (const kind of ['domhash', 'tlsh', 'domtlsh', 'resource', 'resource-name', 'sha256', 'sitekey']) {
    console.log(`  ${kind.padEnd(22)} ${fmt(scoreWith((k) => k === kind || k === `${kind}-band`))}`);
  }

  // The LSH bands against comparing every pair: near pairs (TLSH ≤ CLUSTER_TLSH) that share fewer
  // bands than a candidate needs (TLSH_BANDS_NEEDED), which `cluster` never measures.
  const tlshOf = (p: WildPage) => p.rows.find((r) => r.kind === 'tlsh')?.value;
  const bandsOf = (p: WildPage) => new Set(p.rows.filter((r) => r.kind === 'tlsh-band').map((r) => r.value));
  let near = 0;
  let found = 0;
  for (let i = 0; i < pages.length; i++) {
    for (let j = i + 1; j < pages.length; j++) {
      const [a, b] = [tlshOf(pages[i]!), tlshOf(pages[j]!)];
      if (!a || !b || tlshDistance(a, b) > CLUSTER_TLSH) continue;
      near++;
      const bb = bandsOf(pages[j]!);
      if ([...bandsOf(pages[i]!)].filter((x) => bb.has(x)).length >= TLSH_BANDS_NEEDED) found++;
    }
  }
  console.log(`LSH: ${found} of ${near} pairs within TLSH ${CLUSTER_TLSH} share the ${TLSH_BANDS_NEEDED} bands a candidate needs\n`);
}

for (const split of values.split ? [values.split] : [null, 'dev', 'test']) {
  report(everyPage.filter((p) => !split || p.split === split), split ? `${split} split` : 'whole corpus');
}
