// `hoptrace queue`: what the visit queue holds, per crawl job and per worker, read from Redis.
import { Queue, type JobType } from 'bullmq';
import { openQueueConnection, parseQueueUrl } from '../net/queue-connection.ts';
import { COLLECTED_KEY, JOB_NAMES_KEY, PREFIX, QUEUE_NAME, WORKER_KEYS, type VisitResult, type VisitTask, type WorkerInfo } from './protocol.ts';

const STATES = ['waiting', 'active', 'completed', 'failed'] as const;
type State = (typeof STATES)[number];

export interface QueueStatus {
  queue: string;
  totals: Record<State, number>;
  /** Per crawl job; completed and failed are finished visits its coordinator has not collected yet. */
  jobs: ({ id: string; name: string; collected: number } & Record<State, number>)[];
  /** Live workers (heartbeat within the last 15 s), with the visits each holds now. */
  workers: (WorkerInfo & { holding: string[] })[];
  /** True when a state held more jobs than were read for the per-job table. */
  truncated: boolean;
}

/** Jobs read per state for the per-job breakdown; the totals are exact whatever the size. */
const READ_LIMIT = 10_000;

export async function queueStatus(queueUrl: string): Promise<QueueStatus> {
  const addr = parseQueueUrl(queueUrl);
  let unreachable: string | null = null;
  const conn = openQueueConnection(addr, { name: 'hoptrace:status', failFast: true, onStatus: (e, detail) => (unreachable = e === 'down' ? detail : null) });
  const queue = new Queue<VisitTask, VisitResult>(QUEUE_NAME, { connection: conn, prefix: PREFIX });
  queue.on('error', () => {});
  try {
    await conn.ping();
    const counts = await queue.getJobCounts('waiting', 'prioritized', 'active', 'completed', 'failed');
    const totals: Record<State, number> = {
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      completed: counts.completed ?? 0,
      failed: counts.failed ?? 0,
    };
    const perJob = new Map<string, QueueStatus['jobs'][number]>();
    const names = await conn.hgetall(JOB_NAMES_KEY);
    const row = (id: string) => {
      let r = perJob.get(id);
      if (!r) perJob.set(id, (r = { id, name: names[id] ?? id, waiting: 0, active: 0, completed: 0, failed: 0, collected: 0 }));
      return r;
    };
    const holding = new Map<string, string[]>();
    for (const state of STATES) {
      const types: JobType[] = state === 'waiting' ? ['waiting', 'prioritized'] : [state];
      for (const job of await queue.getJobs(types, 0, READ_LIMIT - 1)) {
        if (!job) continue;
        row(job.name)[state]++;
        if (state === 'active' && job.processedBy) holding.set(job.processedBy, [...(holding.get(job.processedBy) ?? []), job.id!]);
      }
    }
    for (const [id, n] of Object.entries(await conn.hgetall(COLLECTED_KEY))) row(id).collected = Number(n);
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await conn.scan(cursor, 'MATCH', `${WORKER_KEYS}`, 'COUNT', 500);
      cursor = next;
      keys.push(...batch);
    } while (cursor !== '0');
    const workers = (keys.length ? await conn.mget(keys) : [])
      .filter((v): v is string => v !== null)
      .map((v) => JSON.parse(v) as WorkerInfo)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((w) => ({ ...w, holding: holding.get(w.id) ?? [] }));
    return {
      queue: addr.display,
      totals,
      jobs: [...perJob.values()].sort((a, b) => a.name.localeCompare(b.name)),
      workers,
      truncated: STATES.some((s) => totals[s] > READ_LIMIT),
    };
  } catch (err) {
    // ioredis rejects with "Connection is closed"; the reason is in the error it emitted before.
    throw new Error(unreachable ? `cannot reach Redis: ${unreachable}` : `${addr.display}: ${(err as Error).message}`);
  } finally {
    await queue.close();
    await conn.quit().catch(() => conn.disconnect());
  }
}
