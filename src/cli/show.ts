// `hoptrace show ID`: a job (table of its visits), a message, or a visit (hop-by-hop chain).
import type { Command } from 'commander';
import { formatJob, formatMessage, formatVisit } from './views/trace.ts';
import { useColor } from './views/terminal.ts';
import { DEFAULT_DB, printJson, UsageError, withReader } from './common.ts';

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('show one job, message or visit (a visit as a hop-by-hop chain)')
    .argument('<id>', 'job id or name, message id (m-…) or visit id (v-…)')
    .option('--db <file>', 'trace database', DEFAULT_DB)
    .option('--json', 'print as JSON')
    .action(async (id: string, flags: { db: string; json?: boolean }) => {
      const color = useColor();
      const out = (value: unknown, text: () => string): void => {
        if (flags.json) printJson(value);
        else process.stdout.write(`${text()}\n`);
      };
      await withReader(flags.db, async (store) => {
        const visit = store.getVisit(id);
        if (visit) {
          const tokens = store.listTokens(visit.jobId);
          return out(visit, () => formatVisit(visit, tokens, { color }));
        }
        const message = store.getMessage(id);
        if (message) return out(message, () => formatMessage(message, { color }));
        const job = store.findJob(id);
        if (job) {
          const bundle = store.bundle(job.id);
          return out(bundle, () => formatJob(bundle, bundle.cloaking, { color }));
        }
        throw new UsageError(`nothing with id "${id}" in ${flags.db}`);
      });
    });
}
