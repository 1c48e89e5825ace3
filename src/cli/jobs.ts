// `hoptrace jobs`: list the jobs of a database.
import type { Command } from 'commander';
import { formatJobTable } from './views/trace.ts';
import { useColor } from './views/terminal.ts';
import { DEFAULT_DB, printJson, withReader } from './common.ts';

export function registerJobs(program: Command): void {
  program
    .command('jobs')
    .description('list jobs')
    .option('--db <file>', 'trace database', DEFAULT_DB)
    .option('--json', 'print as JSON')
    .action(async (flags: { db: string; json?: boolean }) => {
      await withReader(flags.db, async (store) => {
        const rows = store.listJobs();
        if (flags.json) printJson(rows);
        else process.stdout.write(`${formatJobTable(rows, { color: useColor() })}\n`);
      });
    });
}
