// `hoptrace diff A B` (two visits) or `--jobs JOB1 JOB2`.
import type { Command } from 'commander';
import { diffJobs, diffVisits } from '../diff/diff.ts';
import { formatDiff, formatJobDiff } from './views/trace.ts';
import { useColor } from './views/terminal.ts';
import { DEFAULT_DB, printJson, requireJob, UsageError, withReader } from './common.ts';

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description("diff two visits' redirect chains (or two jobs with --jobs)")
    .argument('<a>', 'visit id (or job with --jobs)')
    .argument('<b>', 'visit id (or job with --jobs)')
    .option('--db <file>', 'trace database', DEFAULT_DB)
    .option('--jobs', 'A and B are jobs: pair their visits by link and persona')
    .option('--json', 'print as JSON')
    .action(async (a: string, b: string, flags: { db: string; jobs?: boolean; json?: boolean }) => {
      const color = useColor();
      await withReader(flags.db, async (store) => {
        if (flags.jobs) {
          const [ja, jb] = [requireJob(store, a), requireJob(store, b)];
          const result = diffJobs(store.bundle(ja.id), store.bundle(jb.id));
          if (flags.json) printJson(result);
          else process.stdout.write(`${formatJobDiff(result, { color })}\n`);
          return;
        }
        const [va, vb] = [store.getVisit(a), store.getVisit(b)];
        if (!va) throw new UsageError(`no visit "${a}" in ${flags.db}`);
        if (!vb) throw new UsageError(`no visit "${b}" in ${flags.db}`);
        const tokens = [...store.listTokens(va.jobId), ...(va.jobId === vb.jobId ? [] : store.listTokens(vb.jobId))];
        const result = diffVisits(va, vb, tokens);
        if (flags.json) printJson(result);
        else process.stdout.write(`${formatDiff(result, { color })}\n`);
      });
    });
}
