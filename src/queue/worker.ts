// The worker's side of the visit queue: takes visit jobs, visits under its own network policy
// (which a job may narrow, never widen), puts the encoded capture beside the job and completes it.
// A worker that dies mid-visit loses its job lock and BullMQ hands the visit to another worker.
import { hostname } from 'node:os';
import { Job, UnrecoverableError, WaitingError, Worker } from 'bullmq';
import type { VisitEngine } from '../engines/engine.ts';
import type { Engine, VisitCapture } from '../model.ts';
import type { NetPolicy } from '../net/policy.ts';
import { isConnectionError, openQueueConnection, parseQueueUrl } from '../net/queue-connection.ts';
import { DEFAULT_JOB_OPTIONS } from '../records/job-options.ts';
import { emptyCapture } from '../records/visit-record.ts';
import { CaptureTooLarge, encodeCapture } from './codec.ts';
import { taskLimits, taskPolicy, type WorkerLimits } from './policy.ts';
import {
  CAPTURE_SCHEMA,
  captureKey,
  HEARTBEAT_MS,
  HEARTBEAT_TTL_MS,
  HOPTRACE_VERSION,
  PREFIX,
  QUEUE_NAME,
  RESULT_TTL_SECONDS,
  workerKey,
  type VisitResult,
  type VisitTask,
  type WorkerInfo,
} from './protocol.ts';

export interface WorkerOptions {
  queueUrl: string;
  concurrency: number;
  /** The local engine that runs the visits (the caller opens and closes it). */
  engine: VisitEngine;
  engineName: Engine;
  /** This worker's own network policy: the ceiling for every job. */
  net: NetPolicy;
  /**
   * This worker's ceilings for a visit's timeout and body limit (its --timeout and --body-limit;
   * default the crawl defaults): a job asking for more is visited with these, and the capture says so.
   */
  limits?: WorkerLimits;
  /** Shown in logs, in `hoptrace queue` and as the jobs' processedBy (default host-pid). */
  name?: string;
  /**
   * How long a job stays locked without a renewal from this worker. A worker that died is
   * noticed, and its visits handed to another, within about twice this.
   */
  lockDurationMs?: number;
  /** One line per visit and per event. */
  log?: (line: string) => void;
  /** The version and schema this worker answers for (tests start a mismatched worker). */
  identity?: { hoptrace: string; schema: number };
}

export interface RunningWorker {
  id: string;
  /**
   * Stops taking visits. Without handBack the visits in flight finish and are delivered; with it
   * (or when called a second time) they are put back in the queue for another worker at once.
   */
  stop(opts?: { handBack?: boolean }): Promise<void>;
}

const HANDED_BACK = Symbol('handed back');

export async function runWorker(opts: WorkerOptions): Promise<RunningWorker> {
  const addr = parseQueueUrl(opts.queueUrl);
  const log = opts.log ?? (() => {});
  const id = opts.name ?? `${hostname()}-${process.pid}`;
  const identity = opts.identity ?? { hoptrace: HOPTRACE_VERSION, schema: CAPTURE_SCHEMA };
  const lockDuration = opts.lockDurationMs ?? 30_000;
  const maxLimits: WorkerLimits = opts.limits ?? { timeoutMs: DEFAULT_JOB_OPTIONS.timeoutMs, bodyLimit: DEFAULT_JOB_OPTIONS.bodyLimit };
  const conn = openQueueConnection(addr, {
    name: `hoptrace:worker:${id}`,
    onStatus: (event, detail) => log(event === 'down' ? `Redis unreachable (${detail}); waiting for it` : `Redis is back (${detail})`),
  });
  const info: WorkerInfo = {
    id,
    host: hostname(),
    pid: process.pid,
    hoptrace: identity.hoptrace,
    schema: identity.schema,
    engine: opts.engineName,
    concurrency: opts.concurrency,
    startedAt: new Date().toISOString(),
    lastSeen: new Date().toISOString(),
    active: 0,
    done: 0,
    failed: 0,
  };
  // The heartbeat key `hoptrace queue` lists: refreshed every few seconds and after each visit.
  const beat = async () => {
    info.lastSeen = new Date().toISOString();
    const key = workerKey(id);
    await conn.multi().set(key, JSON.stringify(info)).pexpire(key, HEARTBEAT_TTL_MS).exec();
  };
  const unconfirmed = new Map<string, NodeJS.Timeout>();
  let handBack!: () => void;
  const handedBack = new Promise<typeof HANDED_BACK>((resolve) => (handBack = () => resolve(HANDED_BACK)));

  const visit = async (task: VisitTask): Promise<VisitCapture> => {
    const policy = taskPolicy(opts.net, task.net);
    if ('refused' in policy) return emptyCapture('refused', policy.refused);
    const limits = taskLimits(maxLimits, task);
    const capture = await opts.engine.visit({
      url: task.url,
      persona: task.persona,
      timeoutMs: limits.timeoutMs,
      maxHops: task.maxHops,
      bodyLimit: limits.bodyLimit,
      net: policy.net,
      ...(task.document ? { document: { ...task.document, body: Buffer.from(task.document.body, 'base64') } } : {}),
    });
    if (limits.warnings.length) capture.warnings = [...limits.warnings, ...capture.warnings];
    return capture;
  };

  const processor = async (job: Job<VisitTask, VisitResult>, token?: string): Promise<VisitResult> => {
    const task = job.data;
    const taskId = job.id!;
    if (task.schema !== identity.schema || task.hoptrace !== identity.hoptrace) {
      const why =
        `worker ${id} runs hoptrace ${identity.hoptrace} (capture schema ${identity.schema}) but the visit was queued by ` +
        `hoptrace ${task.hoptrace} (schema ${task.schema}); run workers of the coordinator's version`;
      info.failed++;
      log(`${taskId} refused: ${why}`);
      throw new UnrecoverableError(why);
    }
    if (task.engine !== opts.engineName) {
      const why = `worker ${id} runs the ${opts.engineName} engine but the crawl job visits with the ${task.engine} engine; run workers with --engine ${task.engine}`;
      info.failed++;
      log(`${taskId} refused: ${why}`);
      throw new UnrecoverableError(why);
    }
    const t0 = Date.now();
    info.active++;
    try {
      const capture = await Promise.race([visit(task), handedBack]);
      if (capture === HANDED_BACK) {
        await job.moveToWait(token);
        log(`${taskId} handed back to the queue ${task.url}`);
        throw new WaitingError();
      }
      const visitMs = Date.now() - t0;
      const e0 = performance.now();
      let encoded;
      try {
        encoded = encodeCapture(capture, task.capBytes);
      } catch (err) {
        if (err instanceof CaptureTooLarge) throw new UnrecoverableError(err.message);
        throw err;
      }
      const encodeMs = performance.now() - e0;
      const key = captureKey(taskId, token!);
      await conn.set(key, encoded.data, 'EX', RESULT_TTL_SECONDS);
      unconfirmed.set(key, setTimeout(() => void reclaim(taskId, key).catch(() => {}), lockDuration));
      info.done++;
      log(`${taskId} ${capture.outcome} ${visitMs}ms ${(encoded.data.length / 1024).toFixed(0)}kB ${task.url}`);
      return { worker: id, key, rawBytes: encoded.rawBytes, encodedBytes: encoded.data.length, visitMs, encodeMs };
    } catch (err) {
      if (!(err instanceof WaitingError)) {
        info.failed++;
        log(`${taskId} error ${Date.now() - t0}ms ${task.url}: ${(err as Error).message}`);
      }
      throw err;
    } finally {
      info.active--;
      void beat().catch(() => {});
    }
  };

  const worker = new Worker<VisitTask, VisitResult>(QUEUE_NAME, processor, {
    connection: conn,
    prefix: PREFIX,
    name: id,
    concurrency: opts.concurrency,
    lockDuration,
    stalledInterval: lockDuration,
    // A visit whose worker dies twice in a row fails instead of killing workers one by one.
    maxStalledCount: 2,
  });
  // Outages are logged once by the connection; BullMQ repeats them for every command it retries.
  worker.on('error', (err) => {
    if (!isConnectionError(err)) log(`queue: ${err.message}`);
  });
  // A job whose lock lapsed (its worker died, froze, or was starved of CPU past the lock) goes back
  // to the queue and is visited again: one line, so every repeated fetch of a URL has its reason.
  worker.on('stalled', (jobId) => log(`${jobId} stalled: its worker stopped renewing the lock; back in the queue to be visited again`));
  // A capture written by a delivery that did not complete (the job went to another worker while
  // this one was frozen or cut off) would wait a week for nobody: it is deleted once the job
  // turns out to hold another capture, or none.
  worker.on('completed', (_job, result) => {
    clearTimeout(unconfirmed.get(result.key));
    unconfirmed.delete(result.key);
  });
  async function reclaim(taskId: string, key: string): Promise<void> {
    unconfirmed.delete(key);
    const job = await Job.fromId<VisitTask, VisitResult>(worker, taskId);
    if (job?.returnvalue?.key !== key) {
      await conn.del(key);
      log(`${taskId} delivered by another worker; this worker's capture discarded`);
    }
  }

  await beat();
  const heartbeat = setInterval(() => void beat().catch(() => {}), HEARTBEAT_MS);
  log(`worker ${id}: hoptrace ${identity.hoptrace}, ${opts.engineName} engine, concurrency ${opts.concurrency}, queue ${addr.display}`);

  let stopping: Promise<void> | null = null;
  return {
    id,
    stop(stopOpts = {}) {
      if (stopOpts.handBack || stopping) {
        if (info.active) log(`handing ${info.active} visit(s) back to the queue`);
        handBack();
      }
      stopping ??= (async () => {
        if (!stopOpts.handBack && info.active) log(`stopping: finishing ${info.active} visit(s) in flight (signal again to hand them back)`);
        await worker.close();
        clearInterval(heartbeat);
        for (const t of unconfirmed.values()) clearTimeout(t);
        await conn.del(workerKey(id)).catch(() => {});
        await conn.quit().catch(() => conn.disconnect());
        log(`worker ${id} stopped: ${info.done} visits done, ${info.failed} failed`);
      })();
      return stopping;
    },
  };
}
