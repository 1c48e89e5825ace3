// A worker's --timeout and --body-limit are ceilings, as its network policy is: a coordinator's job
// that asks for more is visited with the worker's values, and the capture says so. Real Redis on
// loopback: the coordinator's queue engine and a worker in this process over a recording engine,
// then the real CLI (`hoptrace worker --timeout --body-limit`, `crawl --queue`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VisitEngine, VisitInput } from '../../src/engines/engine.ts';
import { getPersona } from '../../src/personas.ts';
import { openQueueEngine } from '../../src/queue/engine.ts';
import { runWorker, type RunningWorker } from '../../src/queue/worker.ts';
import { emptyCapture } from '../../src/records/visit-record.ts';
import { killAll, ready, startCoordinator, startWorker } from '../fixtures/queue-procs.ts';
import { startRedis, type RedisServer } from '../fixtures/redis.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

const NET = { hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: true, allowPrivate: false, proxy: null };
let redis: RedisServer;
let server: FixtureServer;
const dir = mkdtempSync(join(tmpdir(), 'hoptrace-queue-limits-'));
let worker: RunningWorker;
const seen: VisitInput[] = [];
const recording: VisitEngine = {
  visit: async (input) => {
    seen.push(input);
    return { ...emptyCapture('ok', ''), error: null, warnings: ['from the engine'] };
  },
  close: async () => undefined,
};

beforeAll(async () => {
  redis = await startRedis();
  server = await startFixtureServer();
  worker = await runWorker({ queueUrl: redis.url, concurrency: 1, engine: recording, engineName: 'http', net: NET, limits: { timeoutMs: 5_000, bodyLimit: 1_000 }, name: 'capped' });
});
afterAll(async () => {
  await killAll();
  await worker?.stop();
  await redis?.stop();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a worker's limits cap the job's", () => {
  it('visits a job asking for more with the worker\'s values and says so in the capture', async () => {
    const coordinator = openQueueEngine(redis.url, { job: { id: 'j-limits', name: 'limits' }, engine: 'http' });
    try {
      const base = { persona: getPersona('desktop-ja'), maxHops: 5, net: NET };
      const wide = await coordinator.visit({ ...base, url: 'http://a.test/', timeoutMs: 120_000, bodyLimit: 50 << 20, taskId: 'v-limits-wide' });
      expect(seen.at(-1)).toMatchObject({ url: 'http://a.test/', timeoutMs: 5_000, bodyLimit: 1_000 });
      expect(wide.warnings).toEqual([
        expect.stringMatching(/--timeout 120000 ms exceeds this worker's --timeout 5000 ms/),
        expect.stringMatching(/--body-limit 52428800 bytes exceeds this worker's --body-limit 1000 bytes/),
        'from the engine',
      ]);
      // A job that narrows keeps its own values and gets no warning.
      const narrow = await coordinator.visit({ ...base, url: 'http://b.test/', timeoutMs: 2_000, bodyLimit: 500, taskId: 'v-limits-narrow' });
      expect(seen.at(-1)).toMatchObject({ url: 'http://b.test/', timeoutMs: 2_000, bodyLimit: 500 });
      expect(narrow.warnings).toEqual(['from the engine']);
    } finally {
      await coordinator.close();
    }
  });

  it('hoptrace worker takes --timeout and --body-limit; the stored visit says what was lowered', async () => {
    await worker.stop(); // the in-process worker would take the visit
    server.page('big.test', '/', `<title>big</title><p>${'x'.repeat(8192)}</p>`);
    const w = startWorker(redis.url, 'cli-capped', ['--timeout', '20000', '--body-limit', '2048']);
    await ready(w);
    const db = join(dir, 'cli.sqlite');
    // The coordinator asks for the crawl defaults: 30000 ms and 5 MiB.
    const coordinator = startCoordinator(db, redis.url, 'cli-limits', [server.url('big.test', '/')]);
    expect(await coordinator.exited, coordinator.output()).toBe(0);
    const conn = new Database(db, { readonly: true });
    const v = conn.prepare('SELECT outcome, warnings FROM visits').get() as { outcome: string; warnings: string };
    conn.close();
    expect(v.outcome).toBe('ok');
    expect(JSON.parse(v.warnings)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/--timeout 30000 ms exceeds this worker's --timeout 20000 ms/),
        expect.stringMatching(/--body-limit 5242880 bytes exceeds this worker's --body-limit 2048 bytes/),
      ]),
    );
  });
});
