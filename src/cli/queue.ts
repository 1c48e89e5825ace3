// `hoptrace queue --queue URL`: what the visit queue holds, per crawl job and per worker.
import type { Command } from 'commander';
import { parseQueueUrl } from '../net/queue-connection.ts';
import type { Job } from '../model.ts';
import { openQueueEngine, type QueueEngine } from '../queue/engine.ts';
import { queueStatus, type QueueStatus } from '../queue/status.ts';
import type { TraceStore } from '../store/store.ts';
import { log, printJson, UsageError } from './common.ts';

/** A `--queue` value checked before anything connects (crawl, worker and queue share it). */
export function parseQueueFlag(value: string): string {
  try {
    parseQueueUrl(value);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  return value;
}

/**
 * The engine `crawl --queue URL` runs on: visits go to the workers, this process stays the only
 * writer. Visits are stored under their taskId, so the store says which finished jobs are garbage.
 */
export function openCrawlQueue(url: string, store: TraceStore, job: Pick<Job, 'id' | 'name'>): QueueEngine {
  return openQueueEngine(url, { job: { id: job.id, name: job.name }, isStored: (id) => store.getVisit(id) !== null, log });
}

export function registerQueue(program: Command): void {
  program
    .command('queue')
    .description('the visit queue: waiting / active / completed / failed per crawl job and per worker')
    .requiredOption('--queue <url>', 'redis://[:password@]host:port[/db] or rediss://…', parseQueueFlag)
    .option('--json', 'print as JSON')
    .action(async (flags: { queue: string; json?: boolean }) => {
      const status = await queueStatus(flags.queue);
      if (flags.json) printJson(status);
      else process.stdout.write(formatQueueStatus(status));
    });
}

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return cells.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd()).join('\n');
}

export function formatQueueStatus(s: QueueStatus): string {
  const t = s.totals;
  const out = [`queue ${s.queue}: ${t.waiting} waiting, ${t.active} active, ${t.completed} completed, ${t.failed} failed (finished, not yet collected)`, ''];
  out.push(
    s.jobs.length
      ? table(['crawl job', 'id', 'waiting', 'active', 'completed', 'failed', 'collected'], s.jobs.map((j) => [j.name, j.id, j.waiting, j.active, j.completed, j.failed, j.collected]))
      : 'no crawl jobs in the queue',
  );
  if (s.truncated) out.push('(per-job counts read from the first 10000 jobs of each state)');
  out.push('');
  out.push(
    s.workers.length
      ? table(
          ['worker', 'host', 'pid', 'version', 'engine', 'conc', 'active', 'done', 'failed', 'last seen'],
          s.workers.map((w) => [w.id, w.host, w.pid, `${w.hoptrace}/s${w.schema}`, w.engine, w.concurrency, w.holding.length, w.done, w.failed, w.lastSeen]),
        )
      : 'no live workers',
  );
  return `${out.join('\n')}\n`;
}
