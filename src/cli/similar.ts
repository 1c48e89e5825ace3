// `hoptrace similar TARGET`: the stored visits that share or come close on the target's fingerprints.
import type { Command } from 'commander';
import { similarIn } from '../fingerprint/query.ts';
import { DEFAULT_LIMIT, DEFAULT_MIN_SCORE } from '../fingerprint/similar.ts';
import { FINGERPRINT_NAMES } from '../fingerprint/similarity.ts';
import { DEFAULT_DB, parsePositiveInt, printJson, UsageError, withReader } from './common.ts';
import { formatSimilar } from './views/fingerprints.ts';

function parseBy(value: string): Set<string> {
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !FINGERPRINT_NAMES.includes(n));
  if (unknown.length || !names.length) throw new UsageError(`--by takes a list of ${FINGERPRINT_NAMES.join(',')}, got "${value}"`);
  return new Set(names);
}

function parseScore(value: string): number {
  const n = Number(value);
  if (!/^\d*\.?\d+$/.test(value) || n > 1) throw new UsageError(`--min-score expects a number from 0 to 1, got "${value}"`);
  return n;
}

export function registerSimilar(program: Command): void {
  program
    .command('similar')
    .description('visits across all jobs that share or come close on a visit\'s, URL\'s or file\'s fingerprints')
    .argument('<target>', 'visit id, URL of a stored visit, or a file (page, picture, download)')
    .option('--by <list>', `fingerprints to match on (${FINGERPRINT_NAMES.join(',')})`, parseBy)
    .option('--min-score <s>', 'lowest score shown, 0..1', parseScore, DEFAULT_MIN_SCORE)
    .option('--limit <n>', 'most matches shown', parsePositiveInt('--limit'), DEFAULT_LIMIT)
    .option('--db <file>', 'trace database', DEFAULT_DB)
    .option('--json', 'print as JSON')
    .action(async (target: string, flags: { by?: Set<string>; minScore: number; limit: number; db: string; json?: boolean }) => {
      await withReader(flags.db, async (store) => {
        const answer = await similarIn(store, target, { by: flags.by, minScore: flags.minScore, limit: flags.limit });
        if (flags.json) printJson(answer);
        else process.stdout.write(`${formatSimilar(answer)}\n`);
      });
    });
}
