// `hoptrace cluster [--job J]…`: landings grouped into kit families by shared fingerprints.
import type { Command } from 'commander';
import { clusterIn } from '../fingerprint/query.ts';
import { collect, DEFAULT_DB, printJson, requireJob, withReader } from './common.ts';
import { familiesCsv, formatFamilies } from './views/fingerprints.ts';

export function registerCluster(program: Command): void {
  program
    .command('cluster')
    .description('group landings into kit families by shared fingerprints (domhash, TLSH, screenshot, site keys, tag ids…)')
    .option('--job <job>', 'job id or name; repeatable (default: every job)', collect, [])
    .option('--db <file>', 'trace database', DEFAULT_DB)
    .option('--json', 'print as JSON')
    .option('--csv', 'print as CSV: one row per member visit')
    .action(async (flags: { job: string[]; db: string; json?: boolean; csv?: boolean }) => {
      await withReader(flags.db, async (store) => {
        const answer = clusterIn(store, flags.job.map((j) => requireJob(store, j).id));
        if (flags.json) printJson(answer);
        else if (flags.csv) process.stdout.write(familiesCsv(answer.families));
        else process.stdout.write(`${formatFamilies(answer.families)}\n`);
      });
    });
}
