// The real CLI against the fixture server with the HTTP engine and a real SQLite file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoptrace, LOOPBACK } from '../fixtures/cli.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

let server: FixtureServer;
const dir = mkdtempSync(join(tmpdir(), 'hoptrace-cli-'));
const db = join(dir, 'x.sqlite');

beforeAll(async () => {
  server = await startFixtureServer({ ipv6: true });
  server.redirect('a.test', '/start', 302, server.url('b.test', '/next?t=abc'));
  server.route('b.test', '/next', (_q, res) => {
    res.writeHead(301, { location: server.url('c.test', '/refresh'), 'set-cookie': 'sid=1; Path=/' });
    res.end();
  });
  server.route('c.test', '/refresh', (_q, res) => {
    res.writeHead(200, { refresh: `0; url=${server.url('d.test', '/meta')}`, 'content-type': 'text/html' });
    res.end('<p>wait</p>');
  });
  server.page('d.test', '/meta', `<meta http-equiv="refresh" content="2; url=${server.url('e.test', '/land')}">`);
  server.page('e.test', '/land', '<title>Landing</title><h1>出会い</h1><p>登録無料で今すぐ出会える</p>');
  server.page('*', '/secret', 'secret');
  server.redirect('evil.test', '/to-loopback', 302, `http://127.0.0.1:${server.port}/secret`);
});
afterAll(() => server.close());

describe('hoptrace crawl --engine http', () => {
  it('records the whole chain with its causes and exports it in the contract format', async () => {
    const r = await hoptrace(['crawl', '--engine', 'http', ...LOOPBACK, '--db', db, '--job', 'chain', '--json',
      '--url', server.url('a.test', '/start')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.visits).toBe(1);
    expect(summary.outcomes).toEqual({ ok: 1 });

    const ex = await hoptrace(['export', '--db', db, '--job', 'chain', '--format', 'json']);
    expect(ex.code).toBe(0);
    const trace = JSON.parse(ex.stdout);
    expect(trace.format).toBe('hoptrace.trace/1');
    expect(trace.jobs[0]).toMatchObject({ name: 'chain', status: 'done' });
    const visit = trace.visits[0];
    expect(visit).toMatchObject({ engine: 'http', persona: 'desktop-ja', outcome: 'ok', replayOf: null, decoy: false });
    expect(visit.hops.map((h: { cause: string; status: number }) => [h.cause, h.status])).toEqual([
      ['initial', 302],
      ['http', 301],
      ['http', 200],
      ['refresh-header', 200],
      ['meta-refresh', 200],
    ]);
    expect(visit.hops[1].setCookies).toEqual(['sid=1; Path=/']);
    expect(visit.hops.every((h: { serverIp: string }) => h.serverIp === '127.0.0.1')).toBe(true);
    expect(visit.final).toMatchObject({ url: server.url('e.test', '/land'), status: 200, title: 'Landing' });
    // The cookie set on b.test is not sent to other hosts, but the chain kept one jar.
    expect(server.hitsOn('e.test', '/land')).toHaveLength(1);
  });

  it('refuses a redirect to a loopback literal: nothing reaches the secret endpoint', async () => {
    const before = server.hits.filter((h) => h.path === '/secret').length;
    const r = await hoptrace(['crawl', '--engine', 'http', ...LOOPBACK, '--db', db, '--json',
      '--url', server.url('evil.test', '/to-loopback'), '--url', `http://[::1]:${server.port}/secret`]);
    expect(r.code).toBe(0);
    const trace = JSON.parse((await hoptrace(['export', '--db', db, '--format', 'json'])).stdout);
    const job = trace.jobs.find((j: { id: string }) => j.id === JSON.parse(r.stdout).job.id);
    const visits = trace.visits.filter((v: { jobId: string }) => v.jobId === job.id);
    expect(visits).toHaveLength(2);
    for (const v of visits) {
      const last = v.hops[v.hops.length - 1];
      expect(last.blocked).toBeTruthy();
      expect(last.status).toBeNull();
    }
    expect(server.hits.filter((h) => h.path === '/secret').length).toBe(before);
  });

  it('reads URLs from a list file and from stdin', async () => {
    const list = join(dir, 'urls.txt');
    writeFileSync(list, `# lure links\n${server.url('e.test', '/land')}\n\n`);
    const r = await hoptrace(['crawl', '--engine', 'http', ...LOOPBACK, '--db', db, '--json', list, '-'], {
      input: `${server.url('e.test', '/land')}?from=stdin\n`,
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).visits).toBe(2);
  });
});

describe('bad input', () => {
  it.each([
    [['crawl', '/nonexistent/mail.eml', '--db', db], /input not found/],
    [['crawl', '--url', 'not a url', '--db', db], /not a URL/],
    [['crawl', '--url', 'http://a.test/', '--bogus-flag', '--db', db], /unknown option/],
    [['crawl', '--url', 'http://a.test/', '--engine', 'lynx', '--db', db], /--engine must be/],
    [['crawl', '--url', 'http://a.test/', '--concurrency', 'many', '--db', db], /--concurrency expects/],
    [["crawl", "--url", "http://a.test/", "--host-map", "nonsense", "--db", db], /host map/i],
    [['jobs', '--db', join(dir, 'missing.sqlite')], /no database/],
    [['show', 'v-nothing', '--db', db], /nothing with id/],
  ])('%j exits 2 with one line', async (args, message) => {
    const r = await hoptrace(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a job name already taken is bad usage: exit 2, one line; --debug adds the chain of causes', async () => {
    const args = ['crawl', '--engine', 'http', ...LOOPBACK, '--url', server.url('a.test', '/start'), '--db', db, '--job', 'chain', '--quiet'];
    const r = await hoptrace(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^hoptrace: a job named "chain" already exists/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const debug = await hoptrace([...args, '--debug']);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^UsageError: a job named "chain" already exists/);
    expect(debug.stderr).toMatch(/\n {4}at /);
    expect(debug.stderr).toMatch(/\ncaused by: SqliteError: UNIQUE constraint failed: jobs\.name/);
  });

  it('an unreadable database is exit 2 with one line', async () => {
    const bad = join(dir, 'bad.sqlite');
    writeFileSync(bad, 'not a database '.repeat(500));
    const r = await hoptrace(['jobs', '--db', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot open database/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
