// `hoptrace tokens JOB`: the per-recipient token table of a job.
import type { Command } from 'commander';
import { formatTokens } from './views/trace.ts';
import { useColor } from './views/terminal.ts';
import { DEFAULT_DB, printJson, requireJob, withReader } from './common.ts';

export function registerTokens(program: Command): void {
  program
    .command('tokens')
    .description('the per-recipient token table of a job')
    .argument('<job>', 'job id or name')
    .option('--db <file>', 'trace database', DEFAULT_DB)
    .option('--json', 'print as JSON')
    .action(async (jobRef: string, flags: { db: string; json?: boolean }) => {
      await withReader(flags.db, async (store) => {
        const tokens = store.listTokens(requireJob(store, jobRef).id);
        if (flags.json) printJson(tokens);
        else process.stdout.write(`${formatTokens(tokens, { color: useColor() })}\n`);
      });
    });
}
