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
import { DEFAULT_JOB_OPTIONS } from '../../src/records/job-options.ts';
import { recordCapture } from '../../src/jobs/visit-stage.ts';
import { getPersona } from '../../src/personas.ts';
import { openQueueEngine, QueueEngineClosed } from '../../src/queue/engine.ts';
import { CAPTURE_SCHEMA, HOPTRACE_VERSION } from '../../src/queue/protocol.ts';
import { TraceStore } from '../../src/store/store.ts';
import { BIN, hoptrace } from '../fixtures/cli.ts';
import { killAll, ready, SHORT_LOCK, startCoordinator, startScript, startWorker, until } from '../fixtures/queue-procs.ts';
import { startRedis, type RedisServer } from '../fixtures/redis.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

let server: FixtureServer;
let redis: RedisServer;
const LOOPBACK_NET = { hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: true, allowPrivate: false, proxy: null };
const dir = mkdtempSync(join(tmpdir(), 'hoptrace-queue-'));

/**
 * Gates: a page whose URL names one (`gate=NAME`) is held, after its delay, until the test opens
 * it. A test acts while visits are in flight by holding them, not by hoping a delay is long enough.
 */
const gates = new Map<string, { open: boolean; held: (() => void)[] }>();
const gate = (name: string) => {
  let g = gates.get(name);
  if (!g) gates.set(name, (g = { open: false, held: [] }));
  return g;
};
const openGate = (name: string) => {
  const g = gate(name);
  g.open = true;
  for (const send of g.held.splice(0)) send();
};

beforeAll(async () => {
  server = await startFixtureServer();
  // /p?ms=N answers after N ms (and, with gate=NAME, not before that gate is open).
  server.route('slow.test', '/p', (_req, res, { url }) => {
    const send = () => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<title>page ${url.searchParams.get('i')}</title><p>${'x'.repeat(Number(url.searchParams.get('kb') ?? 1) * 1024)}</p>`);
    };
    setTimeout(() => {
      const name = url.searchParams.get('gate');
      if (name && !gate(name).open) gate(name).held.push(send);
      else send();
    }, Number(url.searchParams.get('ms') ?? 0));
  });
});
beforeEach(async () => {
  redis = await startRedis();
});
afterEach(async () => {
  await killAll();
  for (const name of gates.keys()) openGate(name);
  await redis.stop();
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * n URLs of the slow page; ms is each page's delay (a function of its index to stagger them), and
 * gateOf names the gate that holds the page of that index, if any.
 */
const urls = (job: string, n: number, ms: number | ((i: number) => number), kb = 1, gateOf: (i: number) => string | undefined = () => undefined) =>
  Array.from({ length: n }, (_, i) => {
    const held = gateOf(i);
    return server.url('slow.test', `/p?job=${job}&i=${i}&ms=${typeof ms === 'number' ? ms : ms(i)}&kb=${kb}${held ? `&gate=${held}` : ''}`);
  });
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
/**
 * The lock of a worker that takes over a dead one's visits. Its stall check (which runs every
 * lock duration) notices the dead worker's lapsed 1.5 s locks within seconds, while its own lock
 * survives a few seconds without CPU.
 */
const RESCUER_LOCK = ['--lock-duration', '5000'];
/** How many times a worker logged that it found the job stalled and put it back in the queue. */
const stallsLogged = (taskId: string, ...procs: { output(): string }[]) =>
  procs.flatMap((p) => p.output().split('\n')).filter((l) => l.includes(` ${taskId} stalled: `)).length;

describe('crawl over the queue', () => {
  it('spreads the visits over two workers, stores each once, and leaves nothing in Redis', async () => {
    const db = join(dir, 'basic.sqlite');
    // Two visits at a time each, and four asked for at once: the queue must use both workers.
    const w1 = startWorker(redis.url, 'w1', ['--concurrency', '2']);
    const w2 = startWorker(redis.url, 'w2', ['--concurrency', '2']);
    await Promise.all([ready(w1), ready(w2)]);
    // The first four pages are held until three are fetched at once, which only both workers
    // together can do; the last is held until the status is read, so the job is still running then.
    const list = urls('basic', 16, 100, 1, (i) => (i < 4 ? 'basic-spread' : i === 15 ? 'basic-last' : undefined));
    const coordinator = startCoordinator(db, redis.url, 'basic', list, { concurrency: 4 });
    await until('three visits fetched at once', () => list.slice(0, 4).filter((u) => hits(u) > 0).length >= 3);
    openGate('basic-spread');
    await until('two visits stored', () => stored(db) >= 2);
    const status = await hoptrace(['queue', '--queue', redis.url, '--json']);
    expect(status.code).toBe(0);
    const s = JSON.parse(status.stdout);
    expect(s.workers.map((w: { id: string }) => w.id)).toEqual(['w1', 'w2']);
    expect(s.workers[0]).toMatchObject({ engine: 'http', concurrency: 2, pid: w1.child.pid });
    expect(s.jobs.map((j: { name: string }) => j.name)).toEqual(['basic']);
    // The table for people (its job rows come and go with the crawl; the workers stay).
    const table = (await hoptrace(['queue', '--queue', redis.url])).stdout;
    expect(table).toMatch(/^queue redis:\/\/127\.0\.0\.1:\d+: \d+ waiting, \d+ active, \d+ completed, 0 failed/);
    expect(table).toMatch(/^w1 +\S+ +\d+ +0\.1\.0\/s\d+ +http +2 +\d+ +\d+ +0 /m);
    expect(table).toMatch(/^w2 +/m);
    openGate('basic-last');
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
    const victim = startWorker(redis.url, 'victim', SHORT_LOCK);
    await ready(victim);
    // Held until the victim is dead: all four are mid-visit when it dies.
    const list = urls('wkill', 4, 0, 1, () => 'wkill');
    const coordinator = startCoordinator(db, redis.url, 'wkill', list, { concurrency: 4 });
    await until('the victim visiting all four', () => list.every((u) => hits(u) > 0));
    victim.signal('SIGKILL');
    await victim.exited;
    openGate('wkill');
    const rescuer = startWorker(redis.url, 'rescuer', RESCUER_LOCK);
    expect(await coordinator.exited).toBe(0);

    expectEachStoredOnce(db, list);
    expect(rescuer.output()).toMatch(/ ok \d+ms/);
    expect(coordinator.output()).not.toMatch(/queued again/);
    // Each visit is fetched once per delivery: the victim's, then one more each time a worker
    // finds the job stalled (its lock lapsed) and puts it back. The kill is one such stall; a
    // worker starved of CPU past its own lock is another, and fetches the page a third time
    // (issue 26): legitimate, and logged. A fetch with no stall to account for it would be two
    // workers holding one job.
    const taskOf = new Map(rows(db).map((r) => [r.url, r.id]));
    const accounted = () => list.every((u) => hits(u) <= 1 + stallsLogged(taskOf.get(u)!, victim, rescuer));
    // A stall is logged before its re-delivery fetches; the wait only covers the log reaching us.
    await until('every fetch accounted for by a stall', accounted, 10_000).catch(() => {});
    for (const u of list) {
      const stalls = stallsLogged(taskOf.get(u)!, victim, rescuer);
      const why = `${u}: ${hits(u)} fetches, ${stalls} stalls\n${rescuer.output()}`;
      // Delivered again after the kill, and visited again.
      expect(stalls, why).toBeGreaterThanOrEqual(1);
      expect(hits(u), why).toBeGreaterThanOrEqual(2);
      expect(hits(u), why).toBeLessThanOrEqual(1 + stalls);
    }
  });

  it('the coordinator killed with SIGKILL: resume collects what finished meanwhile and visits nothing twice', async () => {
    const db = join(dir, 'coordinator-kill.sqlite');
    const w1 = startWorker(redis.url, 'w1');
    const w2 = startWorker(redis.url, 'w2');
    await Promise.all([ready(w1), ready(w2)]);
    // The last four pages are held until the coordinator is dead: visits in flight when it dies.
    const list = urls('ckill', 12, (i) => 100 + (i % 4) * 100, 1, (i) => (i >= 8 ? 'ckill' : undefined));
    const first = startCoordinator(db, redis.url, 'ckill', list, { concurrency: 4 });
    await until('three visits stored and a held one in flight', () => stored(db) >= 3 && list.slice(8).some((u) => hits(u) > 0));
    first.signal('SIGKILL');
    await first.exited;
    openGate('ckill');
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
    // The second half is held until Redis is back: the job is running throughout the outage.
    const list = urls('restart', 10, 100, 1, (i) => (i >= 5 ? 'restart' : undefined));
    const coordinator = startCoordinator(db, redis.url, 'restart', list, { concurrency: 2 });
    await until('three visits stored and a held one in flight', () => stored(db) >= 3 && list.slice(5).some((u) => hits(u) > 0));
    await redis.kill();
    await until('the outage noticed by both', () => /Redis unreachable/.test(w1.output()) && /Redis unreachable/.test(coordinator.output()));
    await redis.start();
    openGate('restart');
    expect(await coordinator.exited).toBe(0);
    expectEachStoredOnce(db, list);
    expect(w1.output()).toMatch(/Redis unreachable .*\n(.*\n)*.*Redis is back/);
    expect(coordinator.output()).toMatch(/Redis unreachable/);
    // The worker is still taking visits after the restart.
    expect(w1.output().split('Redis is back')[1]).toMatch(/ ok \d+ms/);
  });

  it('the same visit delivered twice (a frozen worker wakes up after its job went elsewhere): stored once', async () => {
    const db = join(dir, 'twice.sqlite');
    const frozen = startWorker(redis.url, 'frozen', SHORT_LOCK);
    await ready(frozen);
    // Held until both deliveries are fetching it: the frozen one cannot finish before it is frozen.
    const [url] = urls('twice', 1, 0, 1, () => 'twice');
    const coordinator = startCoordinator(db, redis.url, 'twice', [url!]);
    await until('the first delivery visiting', () => hits(url!) === 1);
    frozen.signal('SIGSTOP');
    const other = startWorker(redis.url, 'other', RESCUER_LOCK);
    await until('the second delivery visiting', () => hits(url!) >= 2);
    openGate('twice');
    frozen.signal('SIGCONT');
    expect(await coordinator.exited).toBe(0);
    expect(rows(db)).toHaveLength(1);
    expect(rows(db)[0]!.outcome).toBe('ok');
    expect(other.output()).toMatch(/ ok \d+ms/);
    // The woken worker's late capture is not left behind in Redis.
    await until('the late capture reclaimed', () => /delivered by another worker/.test(frozen.output()));
    await until('no capture left in Redis', () => redisKeys('hoptrace:visits:capture:*').length === 0);
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
      for (const capture of [a, b]) await recordCapture(task, capture, { store, engineName: 'http', rules: loadRules() });
      expect(store.listVisits(job.id).map((v) => v.id)).toEqual([input.taskId]);
      store.close();

      // Closed while a visit is out: no capture (not an error capture), and the job stays for --resume.
      const [slow] = urls('dup-late', 1, 0, 1, () => 'dup-late');
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
    // Held until the worker has been told to stop: the visit is still in flight then.
    const list = urls('sigterm', 2, 0, 1, () => 'sigterm');
    const coordinator = startCoordinator(db, redis.url, 'sigterm', list, { concurrency: 2 });
    await until('the first visit in flight', () => hits(list[0]!) + hits(list[1]!) === 1);
    w1.signal('SIGTERM');
    await until('the signal logged', () => /stopping: finishing 1 visit\(s\) in flight/.test(w1.output()));
    openGate('sigterm');
    expect(await w1.exited).toBe(0);
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
    // Held until the worker has gone: it cannot finish the visit instead of handing it back.
    const [url] = urls('handback', 1, 0, 1, () => 'handback');
    const coordinator = startCoordinator(db, redis.url, 'handback', [url!]);
    await until('the visit in flight', () => hits(url!) === 1);
    w1.signal('SIGTERM');
    await until('the first signal logged', () => /stopping: finishing 1 visit/.test(w1.output()));
    w1.signal('SIGTERM');
    expect(await w1.exited).toBe(0);
    openGate('handback');
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
    await until('Chromium gone', () => !kids.some(alive));
  });
});
