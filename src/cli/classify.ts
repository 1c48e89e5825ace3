// `hoptrace classify JOB [--rules FILE]`: re-label stored visits offline.
import type { Command } from 'commander';
import { reclassifyJob, refingerprintJob } from '../jobs/reclassify.ts';
import { collect, DEFAULT_DB, printJson, requireJob, withStore } from './common.ts';
import { parseRules } from './crawl-options.ts';
import { formatReclassified } from './views/classify.ts';

export function registerClassify(program: Command): void {
  program
    .command('classify')
    .description('re-classify stored visits with the current or given rules (no network)')
    .argument('<job>', 'job id or name')
    .option('--db <file>', 'trace database', DEFAULT_DB)
    .option('--rules <file>', 'extra rules (add or override shipped ones); repeatable', collect, [])
    .option('--json', 'print the changes as JSON')
    .action(async (jobRef: string, flags: { db: string; rules: string[]; json?: boolean }) => {
      const rules = parseRules(flags.rules);
      await withStore(flags.db, async (store) => {
        const job = requireJob(store, jobRef);
        const result = { ...reclassifyJob(store, job.id, rules), fingerprinted: await refingerprintJob(store, job.id) };
        if (flags.json) return printJson(result);
        process.stdout.write(formatReclassified(result));
      });
    });
}
