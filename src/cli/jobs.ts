// `hoptrace jobs`: list the jobs of a database.
import type { Command } from 'commander';
import { formatJobTable } from '../report/terminal.ts';
import { DEFAULT_DB, openStore, printJson, useColor } from './common.ts';

export function registerJobs(program: Command): void {
  program
    .command('jobs')
    .description('list jobs')
    .option('--db <file>', 'trace database', DEFAULT_DB)
    .option('--json', 'print as JSON')
    .action((flags: { db: string; json?: boolean }) => {
      const store = openStore(flags.db, { mustExist: true });
      try {
        const rows = store.listJobs();
        if (flags.json) printJson(rows);
        else process.stdout.write(`${formatJobTable(rows, { color: useColor() })}\n`);
      } finally {
        store.close();
      }
    });
}
