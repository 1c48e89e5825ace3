// `hoptrace pivot [JOB]`: domains clustered by shared infrastructure and registrant facts.
import type { Command } from 'commander';
import { pivotJob } from '../pivot/index.ts';
import { DEFAULT_DB, printJson, requireJob, withReader } from './common.ts';
import { formatClusters } from './views/pivot.ts';

export function registerPivot(program: Command): void {
  program
    .command('pivot')
    .description('cluster domains by shared registrant and infrastructure facts (phone, e-mail, IP, certificate, analytics id…)')
    .argument('[job]', 'job id or name (default: every job)')
    .option('--db <file>', 'trace database', DEFAULT_DB)
    .option('--json', 'print as JSON')
    .action(async (jobRef: string | undefined, flags: { db: string; json?: boolean }) => {
      await withReader(flags.db, async (store) => {
        const clusters = pivotJob(store, jobRef ? requireJob(store, jobRef).id : null);
        if (flags.json) printJson({ clusters });
        else process.stdout.write(`${formatClusters(clusters)}\n`);
      });
    });
}
