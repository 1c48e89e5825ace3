// The network policy a worker visits under. The worker's own flags are the ceiling: a task may
// narrow them (mapped-only, no private addresses) but whatever it asks beyond them refuses the
// visit with the reason, so a coordinator can never point a worker somewhere its operator did not allow.
import { normalizeHost } from '../net/hostmap.ts';
import type { HostMapEntry, NetPolicy } from '../net/policy.ts';
import type { VisitTask } from './protocol.ts';

const entry = (e: HostMapEntry) => `${normalizeHost(e.pattern)}=${normalizeHost(e.ip)}`;

/**
 * The policy for one task on this worker, or the reason it is refused. The worker's host map
 * applies as it is (order included: the first match wins), so every entry of the task must be
 * one of the worker's; a task cannot add or re-point a mapping.
 */
export function taskPolicy(worker: NetPolicy, task: VisitTask['net']): { net: NetPolicy } | { refused: string } {
  const allowed = new Set(worker.hostMap.map(entry));
  const extra = task.hostMap.filter((e) => !allowed.has(entry(e)));
  if (extra.length) {
    return { refused: `the job's host map ${extra.map(entry).join(', ')} is not in this worker's --host-map (a job narrows the worker's network policy, never widens it)` };
  }
  if (task.allowPrivate && !worker.allowPrivate) {
    return { refused: "the job allows private addresses but this worker was not started with --allow-private (a job narrows the worker's network policy, never widens it)" };
  }
  if (task.proxy && task.proxy !== worker.proxy) {
    // Neither proxy URL goes into the message: either may carry credentials, and it is stored with the visit.
    return { refused: "the job's --proxy is not this worker's --proxy (a worker sends its egress only where its operator chose)" };
  }
  return {
    net: {
      hostMap: worker.hostMap,
      mappedOnly: worker.mappedOnly || task.mappedOnly,
      allowPrivate: worker.allowPrivate && task.allowPrivate,
      proxy: worker.proxy,
      resolver: worker.resolver,
    },
  };
}

/** The most a job may ask of this worker per visit: its own `--timeout` and `--body-limit`. */
export interface WorkerLimits {
  timeoutMs: number;
  bodyLimit: number;
}

/**
 * A task's visit timeout and body limit under this worker's ceilings: a job may ask for less
 * (it narrows), never more. What was lowered is said in `warnings`, which go into the capture, so
 * the coordinator's store shows that a visit ran on a tighter budget than its job asked for.
 */
export function taskLimits(worker: WorkerLimits, task: Pick<VisitTask, 'timeoutMs' | 'bodyLimit'>): WorkerLimits & { warnings: string[] } {
  const warnings: string[] = [];
  const clamp = (asked: number, max: number, flag: string, unit: string) => {
    if (Number.isFinite(asked) && asked > 0 && asked <= max) return asked;
    warnings.push(`the job's ${flag} ${asked} ${unit} exceeds this worker's ${flag} ${max} ${unit}: visited with ${max} ${unit} (a job narrows the worker's limits, never widens them)`);
    return max;
  };
  return {
    timeoutMs: clamp(task.timeoutMs, worker.timeoutMs, '--timeout', 'ms'),
    bodyLimit: clamp(task.bodyLimit, worker.bodyLimit, '--body-limit', 'bytes'),
    warnings,
  };
}
