// The visit queue's cost: the same browser visits of the 4-hop chain (a) in-process, (b) through
// Redis to one worker, (c) to two workers (each its own process and Chromium), all on loopback.
// Per visit: the coordinator's wall time against the worker's own visit time (the difference is
// the queue's overhead: Redis round trips, waiting for the next job, capture transfer, encode and
// decode), Redis commands, capture bytes, and the CPU and memory of a worker for SCALING.md.
// Prints a table, then the figures as JSON on the last line.  Usage: tsx scripts/bench-queue.ts [--quick]
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PQueue from 'p-queue';
import { loadRules } from '../src/classify/rules.ts';
import { createBrowserEngine } from '../src/engines/browser/engine.ts';
import type { VisitEngine } from '../src/engines/engine.ts';
import { findChromium } from '../src/engines/browser/launch.ts';
import { DEFAULT_JOB_OPTIONS } from '../src/records/job-options.ts';
import { runVisitStage, type StageContext } from '../src/jobs/visit-stage.ts';
import type { NetPolicy } from '../src/net/policy.ts';
import { getPersona } from '../src/personas.ts';
import { openQueueEngine, type QueueEngine } from '../src/queue/engine.ts';
import { newId, TraceStore } from '../src/store/store.ts';
import { startRedis } from '../test/fixtures/redis.ts';
import { startFixtureServer } from '../test/fixtures/server.ts';
import { chain } from './bench-chain.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const VISITS = quick ? 12 : 48;
const PER_WORKER = 4;
const policy: NetPolicy = { hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: true, allowPrivate: false, proxy: null };
const persona = getPersona('desktop-ja');
const rules = loadRules();
const TICK = 100; // USER_HZ: /proc times are in 1/100 s on Linux

const server = await startFixtureServer();
const { start } = chain(server, 'q');
const redis = await startRedis();

/** CPU seconds and RSS of a process and all its live descendants (the worker and its Chromium). */
function treeUsage(pid: number): { cpuS: number; rssMb: number } {
  const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' });
  const procs = out.trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [p, pp] of procs) if (tree.has(pp) && !tree.has(p)) (tree.add(p), (grew = true));
  }
  let cpuS = 0;
  let rssMb = 0;
  for (const [p, , rss] of procs) {
    if (!tree.has(p)) continue;
    try {
      // Fields after the command: utime stime cutime cstime are 14-17; reaped children (closed renderers) sit in cutime.
      const f = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ').map(Number);
      cpuS += (f[11]! + f[12]! + f[13]! + f[14]!) / TICK;
      rssMb += rss / 1024;
    } catch {
      /* exited meanwhile */
    }
  }
  return { cpuS, rssMb };
}

function redisInfo(): Record<string, number> {
  const out = execFileSync('redis-cli', ['-p', String(redis.port), 'INFO'], { encoding: 'utf8' });
  return Object.fromEntries(out.split(/\r?\n/).filter((l) => l.includes(':')).map((l) => [l.split(':')[0]!, Number(l.split(':')[1])]));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** n visits through `engine`, each through the crawl's visit stage (classified and stored). */
async function run(engine: VisitEngine, concurrency: number, n = VISITS) {
  const store = TraceStore.open(':memory:');
  const job = store.createJob('bench', DEFAULT_JOB_OPTIONS);
  const ctx: StageContext = { store, engine, engineName: 'browser', rules, input: { timeoutMs: 30_000, maxHops: 20, bodyLimit: 1 << 20, net: policy } };
  const q = new PQueue({ concurrency });
  const walls: number[] = [];
  let incomplete = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: n }, () =>
      q.add(async () => {
        const s = performance.now();
        const task = { id: newId('v-'), jobId: job.id, linkId: null, url: start, persona, replayOf: null, decoy: false, purpose: 'primary' as const, attempt: 1, retryOf: null };
        const visit = await runVisitStage(task, ctx);
        walls.push(performance.now() - s);
        if (visit.outcome !== 'ok' || visit.incomplete) incomplete++;
      }),
    ),
  );
  const wallMs = performance.now() - t0;
  store.close();
  return { perMinute: (n / wallMs) * 60_000, medianVisitMs: median(walls), incomplete };
}

function startWorkerProc(name: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [join(root, 'bin', 'hoptrace.js'), 'worker', '--queue', redis.url, '--engine', 'browser', '--concurrency', String(PER_WORKER), '--host-map', '*.test=127.0.0.1', '--mapped-only', '--name', name],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d) => {
      err += d;
      if (/concurrency \d+, queue/.test(err)) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}: ${err}`)));
  });
}

async function distributed(workers: number) {
  const procs = await Promise.all(Array.from({ length: workers }, (_, i) => startWorkerProc(`bench-w${i + 1}`)));
  const engine: QueueEngine = openQueueEngine(redis.url, { job: { id: newId('j-'), name: `bench-${workers}w` }, engine: 'browser' });
  // One visit per worker first, so Chromium's launch is not inside the figures (as in (a)).
  await run(engine, workers * PER_WORKER, workers * PER_WORKER);
  const before = { stats: engine.stats(), redis: redisInfo(), cpu: procs.map((p) => treeUsage(p.pid!).cpuS), coordCpu: process.cpuUsage() };
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, ...procs.map((p) => treeUsage(p.pid!).rssMb))), 500);
  const r = await run(engine, workers * PER_WORKER);
  clearInterval(sampler);
  const after = engine.stats();
  const info = redisInfo();
  const n = after.visits - before.stats.visits;
  const d = (k: keyof typeof after) => (after[k] - before.stats[k]) / n;
  const workerCpuS = procs.reduce((s, p, i) => s + treeUsage(p.pid!).cpuS - before.cpu[i]!, 0);
  const coord = process.cpuUsage(before.coordCpu);
  await engine.close();
  for (const p of procs) p.kill('SIGTERM');
  await Promise.all(procs.map((p) => new Promise((res) => p.once('exit', res))));
  const overheadMs = d('wallMs') - d('workerVisitMs');
  return {
    ...r,
    visits: n,
    workerVisitMs: d('workerVisitMs'),
    coordinatorWallMs: d('wallMs'),
    overheadMs,
    overheadShare: overheadMs / d('workerVisitMs'),
    pickupMs: d('pickupMs'),
    deliverMs: d('deliverMs'),
    encodeMs: d('encodeMs'),
    decodeMs: d('decodeMs'),
    rawBytes: d('rawBytes'),
    encodedBytes: d('encodedBytes'),
    redisCommandsPerVisit: (info.total_commands_processed! - before.redis.total_commands_processed!) / n,
    redisCpuMsPerVisit: ((info.used_cpu_sys! + info.used_cpu_user! - before.redis.used_cpu_sys! - before.redis.used_cpu_user!) * 1000) / n,
    redisPeakMemoryMb: info.used_memory_peak! / 1048576,
    workerCpuMsPerVisit: (workerCpuS * 1000) / n,
    coordinatorCpuMsPerVisit: (coord.user + coord.system) / 1000 / n,
    workerPeakRssMb: peakRss,
  };
}

try {
  const local = createBrowserEngine({ executablePath: findChromium() });
  await run(local, PER_WORKER, PER_WORKER);
  const a = await run(local, PER_WORKER);
  await local.close();
  const b = await distributed(1);
  const c = await distributed(2);
  const rows = [
    { figure: `queue: ${VISITS} browser visits in-process, c=${PER_WORKER} (visits/min, median ms)`, hoptrace: `${a.perMinute.toFixed(0)} (${a.medianVisitMs.toFixed(0)})`, baseline: '', ratio: '' },
    ...[b, c].map((x, i) => ({
      figure: `queue: coordinator + ${i + 1} worker(s) ×${PER_WORKER} (visits/min; overhead ms/visit, share of the visit; of it pickup/deliver ms)`,
      hoptrace: `${x.perMinute.toFixed(0)}; ${x.overheadMs.toFixed(0)} ms, ${(x.overheadShare * 100).toFixed(1)}%; ${x.pickupMs.toFixed(0)}/${x.deliverMs.toFixed(0)}`,
      baseline: `${a.perMinute.toFixed(0)} in-process; goal ≤10%`,
      ratio: (x.perMinute / a.perMinute).toFixed(2),
    })),
    {
      figure: 'queue: capture bytes raw/encoded; encode/decode ms; Redis commands per visit',
      hoptrace: `${(b.rawBytes / 1024).toFixed(0)}/${(b.encodedBytes / 1024).toFixed(0)} kB; ${b.encodeMs.toFixed(1)}/${b.decodeMs.toFixed(1)} ms; ${b.redisCommandsPerVisit.toFixed(0)}`,
      baseline: '',
      ratio: '',
    },
    {
      figure: 'queue: per visit CPU ms worker(+Chromium) / coordinator / Redis; worker peak RSS MB',
      hoptrace: `${b.workerCpuMsPerVisit.toFixed(0)} / ${b.coordinatorCpuMsPerVisit.toFixed(0)} / ${b.redisCpuMsPerVisit.toFixed(1)}; ${b.workerPeakRssMb.toFixed(0)}`,
      baseline: '',
      ratio: '',
    },
  ];
  for (const r of rows) console.log(`${r.figure}: ${r.hoptrace}${r.baseline ? ` (${r.baseline})` : ''}`);
  console.log(JSON.stringify({ inProcess: a, oneWorker: b, twoWorkers: c, rows }));
} finally {
  await redis.stop();
  await server.close();
}
