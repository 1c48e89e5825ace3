// What the coordinator and the workers agree on: the queue's name and keys, the task a visit job
// carries, the small result a finished job returns, and the versions both sides must share.
import { readFileSync } from 'node:fs';
import type { Engine, Persona } from '../model.ts';
import type { NetPolicy } from '../net/policy.ts';

/** The hoptrace version of this checkout (package.json), carried by every task. */
export const HOPTRACE_VERSION: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

/**
 * The shape of an encoded capture and of a task. Bump it whenever VisitCapture, the task or the
 * encoding changes: a worker on another schema answers with an error instead of a capture the
 * coordinator would misread.
 */
export const CAPTURE_SCHEMA = 2;

/** BullMQ key prefix and queue name: every key hoptrace puts in Redis starts with `hoptrace:`. */
export const PREFIX = 'hoptrace';
export const QUEUE_NAME = 'visits';

/**
 * Bytes one capture may carry before compression (records, bodies, screenshots, downloads).
 * Bounds the memory of a worker, of Redis and of the coordinator per visit in flight.
 */
export const DEFAULT_CAPTURE_CAP = 64 * 1024 * 1024;

/**
 * How long a capture and its finished job wait in Redis for a coordinator to collect them.
 * A crawl not resumed within a week re-visits what it had not collected.
 */
export const RESULT_TTL_SECONDS = 7 * 24 * 3600;

/** A worker's heartbeat key lives this long past its last beat; `hoptrace queue` lists live ones. */
export const HEARTBEAT_MS = 5000;
export const HEARTBEAT_TTL_MS = 3 * HEARTBEAT_MS;

/**
 * One key per delivery (the job lock's token): a worker that lost its job to another and finishes
 * anyway writes beside the capture that counts, never over it, and can delete its own safely.
 */
export const captureKey = (taskId: string, token: string) => `${PREFIX}:${QUEUE_NAME}:capture:${taskId}:${token}`;
export const workerKey = (workerId: string) => `${PREFIX}:workers:${workerId}`;
export const WORKER_KEYS = `${PREFIX}:workers:*`;
/** Hashes by crawl job id: captures its coordinator collected, and its name (for `hoptrace queue`). */
export const COLLECTED_KEY = `${PREFIX}:${QUEUE_NAME}:collected`;
export const JOB_NAMES_KEY = `${PREFIX}:${QUEUE_NAME}:job-names`;

/** A visit job's data: everything a worker needs, and what it must agree with. */
export interface VisitTask {
  schema: number;
  hoptrace: string;
  /** The crawl job's name, for the worker's log. */
  crawlJob: string;
  /** The engine the crawl job runs on: a worker on another one refuses the visit. */
  engine: Engine;
  url: string;
  persona: Persona;
  timeoutMs: number;
  maxHops: number;
  bodyLimit: number;
  /** The attachment the visit opens (its bytes base64), answered by the worker's engine. */
  document?: { url: string; mime: string; body: string };
  /** The coordinator's policy; the worker narrows its own with it, never widens. */
  net: Omit<NetPolicy, 'resolver'>;
  capBytes: number;
}

/** A finished job's return value: where the capture is and what it cost (the capture itself is not in it). */
export interface VisitResult {
  worker: string;
  /** The Redis key holding the encoded capture. */
  key: string;
  /** Capture bytes before and after compression. */
  rawBytes: number;
  encodedBytes: number;
  visitMs: number;
  encodeMs: number;
}

/** What a worker registers under its heartbeat key. */
export interface WorkerInfo {
  id: string;
  host: string;
  pid: number;
  hoptrace: string;
  schema: number;
  engine: string;
  concurrency: number;
  startedAt: string;
  lastSeen: string;
  active: number;
  done: number;
  failed: number;
}
