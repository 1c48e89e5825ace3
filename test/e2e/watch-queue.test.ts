// `hoptrace watch run --queue`: rounds are coordinated jobs whose visits two real `hoptrace
// worker`s make over a real redis-server. The scheduler is killed with SIGKILL while a worker
// holds round 1's visit; the restarted one finishes that round once, and a change is still
// reported once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { hoptrace, LOOPBACK } from '../fixtures/cli.ts';
import { killAll, ready, startWorker, until } from '../fixtures/queue-procs.ts';
import { startRedis, type RedisServer } from '../fixtures/redis.ts';
import { sendHtml, startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { campaign, killWatchRuns, LANDING, startWatchRun, visitsPerRound, watchRounds } from '../fixtures/watch.ts';

let dir: string;
let db: string;
let site: FixtureServer;
let redis: RedisServer;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hoptrace-watchq-'));
  db = join(dir, 'w.sqlite');
  site = await startFixtureServer();
  redis = await startRedis();
});

afterEach(async () => {
  await killWatchRuns();
  await killAll();
  await redis.stop();
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

it('with --queue and two workers: kill -9 of the scheduler mid-round loses no round and runs none twice; a change is reported once', async () => {
  const c = campaign(site);
  let release: () => void = () => {};
  const released = new Promise<void>((r) => (release = r));
  site.route('date-a.test', '/', async (_q, res) => {
    await released;
    sendHtml(res, LANDING);
  });
  const workers = [startWorker(redis.url, 'w1'), startWorker(redis.url, 'w2')];
  await Promise.all(workers.map((w) => ready(w, 120_000)));
  const add = await hoptrace(['watch', 'add', c.lure, '--name', 'camp', '--every', '1s', '--engine', 'http', ...LOOPBACK, '--retries', '0', '--db', db]);
  expect(add.code, add.stderr).toBe(0);

  const first = startWatchRun(db, ['--queue', redis.url]);
  await until('round 1 reaches the landing through a worker', () => site.hitsOn('date-a.test', '/').length === 1);
  first.child.kill('SIGKILL');
  await first.exited;
  expect(watchRounds(db).map((r) => [r.seq, r.status])).toEqual([[1, 'running']]);

  release();
  const second = startWatchRun(db, ['--queue', redis.url]);
  await until('three rounds done', () => watchRounds(db).filter((r) => r.status === 'done').length >= 3, 120_000);
  c.scene = 'new-landing';
  await until('final-moved', () => second.lines().length >= 1, 120_000);
  const doneBefore = watchRounds(db).filter((r) => r.status === 'done').length;
  await until('one more round after the report', () => watchRounds(db).filter((r) => r.status === 'done').length > doneBefore, 120_000);
  second.child.kill('SIGTERM');
  await second.exited;

  expect(second.lines().map((e) => e.kind)).toEqual(['final-moved']);
  const all = watchRounds(db);
  expect(all.map((r) => r.seq)).toEqual(all.map((_, i) => i + 1));
  expect(new Set(all.map((r) => r.jobId)).size).toBe(all.length);
  // Round 1's visit was held by a worker when its coordinator died: stored once, in round 1's job.
  expect(visitsPerRound(db)).toEqual(all.filter((r) => r.status === 'done').map(() => 1));
  expect(all[0]!.verdict).toBe('baseline');
});
