// The distributed crawl under faults, with real processes and a real redis-server on loopback:
// workers (`hoptrace worker`, HTTP engine), a coordinator that stores every visit under its
// taskId, and the fixture server counting every hit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hoptrace } from '../fixtures/cli.ts';
import { killAll, ready, startCoordinator, startScript, startWorker, until } from '../fixtures/queue-procs.ts';
import { startRedis, type RedisServer } from '../fixtures/redis.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

let server: FixtureServer;
let redis: RedisServer;
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

const urls = (job: string, n: number, ms: number, kb = 1) => Array.from({ length: n }, (_, i) => server.url('slow.test', `/p?job=${job}&i=${i}&ms=${ms}&kb=${kb}`));
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

describe('crawl over the queue', () => {
  it('spreads the visits over two workers, stores each once, and leaves nothing in Redis', async () => {
    const db = join(dir, 'basic.sqlite');
    const w1 = startWorker(redis.url, 'w1');
    const w2 = startWorker(redis.url, 'w2');
    await Promise.all([ready(w1), ready(w2)]);
    const list = urls('basic', 12, 100);
    const coordinator = startCoordinator(db, redis.url, 'basic', list);
    await until('two visits stored', () => stored(db) >= 2);
    const status = await hoptrace(['queue', '--queue', redis.url, '--json']);
    expect(status.code).toBe(0);
    const s = JSON.parse(status.stdout);
    expect(s.workers.map((w: { id: string }) => w.id)).toEqual(['w1', 'w2']);
    expect(s.workers[0]).toMatchObject({ engine: 'http', concurrency: 4, pid: w1.child.pid });
    expect(s.jobs.map((j: { crawlJob: string }) => j.crawlJob)).toEqual(['basic']);
    expect(await coordinator.exited).toBe(0);

    expect(rows(db).map((r) => r.outcome)).toEqual(Array(12).fill('ok'));
    for (const u of list) expect(hits(u)).toBe(1);
    // Both workers took visits, and each logged one line per visit.
    const lines = (out: string) => out.split('\n').filter((l) => / ok \d+ms \d+kB http/.test(l)).length;
    expect(lines(w1.output())).toBeGreaterThan(0);
    expect(lines(w2.output())).toBeGreaterThan(0);
    expect(lines(w1.output()) + lines(w2.output())).toBe(12);
    const after = JSON.parse((await hoptrace(['queue', '--queue', redis.url, '--json'])).stdout);
    expect(after.totals).toEqual({ waiting: 0, active: 0, completed: 0, failed: 0 });
    expect(after.jobs).toEqual([{ crawlJob: 'basic', waiting: 0, active: 0, completed: 0, failed: 0, collected: 12 }]);
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

    expect(rows(db).map((r) => r.outcome)).toEqual(Array(4).fill('ok'));
    expect(new Set(rows(db).map((r) => r.url)).size).toBe(4);
    // Visited by the victim, then again by the rescuer: delivered again, stored once.
    for (const u of inFlight) expect(hits(u)).toBe(2);
    expect(rescuer.output()).toMatch(/ ok \d+ms/);
  });
});
