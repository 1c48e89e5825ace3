// The distributed crawl under faults, with real processes and a real redis-server on loopback:
// workers (`hoptrace worker`, HTTP engine), a coordinator that stores every visit under its
// taskId, and the fixture server counting every hit.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadRules } from '../../src/classify/rules.ts';
import { DEFAULT_JOB_OPTIONS } from '../../src/job-options.ts';
import { recordCapture } from '../../src/jobs/visit-stage.ts';
import { getPersona } from '../../src/personas.ts';
import { openQueueEngine, QueueEngineClosed } from '../../src/queue/engine.ts';
import { CAPTURE_SCHEMA, HOPTRACE_VERSION } from '../../src/queue/protocol.ts';
import { TraceStore } from '../../src/store/store.ts';
import { BIN, hoptrace } from '../fixtures/cli.ts';
import { killAll, ready, startCoordinator, startScript, startWorker, until } from '../fixtures/queue-procs.ts';
import { startRedis, type RedisServer } from '../fixtures/redis.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

let server: FixtureServer;
let redis: RedisServer;
const LOOPBACK_NET = { hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: true, allowPrivate: false, proxy: null };
const dir = mkdtempSync(join(tmpdir(), 'hoptrace-queue-'));

beforeAll(async () => {
  server = await startFixtureServer();
  // /p?ms=N answers after N ms, so a test can act while visits are in flight.
  server.route('slow.test', '/p', (_req, res, { url }) => {
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<title>page ${url.searchParams.get('i')}</title><p>${'x'.repeat(Number(url.searchParams.get('kb') ?? 1) * 1024)}</p>`);
    }, Number(url.searchParams.get('ms') ?? 0));
  });
});
beforeEach(async () => {
  redis = await startRedis();
});
afterEach(async () => {
  await killAll();
  await redis.stop();
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** n URLs of the slow page; ms is each page's delay (a function of its index to stagger them). */
const urls = (job: string, n: number, ms: number | ((i: number) => number), kb = 1) =>
  Array.from({ length: n }, (_, i) => server.url('slow.test', `/p?job=${job}&i=${i}&ms=${typeof ms === 'number' ? ms : ms(i)}&kb=${kb}`));
const hits = (url: string) => server.hits.filter((h) => h.path === new URL(url).pathname + new URL(url).search).length;
type Row = { id: string; url: string; outcome: string; error: string | null };
/** The stored visits; none while the coordinator has not created the database yet. */
const rows = (db: string): Row[] => {
  let conn: Database.Database | undefined;
  try {
    conn = new Database(db, { readonly: true });
    return conn.prepare('SELECT id, url, outcome, error FROM visits ORDER BY url').all() as Row[];
  } catch {
    return [];
  } finally {
    conn?.close();
  }
};
const stored = (db: string) => rows(db).length;
/** Every URL of the list stored exactly once, each visit ok. */
const expectEachStoredOnce = (db: string, list: string[]) =>
  expect(rows(db).map((r) => [r.url, r.outcome]).sort()).toEqual(list.map((u) => [u, 'ok']).sort());
const redisKeys = (pattern: string) =>
  execFileSync('redis-cli', ['-p', String(redis.port), '--scan', '--pattern', pattern], { encoding: 'utf8' }).split('\n').filter(Boolean);

describe('crawl over the queue', () => {
  it('spreads the visits over two workers, stores each once, and leaves nothing in Redis', async () => {
    const db = join(dir, 'basic.sqlite');
    const w1 = startWorker(redis.url, 'w1');
    const w2 = startWorker(redis.url, 'w2');
    await Promise.all([ready(w1), ready(w2)]);
    const list = urls('basic', 16, 1000);
    const coordinator = startCoordinator(db, redis.url, 'basic', list);
    await until('two visits stored', () => stored(db) >= 2);
    const status = await hoptrace(['queue', '--queue', redis.url, '--json']);
    expect(status.code).toBe(0);
    const s = JSON.parse(status.stdout);
    expect(s.workers.map((w: { id: string }) => w.id)).toEqual(['w1', 'w2']);
    expect(s.workers[0]).toMatchObject({ engine: 'http', concurrency: 4, pid: w1.child.pid });
    expect(s.jobs.map((j: { name: string }) => j.name)).toEqual(['basic']);
    // The table for people (its job rows come and go with the crawl; the workers stay).
    const table = (await hoptrace(['queue', '--queue', redis.url])).stdout;
    expect(table).toMatch(/^queue redis:\/\/127\.0\.0\.1:\d+: \d+ waiting, \d+ active, \d+ completed, 0 failed/);
    expect(table).toMatch(/^w1 +\S+ +\d+ +0\.1\.0\/s\d+ +http +4 +\d+ +\d+ +0 /m);
    expect(table).toMatch(/^w2 +/m);
    expect(await coordinator.exited).toBe(0);

    expectEachStoredOnce(db, list);
    for (const u of list) expect(hits(u)).toBe(1);
    // Both workers took visits, and each logged one line per visit.
    const lines = (out: string) => out.split('\n').filter((l) => / ok \d+ms \d+kB http/.test(l)).length;
    expect(lines(w1.output())).toBeGreaterThan(0);
    expect(lines(w2.output())).toBeGreaterThan(0);
    expect(lines(w1.output()) + lines(w2.output())).toBe(16);
    const after = JSON.parse((await hoptrace(['queue', '--queue', redis.url, '--json'])).stdout);
    expect(after.totals).toEqual({ waiting: 0, active: 0, completed: 0, failed: 0 });
    expect(after.workers.map((w: { done: number }) => w.done).reduce((a: number, b: number) => a + b)).toBe(16);
    // The finished crawl leaves no trace in the queue.
    expect(after.jobs).toEqual([]);
    expect(redisKeys('hoptrace:visits:capture:*')).toEqual([]);
  });

  it('a worker killed with SIGKILL mid-visit: the visit goes to another worker and is stored once', async () => {
    const db = join(dir, 'worker-kill.sqlite');
    const victim = startWorker(redis.url, 'victim');
    await ready(victim);
    const list = urls('wkill', 4, 1500);
    const coordinator = startCoordinator(db, redis.url, 'wkill', list, { concurrency: 4 });
    await until('the victim visiting', () => list.some((u) => hits(u) === 1));
    const inFlight = list.filter((u) => hits(u) === 1);
    victim.signal('SIGKILL');
    await victim.exited;
    const rescuer = startWorker(redis.url, 'rescuer');
    expect(await coordinator.exited).toBe(0);

    expectEachStoredOnce(db, list);
    // Visited by the victim, then again by the rescuer: delivered again, stored once.
    for (const u of inFlight) expect(hits(u)).toBe(2);
    expect(rescuer.output()).toMatch(/ ok \d+ms/);
  });

  it('the coordinator killed with SIGKILL: resume collects what finished meanwhile and visits nothing twice', async () => {
    const db = join(dir, 'coordinator-kill.sqlite');
    const w1 = startWorker(redis.url, 'w1');
    const w2 = startWorker(redis.url, 'w2');
    await Promise.all([ready(w1), ready(w2)]);
    // Staggered, so that visits are always in flight when the coordinator dies.
    const list = urls('ckill', 12, (i) => 400 + (i % 4) * 300);
    const first = startCoordinator(db, redis.url, 'ckill', list, { concurrency: 4 });
    await until('three visits stored and others in flight', () => {
      const done = new Set(rows(db).map((r) => r.url));
      return done.size >= 3 && list.some((u) => hits(u) === 1 && !done.has(u));
    });
    first.signal('SIGKILL');
    await first.exited;
    const storedBefore = rows(db);
    expect(storedBefore.length).toBeLessThan(12);
    // The workers finish what the dead coordinator had queued; the captures wait in Redis.
    let status: { totals: Record<string, number> } = { totals: {} };
    await until('the queued visits finished', () => {
      status = JSON.parse(execFileSync(process.execPath, [BIN, 'queue', '--queue', redis.url, '--json'], { encoding: 'utf8' }));
      return status.totals.waiting === 0 && status.totals.active === 0;
    });
    expect(status.totals.completed, JSON.stringify(status) + w1.output() + w2.output()).toBeGreaterThan(0);

    const resumed = startCoordinator(db, redis.url, 'ckill', list, { concurrency: 4, resume: true });
    expect(await resumed.exited).toBe(0);
    expectEachStoredOnce(db, list);
    // Every link was visited exactly once across both coordinators.
    for (const u of list) expect(hits(u)).toBe(1);
    expect(redisKeys('hoptrace:visits:capture:*')).toEqual([]);
  });

  it('Redis restarted mid-job (its data lost): workers and coordinator reconnect and the job finishes', async () => {
    const db = join(dir, 'redis-restart.sqlite');
    const w1 = startWorker(redis.url, 'w1');
    await ready(w1);
    const list = urls('restart', 10, 400);
    const coordinator = startCoordinator(db, redis.url, 'restart', list, { concurrency: 2 });
    await until('three visits stored', () => stored(db) >= 3);
    await redis.kill();
    await new Promise((r) => setTimeout(r, 1000));
    await redis.start();
    expect(await coordinator.exited).toBe(0);
    expectEachStoredOnce(db, list);
    expect(w1.output()).toMatch(/Redis unreachable .*\n(.*\n)*.*Redis is back/);
    expect(coordinator.output()).toMatch(/Redis unreachable/);
    // The worker is still taking visits after the restart.
    expect(w1.output().split('Redis is back')[1]).toMatch(/ ok \d+ms/);
  });

  it('the same visit delivered twice (a frozen worker wakes up after its job went elsewhere): stored once', async () => {
    const db = join(dir, 'twice.sqlite');
    const frozen = startWorker(redis.url, 'frozen');
    await ready(frozen);
    const [url] = urls('twice', 1, 1000);
    const coordinator = startCoordinator(db, redis.url, 'twice', [url!]);
    await until('the first delivery visiting', () => hits(url!) === 1);
    frozen.signal('SIGSTOP');
    const other = startWorker(redis.url, 'other');
    await until('the second delivery visiting', () => hits(url!) === 2);
    frozen.signal('SIGCONT');
    expect(await coordinator.exited).toBe(0);
    expect(rows(db)).toHaveLength(1);
    expect(rows(db)[0]!.outcome).toBe('ok');
    expect(other.output()).toMatch(/ ok \d+ms/);
    // The woken worker's late capture is not left behind in Redis.
    await until('the late capture reclaimed', () => /delivered by another worker/.test(frozen.output()), 15_000);
    expect(redisKeys('hoptrace:visits:capture:*')).toEqual([]);
  });

  it('one visit asked for twice at once is one job, one hit and one stored visit', async () => {
    const w1 = startWorker(redis.url, 'w1');
    await ready(w1);
    const engine = openQueueEngine(redis.url, { job: { id: 'j-dup', name: 'dup' }, engine: 'http', sweepMs: 200 });
    try {
      const [url] = urls('dup', 1, 300);
      const input = { url: url!, persona: getPersona('desktop-ja'), timeoutMs: 10_000, maxHops: 5, bodyLimit: 1 << 20, net: LOOPBACK_NET, taskId: 'v-dup-1' };
      const [a, b] = await Promise.all([engine.visit(input), engine.visit(input)]);
      expect(hits(url!)).toBe(1);
      expect([a.outcome, b.outcome]).toEqual(['ok', 'ok']);
      expect(a).not.toBe(b);
      expect(b.hops).toEqual(a.hops);
      // Both captures through the visit stage: the visit id is the taskId, stored once.
      const store = TraceStore.open(join(dir, 'dup.sqlite'));
      const job = store.createJob('dup', DEFAULT_JOB_OPTIONS);
      const task = { id: input.taskId, jobId: job.id, linkId: null, url: url!, persona: input.persona, replayOf: null, decoy: false, purpose: 'primary' as const, attempt: 1, retryOf: null };
      for (const capture of [a, b]) recordCapture(task, capture, { store, engineName: 'http', rules: loadRules() });
      expect(store.listVisits(job.id).map((v) => v.id)).toEqual([input.taskId]);
      store.close();

      // Closed while a visit is out: no capture (not an error capture), and the job stays for --resume.
      const [slow] = urls('dup-late', 1, 2000);
      const late = engine.visit({ ...input, url: slow!, taskId: 'v-late-1' });
      await until('the late visit in flight', () => hits(slow!) === 1);
      const rejected = expect(late).rejects.toThrow(QueueEngineClosed);
      await engine.close();
      await rejected;
      expect(redisKeys('hoptrace:visits:v-late-1')).toEqual(['hoptrace:visits:v-late-1']);
    } finally {
      await engine.close();
    }
  });

  it('a capture over the cap is an error on that visit; the job goes on', async () => {
    const db = join(dir, 'cap.sqlite');
    const w1 = startWorker(redis.url, 'w1');
    await ready(w1);
    const [small] = urls('cap', 1, 0, 1);
    const [big] = urls('cap-big', 1, 0, 400);
    const coordinator = startCoordinator(db, redis.url, 'cap', [small!, big!], { capBytes: 200 * 1024 });
    expect(await coordinator.exited).toBe(0);
    const byUrl = new Map(rows(db).map((r) => [r.url, r]));
    expect(byUrl.get(small!)!.outcome).toBe('ok');
    expect(byUrl.get(big!)).toMatchObject({ outcome: 'error', error: expect.stringMatching(/^queue: capture of 0\.\d MB .* is over the 0\.2 MB cap per capture; not transferred$/) });
  });

  it('a worker of another version or schema answers each visit with a clear error; the job goes on', async () => {
    const db = join(dir, 'version.sqlite');
    const old = startScript(fileURLToPath(new URL('../fixtures/queue-worker-at.ts', import.meta.url)), [redis.url, '0.0.9', String(CAPTURE_SCHEMA + 1)]);
    await ready(old);
    const list = urls('version', 2, 0);
    const coordinator = startCoordinator(db, redis.url, 'version', list);
    expect(await coordinator.exited).toBe(0);
    const visits = rows(db);
    expect(visits.map((v) => v.outcome)).toEqual(['error', 'error']);
    expect(visits[0]!.error).toBe(
      `queue: worker old-0.0.9 runs hoptrace 0.0.9 (capture schema ${CAPTURE_SCHEMA + 1}) but the visit was queued by hoptrace ${HOPTRACE_VERSION} (schema ${CAPTURE_SCHEMA}); run workers of the coordinator's version`,
    );
    for (const u of list) expect(hits(u)).toBe(0);
  });

  it('SIGTERM: the worker finishes the visit it holds, delivers it, unregisters and exits 0', async () => {
    const db = join(dir, 'sigterm.sqlite');
    const w1 = startWorker(redis.url, 'w1', ['--concurrency', '1']);
    await ready(w1);
    const list = urls('sigterm', 2, 1500);
    const coordinator = startCoordinator(db, redis.url, 'sigterm', list, { concurrency: 2 });
    await until('the first visit in flight', () => hits(list[0]!) + hits(list[1]!) === 1);
    w1.signal('SIGTERM');
    expect(await w1.exited).toBe(0);
    expect(w1.output()).toMatch(/stopping: finishing 1 visit\(s\) in flight/);
    expect(redisKeys('hoptrace:workers:*')).toEqual([]);
    // The finished visit is delivered; the other one waits for the next worker.
    await until('the finished visit stored', () => stored(db) === 1);
    expect(hits(list[0]!) + hits(list[1]!)).toBe(1);
    const w2 = startWorker(redis.url, 'w2');
    expect(await coordinator.exited).toBe(0);
    expect(rows(db).map((r) => r.outcome)).toEqual(['ok', 'ok']);
    for (const u of list) expect(hits(u)).toBe(1);
    expect(w2.output().match(/ ok \d+ms/g)).toHaveLength(1);
  });

  it('SIGTERM twice: the worker hands the visit it holds back to the queue at once and exits', async () => {
    const db = join(dir, 'handback.sqlite');
    const w1 = startWorker(redis.url, 'w1', ['--concurrency', '1', '--lock-duration', '30000']);
    await ready(w1);
    const [url] = urls('handback', 1, 4000);
    const coordinator = startCoordinator(db, redis.url, 'handback', [url!]);
    await until('the visit in flight', () => hits(url!) === 1);
    w1.signal('SIGTERM');
    await until('the first signal logged', () => /stopping: finishing 1 visit/.test(w1.output()));
    w1.signal('SIGTERM');
    expect(await w1.exited).toBe(0);
    expect(w1.output()).toMatch(/handed back to the queue/);
    // Back in the queue for the next worker now, not after a 30 s lock expiry.
    const status = JSON.parse((await hoptrace(['queue', '--queue', redis.url, '--json'])).stdout);
    expect(status.totals).toMatchObject({ waiting: 1, active: 0 });
    startWorker(redis.url, 'w2');
    expect(await coordinator.exited).toBe(0);
    expect(rows(db).map((r) => r.outcome)).toEqual(['ok']);
    expect(hits(url!)).toBe(2);
  });

  it("the worker's network policy is the ceiling: a job's host map it does not share is refused, never visited", async () => {
    const db = join(dir, 'policy.sqlite');
    // The worker maps .test names elsewhere than the coordinator asks.
    const w1 = startWorker(redis.url, 'strict', [], ['--host-map', '*.test=127.0.0.2', '--mapped-only']);
    await ready(w1);
    const list = urls('policy', 2, 0);
    const coordinator = startCoordinator(db, redis.url, 'policy', list);
    expect(await coordinator.exited).toBe(0);
    const visits = rows(db);
    expect(visits.map((v) => v.outcome)).toEqual(['refused', 'refused']);
    expect(visits[0]!.error).toMatch(/^the job's host map \*\.test=127\.0\.0\.1 is not in this worker's --host-map/);
    for (const u of list) expect(hits(u)).toBe(0);
  });

  it('hoptrace queue: one clear line and exit 1 when Redis is not there, exit 2 for a URL that is not redis://', async () => {
    await redis.kill();
    const down = await hoptrace(['queue', '--queue', redis.url]);
    expect(down.code).toBe(1);
    expect(down.stderr).toBe(`hoptrace: cannot reach Redis: ${redis.url}: connect ECONNREFUSED 127.0.0.1:${redis.port}\n`);
    const bad = await hoptrace(['worker', '--queue', 'http://127.0.0.1:6379']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--queue must be redis:\/\/ or rediss:\/\//);
    await redis.start();
  });

  it('browser engine: the capture crosses the queue whole, screenshot and bodies included', async () => {
    const db = join(dir, 'browser.sqlite');
    server.redirect('go.test', '/start', 302, server.url('land.test', '/'));
    server.page('land.test', '/', '<title>landing</title><h1>今すぐ出会える</h1>');
    const w1 = startWorker(redis.url, 'chromium', ['--engine', 'browser', '--concurrency', '1']);
    await ready(w1);
    const coordinator = startCoordinator(db, redis.url, 'browser', [server.url('go.test', '/start')], { engine: 'browser' });
    expect(await coordinator.exited).toBe(0);
    const conn = new Database(db, { readonly: true });
    const visit = conn.prepare('SELECT outcome, final FROM visits').get() as { outcome: string; final: string };
    expect(visit.outcome).toBe('ok');
    const final = JSON.parse(visit.final) as { url: string; title: string; screenshot: string | null };
    expect(final).toMatchObject({ url: server.url('land.test', '/'), title: 'landing' });
    const blobs = conn.prepare('SELECT sha256, mime, size FROM blobs').all() as { sha256: string; mime: string; size: number }[];
    expect(blobs.find((b) => b.sha256 === final.screenshot)).toMatchObject({ mime: 'image/png' });
    const hops = conn.prepare('SELECT url, status, body_sha256 FROM hops ORDER BY seq').all() as { url: string; status: number; body_sha256: string | null }[];
    expect(hops.map((h) => h.status)).toEqual([302, 200]);
    expect(blobs.some((b) => b.sha256 === hops[1]!.body_sha256 && b.size > 0)).toBe(true);
    conn.close();
    // A stopped worker closes its Chromium: none of its processes outlive it.
    const kids = execFileSync('ps', ['-o', 'pid=', '--ppid', String(w1.child.pid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
    expect(kids.length).toBeGreaterThan(0);
    w1.signal('SIGTERM');
    expect(await w1.exited).toBe(0);
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    await until('Chromium gone', () => !kids.some(alive), 5000);
  });
});
