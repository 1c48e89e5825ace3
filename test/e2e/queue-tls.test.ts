// rediss:// to a redis-server that speaks TLS only, on loopback with a throwaway CA: `hoptrace queue`
// and a worker connect when the CA is trusted (NODE_EXTRA_CA_CERTS, Node's own variable), and the
// certificate is checked: under another CA the command fails with one line saying why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoptrace } from '../fixtures/cli.ts';
import { killAll, ready, startWorker } from '../fixtures/queue-procs.ts';
import { RedisWithoutTls, startTlsRedis, type TlsRedisServer } from '../fixtures/redis.ts';

let redis: TlsRedisServer | null = null;
let noTls: string | null = null;

beforeAll(async () => {
  try {
    redis = await startTlsRedis();
  } catch (err) {
    if (!(err instanceof RedisWithoutTls)) throw err;
    noTls = err.message;
    console.warn(`skipping the rediss:// tests: ${noTls}`);
  }
});
afterAll(async () => {
  await killAll();
  await redis?.stop();
});

describe('rediss:// (TLS) to Redis', () => {
  it('hoptrace queue reads a TLS-only Redis whose CA is trusted, and says nothing on stderr', async (ctx) => {
    if (!redis) return ctx.skip();
    const r = await hoptrace(['queue', '--queue', redis.url, '--json'], { env: { NODE_EXTRA_CA_CERTS: redis.caFile } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ queue: `${redis.url}`.replace(/\/?$/, ''), totals: { waiting: 0, active: 0 } });
  });

  it('checks the certificate: under another CA it fails with one line naming the cause', async (ctx) => {
    if (!redis) return ctx.skip();
    for (const env of [{ NODE_EXTRA_CA_CERTS: redis.otherCaFile }, {}] as Record<string, string>[]) {
      const r = await hoptrace(['queue', '--queue', redis.url], { env });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^hoptrace: cannot reach Redis: rediss://127\\.0\\.0\\.1:${redis.port}: .*certificate.* \\(rediss:// checks the certificate: trust its CA with NODE_EXTRA_CA_CERTS=`));
    }
  });

  it('a worker connects over TLS and registers; hoptrace queue lists it', async (ctx) => {
    if (!redis) return ctx.skip();
    // Children inherit it: the worker trusts the throwaway CA as the queue command does.
    process.env.NODE_EXTRA_CA_CERTS = redis.caFile;
    try {
      const w = startWorker(redis.url, 'tls-worker');
      await ready(w);
      let listed: { workers: { id: string }[] } = { workers: [] };
      for (let i = 0; i < 20 && !listed.workers.length; i++) {
        if (i) await new Promise((r) => setTimeout(r, 250));
        const r = await hoptrace(['queue', '--queue', redis.url, '--json']);
        expect(r.code, r.stderr).toBe(0);
        listed = JSON.parse(r.stdout);
      }
      expect(listed.workers.map((x) => x.id)).toEqual(['tls-worker']);
      expect(w.output()).not.toMatch(/unreachable|DEP0123|Warning/);
      w.signal('SIGTERM');
      expect(await w.exited).toBe(0);
    } finally {
      delete process.env.NODE_EXTRA_CA_CERTS;
    }
  });
});
