// `hoptrace report JOB [-o FILE]`: one self-contained HTML file.
import type { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pivotJob } from '../pivot/index.ts';
import { renderReport } from '../report/html.ts';
import { DEFAULT_DB, requireJob, withReader } from './common.ts';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('one self-contained HTML file for a job')
    .argument('<job>', 'job id or name')
    .option('--db <file>', 'trace database', DEFAULT_DB)
    .option('-o, --output <file>', 'where to write it (default: crawls/<job>.html)')
    .action(async (jobRef: string, flags: { db: string; output?: string }) => {
      await withReader(flags.db, async (store) => {
        const job = requireJob(store, jobRef);
        const bundle = store.bundle(job.id);
        const html = renderReport(bundle, {
          getBlob: (sha) => store.getBlob(sha),
          cloaking: bundle.cloaking,
          pivot: pivotJob(store, job.id),
        });
        const out = resolve(flags.output ?? `crawls/${job.name}.html`);
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, html);
        process.stdout.write(`${out}\n`);
      });
    });
}
