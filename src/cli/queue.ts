// `hoptrace queue --queue URL`: what the visit queue holds, per crawl job and per worker.
import type { Command } from 'commander';
import { parseQueueUrl } from '../net/queue-connection.ts';
import type { Job } from '../model.ts';
import { openQueueEngine, type QueueEngine } from '../queue/engine.ts';
import { queueStatus } from '../queue/status.ts';
import type { TraceStore } from '../store/store.ts';
import { log, printJson, UsageError } from './common.ts';
import { formatQueueStatus } from './views/queue.ts';
import { useColor } from './views/terminal.ts';

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
export function openCrawlQueue(url: string, store: TraceStore, job: Pick<Job, 'id' | 'name' | 'options'>): QueueEngine {
  return openQueueEngine(url, { job: { id: job.id, name: job.name }, engine: job.options.engine, isStored: (id) => store.getVisit(id) !== null, log });
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
      else process.stdout.write(formatQueueStatus(status, useColor()));
    });
}

