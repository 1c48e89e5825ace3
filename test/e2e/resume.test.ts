// Crash safety: kill -9 the crawler mid-job, then --resume finishes it without repeating finished
// visits and without losing stored ones; the database passes integrity_check throughout.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, hoptrace, LOOPBACK } from '../fixtures/cli.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

let server: FixtureServer;
const LINKS = 12;
/** Pages from this index on are held until `release()`: the crawler is mid-visit when killed. */
const HELD_FROM = 3;
const dir = mkdtempSync(join(tmpdir(), 'hoptrace-resume-'));
let held: (() => void)[] | null = [];
const release = () => {
  for (const send of held ?? []) send();
  held = null;
};

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('slow.test', '/p', (_req, res, { url }) => {
    const send = () => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<title>slow</title>');
    };
    if (held && Number(url.searchParams.get('i')) >= HELD_FROM) held.push(send);
    else setTimeout(send, 50);
  });
});
afterAll(async () => {
  release();
  await server.close();
});

const count = (db: string, sql: string) => {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare(sql).get() as { n: number }).n;
  } finally {
    conn.close();
  }
};
/** Polls cond every 50 ms; the cap only turns a hang into a failure. */
async function until(what: string, cond: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('kill -9 and --resume', () => {
  it('finishes an interrupted job without repeating or losing visits', async () => {
    const db = join(dir, 'r.sqlite');
    const urls = Array.from({ length: LINKS }, (_, i) => ['--url', server.url('slow.test', `/p?i=${i}`)]).flat();
    const child = spawn(process.execPath, [BIN, 'crawl', '--engine', 'http', ...LOOPBACK, '--db', db, '--job', 'k', '--concurrency', '1', '--quiet', ...urls], {
      stdio: 'ignore',
    });
    const exited = new Promise((r) => child.once('exit', r));
    // Kill without warning once the first visits are stored and the next one is mid-visit (held).
    const storedNow = () => {
      try {
        return count(db, 'SELECT count(*) AS n FROM visits');
      } catch {
        return 0; // the database may not exist yet
      }
    };
    await until('three visits stored and the fourth in flight', () => storedNow() >= HELD_FROM && server.hitsOn('slow.test', '/p').length > HELD_FROM);
    child.kill('SIGKILL');
    await exited;
    release();

    const storedBefore = count(db, 'SELECT count(*) AS n FROM visits');
    expect(storedBefore).toBe(HELD_FROM);
    const integrity = new Database(db).pragma('integrity_check', { simple: true });
    expect(integrity).toBe('ok');

    const jobs = await hoptrace(['jobs', '--db', db, '--json']);
    expect(JSON.parse(jobs.stdout)[0].status).toBe('interrupted');

    const hitsBefore = new Map(server.hits.map((h) => [h.path, server.hits.filter((x) => x.path === h.path).length]));
    const resumed = await hoptrace(['crawl', '--engine', 'http', ...LOOPBACK, '--db', db, '--resume', 'k', '--json']);
    expect(resumed.code).toBe(0);
    const summary = JSON.parse(resumed.stdout);
    expect(summary.job.status).toBe('done');
    expect(summary.visits).toBe(LINKS);
    // One visit per link: the visits stored before the kill were not repeated.
    expect(count(db, 'SELECT count(DISTINCT link_id) AS n FROM visits')).toBe(LINKS);
    const conn = new Database(db, { readonly: true });
    const stored = conn.prepare('SELECT url FROM visits ORDER BY ord LIMIT ?').all(storedBefore) as { url: string }[];
    for (const { url } of stored) {
      const path = new URL(url).pathname + new URL(url).search;
      expect(server.hits.filter((h) => h.path === path).length).toBe(hitsBefore.get(path));
    }
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('a second writer gets a clear "busy" message, not corruption', async () => {
    const db = join(dir, 'busy.sqlite');
    const first = await hoptrace(['crawl', '--engine', 'http', ...LOOPBACK, '--db', db, '--quiet', '--url', server.url('slow.test', '/p?b')]);
    expect(first.code).toBe(0);
    const holder = new Database(db);
    holder.prepare('BEGIN IMMEDIATE').run();
    try {
      const r = await hoptrace(['crawl', '--engine', 'http', ...LOOPBACK, '--db', db, '--quiet', '--url', server.url('slow.test', '/p?c')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/database is busy/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      holder.prepare('ROLLBACK').run();
      holder.close();
    }
    expect(new Database(db).pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
