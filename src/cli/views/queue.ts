// `hoptrace queue`: what the visit queue holds, per crawl job and per worker. Job and worker names
// come from the database and from whoever runs a worker: cleaned like every other view's strings.
import type { QueueStatus } from '../../queue/status.ts';
import { clean, painter, table } from './terminal.ts';

export function formatQueueStatus(s: QueueStatus, color = false): string {
  const paint = painter(color);
  const t = s.totals;
  const out = [`queue ${clean(s.queue)}: ${t.waiting} waiting, ${t.active} active, ${t.completed} completed, ${t.failed} failed (finished, not yet collected)`, ''];
  out.push(
    s.jobs.length
      ? table(['crawl job', 'id', 'waiting', 'active', 'completed', 'failed', 'collected'], s.jobs.map((j) => [j.name, j.id, j.waiting, j.active, j.completed, j.failed, j.collected]), paint)
      : 'no crawl jobs in the queue',
  );
  if (s.truncated) out.push('(per-job counts read from the first 10000 jobs of each state)');
  out.push('');
  out.push(
    s.workers.length
      ? table(
          ['worker', 'host', 'pid', 'version', 'engine', 'conc', 'active', 'done', 'failed', 'last seen'],
          s.workers.map((w) => [w.id, w.host, w.pid, `${w.hoptrace}/s${w.schema}`, w.engine, w.concurrency, w.holding.length, w.done, w.failed, w.lastSeen]),
          paint,
        )
      : 'no live workers',
  );
  return `${out.join('\n')}\n`;
}
