// The coordinator's side of the visit queue: a VisitEngine whose visits run on workers elsewhere.
// visit() puts one BullMQ job whose id is the visit's taskId (so a visit asked for twice, or again
// after a coordinator restart, is one job and one capture), waits for it to finish, fetches and
// decodes the capture. Job and capture leave Redis at the next sweep, after the caller has stored
// the visit (it does so at once): a coordinator killed before that finds them again on resume, and
// one killed after it has the visit stored under the taskId and never asks again.
import { randomUUID } from 'node:crypto';
import { Queue, QueueEvents, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { VisitEngine, VisitInput } from '../engines/engine.ts';
import type { Engine, VisitCapture } from '../model.ts';
import { isConnectionError, openQueueConnection, parseQueueUrl, type QueueAddress } from '../net/queue-connection.ts';
import { emptyCapture } from '../records/visit-record.ts';
import { decodeCapture } from './codec.ts';
import {
  CAPTURE_SCHEMA,
  COLLECTED_KEY,
  JOB_NAMES_KEY,
  DEFAULT_CAPTURE_CAP,
  HOPTRACE_VERSION,
  PREFIX,
  QUEUE_NAME,
  RESULT_TTL_SECONDS,
  type VisitResult,
  type VisitTask,
} from './protocol.ts';

export interface QueueEngineOptions {
  /** The crawl job: its id names its queue jobs (names may repeat across databases), its name is shown by `hoptrace queue`. */
  job: { id: string; name: string };
  /**
   * Whether the store already holds the visit with this id. When given, close() removes from
   * Redis the finished jobs of this crawl whose visit is stored: those a coordinator killed
   * between storing and acknowledging left behind.
   */
  isStored?: (taskId: string) => boolean;
  /** The engine the crawl job's visits must run on. */
  engine: Engine;
  /** Bytes a capture may carry before compression; the worker refuses to send more. */
  capBytes?: number;
  /**
   * How often the jobs still awaited are checked directly, besides the completion events: catches
   * an event missed while Redis was away, and re-queues a job Redis lost (a restart without persistence).
   */
  sweepMs?: number;
  /** One line per noteworthy event (Redis down/up, a job re-queued); the CLI passes stderr. */
  log?: (line: string) => void;
}

/** What the queue cost, summed over the visits this engine collected (for the benchmark). */
export interface QueueEngineStats {
  visits: number;
  rawBytes: number;
  encodedBytes: number;
  /** Time on the workers inside engine.visit(). */
  workerVisitMs: number;
  encodeMs: number;
  decodeMs: number;
  /** visit() called → capture returned, at the coordinator. */
  wallMs: number;
  /** Job added → a worker started it (waiting for a free worker, and the worker's fetch). */
  pickupMs: number;
  /** Job finished on the worker → capture decoded at the coordinator (event, fetch, decode). */
  deliverMs: number;
  requeued: number;
}

/** What visit() rejects with when the engine is closed before its visit came back. */
export class QueueEngineClosed extends Error {
  override name = 'QueueEngineClosed';
  constructor() {
    super('the coordinator stopped before this visit came back; it stays in the queue for --resume');
  }
}

export interface QueueEngine extends VisitEngine {
  stats(): QueueEngineStats;
}

interface Pending {
  task: VisitTask;
  waiters: { resolve: (capture: VisitCapture) => void; reject: (err: Error) => void }[];
  startedAt: number;
  /** Set while the job's result is being fetched, so an event and a sweep do not both collect it. */
  busy: boolean;
  /** Set once the job is in Redis: before that, a sweep would take it for lost. */
  submitted: boolean;
}

/** `crawl --queue URL`: a queue engine for one crawl job. Throws one line on a bad URL. */
export function openQueueEngine(url: string, opts: QueueEngineOptions): QueueEngine {
  return createQueueEngine(parseQueueUrl(url), opts);
}

export function createQueueEngine(addr: QueueAddress, opts: QueueEngineOptions): QueueEngine {
  const log = opts.log ?? (() => {});
  const capBytes = opts.capBytes ?? DEFAULT_CAPTURE_CAP;
  const conn: Redis = openQueueConnection(addr, {
    name: `hoptrace:coordinator:${opts.job.id}`,
    onStatus: (event, detail) => log(event === 'down' ? `queue: Redis unreachable (${detail}); waiting for it` : `queue: Redis is back (${detail})`),
  });
  const queue = new Queue<VisitTask, VisitResult>(QUEUE_NAME, { connection: conn, prefix: PREFIX });
  const events = new QueueEvents(QUEUE_NAME, { connection: conn, prefix: PREFIX });
  // The connection reports its own outages above; BullMQ repeats them per class.
  const onError = (err: Error) => {
    if (!isConnectionError(err)) log(`queue: ${err.message}`);
  };
  queue.on('error', onError);
  events.on('error', onError);
  const pending = new Map<string, Pending>();
  const stats: QueueEngineStats = { visits: 0, rawBytes: 0, encodedBytes: 0, workerVisitMs: 0, encodeMs: 0, decodeMs: 0, wallMs: 0, pickupMs: 0, deliverMs: 0, requeued: 0 };

  const settle = (taskId: string, make: () => VisitCapture): void => {
    const p = pending.get(taskId);
    if (!p) return;
    pending.delete(taskId);
    // Each caller gets its own capture: the crawl job adds warnings to the one it receives.
    for (const w of p.waiters) w.resolve(make());
  };

  const submit = (taskId: string, task: VisitTask) =>
    queue.add(opts.job.id, task, {
      jobId: taskId,
      // Kept until collected (ack below); the age bound only reclaims results nobody came back for.
      removeOnComplete: { age: RESULT_TTL_SECONDS },
      removeOnFail: { age: RESULT_TTL_SECONDS },
    });

  // A name for `hoptrace queue`, which otherwise sees only ids.
  void conn.hset(JOB_NAMES_KEY, opts.job.id, opts.job.name).catch(() => {});
  let acks: { job: Job; key: string | null }[] = [];
  const flushAcks = async () => {
    const done = acks;
    acks = [];
    await Promise.all(
      done.map(({ job, key }) => Promise.all([job.remove().catch(() => {}), key ? conn.del(key) : null, conn.hincrby(COLLECTED_KEY, opts.job.id, 1)])),
    );
  };

  /** Looks at the job and, when it has finished, collects it; a job Redis no longer has is queued again. */
  const check = async (taskId: string): Promise<void> => {
    const p = pending.get(taskId);
    if (!p || p.busy || !p.submitted) return;
    p.busy = true;
    try {
      const job = await queue.getJob(taskId);
      if (!job) {
        stats.requeued++;
        log(`queue: ${taskId} is no longer in Redis (restarted without its data?); queued again`);
        await submit(taskId, p.task);
        return;
      }
      // The job's hash says whether it finished, and how: one round trip instead of a state query.
      if (!job.finishedOn) return;
      if (job.failedReason && !job.returnvalue) {
        acks.push({ job, key: null });
        settle(taskId, () => emptyCapture('error', `queue: ${job.failedReason}`, new Date(job.timestamp).toISOString()));
      } else {
        await collect(taskId, p, job);
      }
    } finally {
      p.busy = false;
    }
  };

  const collect = async (taskId: string, p: Pending, job: Job<VisitTask, VisitResult>): Promise<void> => {
    const key = job.returnvalue?.key;
    const data = key ? await conn.getBuffer(key) : null;
    if (!data) {
      // Finished, but its capture is gone (expired, or evicted by a Redis short of memory): visit again.
      stats.requeued++;
      log(`queue: the capture of ${taskId} is missing from Redis; queued again`);
      await job.remove().catch(() => {});
      await submit(taskId, p.task);
      return;
    }
    const t0 = performance.now();
    let make: () => VisitCapture;
    try {
      let first: VisitCapture | null = decodeCapture(data, capBytes);
      // A second caller of the same visit (rare) gets a capture of its own, decoded again.
      make = () => {
        const c = first ?? decodeCapture(data, capBytes);
        first = null;
        return c;
      };
    } catch (err) {
      const message = `queue: ${(err as Error).message}`;
      make = () => emptyCapture('error', message);
    }
    const r = job.returnvalue;
    stats.visits++;
    stats.decodeMs += performance.now() - t0;
    stats.rawBytes += r?.rawBytes ?? 0;
    stats.encodedBytes += data.length;
    stats.workerVisitMs += r?.visitMs ?? 0;
    stats.encodeMs += r?.encodeMs ?? 0;
    stats.wallMs += Date.now() - p.startedAt;
    stats.pickupMs += (job.processedOn ?? job.timestamp) - job.timestamp;
    stats.deliverMs += Date.now() - (job.finishedOn ?? Date.now());
    acks.push({ job, key: key! });
    settle(taskId, make);
  };

  const onFinished = ({ jobId }: { jobId: string }) => {
    if (pending.has(jobId)) void check(jobId).catch((err) => log(`queue: ${jobId}: ${(err as Error).message}`));
  };
  events.on('completed', onFinished);
  events.on('failed', onFinished);

  let sweeping = false;
  const sweep = async () => {
    if (sweeping) return;
    sweeping = true;
    try {
      await flushAcks();
      await Promise.all([...pending.keys()].map((id) => check(id)));
    } catch (err) {
      log(`queue: ${(err as Error).message}`);
    } finally {
      sweeping = false;
    }
  };
  const timer = setInterval(() => void sweep(), opts.sweepMs ?? 2000);
  let closing: Promise<void> | null = null;

  return {
    visit(input: VisitInput): Promise<VisitCapture> {
      if (input.replay) throw new Error('a replay runs on the local engine, not on the queue');
      const taskId = input.taskId ?? `t-${randomUUID()}`;
      const task: VisitTask = {
        schema: CAPTURE_SCHEMA,
        hoptrace: HOPTRACE_VERSION,
        crawlJob: opts.job.name,
        engine: opts.engine,
        url: input.url,
        ...(input.document ? { document: { ...input.document, body: input.document.body.toString('base64') } } : {}),
        persona: input.persona,
        timeoutMs: input.timeoutMs,
        maxHops: input.maxHops,
        bodyLimit: input.bodyLimit,
        net: { hostMap: input.net.hostMap, mappedOnly: input.net.mappedOnly, allowPrivate: input.net.allowPrivate, proxy: input.net.proxy },
        capBytes,
      };
      return new Promise<VisitCapture>((resolve, reject) => {
        const existing = pending.get(taskId);
        if (existing) {
          existing.waiters.push({ resolve, reject });
          return;
        }
        const p: Pending = { task, waiters: [{ resolve, reject }], startedAt: Date.now(), busy: false, submitted: false };
        pending.set(taskId, p);
        // Registered before the add, so a completion event cannot slip past; checked after it,
        // because after a coordinator restart the job may have finished long ago.
        submit(taskId, task)
          .then(() => {
            p.submitted = true;
            return check(taskId);
          })
          .catch((err) => settle(taskId, () => emptyCapture('error', `queue: ${(err as Error).message}`)));
      });
    },
    stats: () => ({ ...stats }),
    close() {
      // Idempotent: the CLI closes on every path, a caller may have closed already.
      closing ??= (async () => {
        clearInterval(timer);
        // No capture is not an error capture: a visit still out is not stored, and `--resume` collects it.
        for (const p of pending.values()) for (const w of p.waiters) w.reject(new QueueEngineClosed());
        pending.clear();
        if (opts.isStored) {
          const finished = await queue.getJobs(['completed', 'failed']);
          for (const job of finished) {
            if (job?.name === opts.job.id && opts.isStored(job.id!)) acks.push({ job, key: job.returnvalue?.key ?? null });
          }
        }
        await flushAcks();
        const left = await queue.getJobs(['waiting', 'prioritized', 'active', 'completed', 'failed']);
        if (!left.some((j) => j?.name === opts.job.id)) await conn.multi().hdel(JOB_NAMES_KEY, opts.job.id).hdel(COLLECTED_KEY, opts.job.id).exec();
        await events.close();
        await queue.close();
        await conn.quit().catch(() => conn.disconnect());
      })();
      return closing;
    },
  };
}
