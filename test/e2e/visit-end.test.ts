// Every visit ends where the chain ends, through the real CLI with real Chromium and a real SQLite
// file: incomplete visits are named and retried, loops are errors, refusals are the final page,
// the process exits after a silent server, and a resumed job keeps the options it began with.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TraceBundle, Visit } from '../../src/model.ts';
import { hoptrace, LOOPBACK } from '../fixtures/cli.ts';
import { startSilentServer, type RawServer } from '../fixtures/hostile.ts';
import { sendHtml, startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

let server: FixtureServer;
let silent: RawServer;
const dir = mkdtempSync(join(tmpdir(), 'hoptrace-visit-end-'));

/** Requests to this path hang (never answered) until `release()`: the first attempt of a visit cannot finish. */
function hangFirst(host: string, path: string, html: string): void {
  let calls = 0;
  server.route(host, path, (_q, res) => {
    if (++calls === 1) return; // left open: the visit runs into its deadline
    sendHtml(res, html);
  });
}

beforeAll(async () => {
  server = await startFixtureServer();
  silent = await startSilentServer();
  server.redirect('loop.test', '/a', 302, server.url('loop.test', '/b'));
  server.redirect('loop.test', '/b', 302, server.url('loop.test', '/a'));
  server.page('self.test', '/', '<title>again</title><meta http-equiv="refresh" content="0">');
  server.redirect('to-refused.test', '/', 302, 'http://not-mapped.example/landing');
  server.page('hung-image.test', '/', `<title>waits</title><p>an image that never comes</p><img src="http://silent.test:${silent.port}/i.png">`);
  // The body stalls before the script that sets the timer: the page's clock runs on meanwhile.
  server.route('stall.test', '/', (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write(`<title>scanning</title><p>スキャン中…</p>${' '.repeat(4096)}`);
    setTimeout(() => res.end(`<script>setTimeout(() => location.replace(${JSON.stringify(server.url('stall.test', '/after'))}), 2500)</script>`), 1000);
  });
  server.page('stall.test', '/after', '<title>after the stall</title>');
  // A parser-blocking script answered 4.5 s after it is asked for, while ten images arrive one by
  // one meanwhile: a slow page, not a hung one. Its text comes after the script.
  const images = Array.from({ length: 10 }, (_, i) => `<img src="/i${i}.png">`).join('');
  server.page('slow-parts.test', '/', `<title>slow parts</title>${images}<script src="/slow.js"></script><p>The article text after the script.</p>`);
  for (let i = 0; i < 10; i++) {
    server.route('slow-parts.test', `/i${i}.png`, (_q, res) => {
      setTimeout(() => res.writeHead(404).end(), (i + 1) * 450);
    });
  }
  server.route('slow-parts.test', '/slow.js', (_q, res) => {
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/javascript' }).end('window.slow = true;'), 4500);
  });
  hangFirst('slow-first.test', '/', '<title>出会い</title><p>登録無料 今すぐ出会える 人妻 セフレ</p>');
  hangFirst('slow-again.test', '/', '<title>出会い</title><p>登録無料 今すぐ出会える 人妻 セフレ</p>');
});
afterAll(async () => {
  await server.close();
  await silent.close();
});

async function exported(db: string): Promise<TraceBundle> {
  const r = await hoptrace(['export', '--db', db, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as TraceBundle;
}

describe('crawl with the browser engine', () => {
  it('retries an incomplete visit in a fresh context, links the attempts and counts only the complete one', async () => {
    const db = join(dir, 'retry.sqlite');
    // The first attempt hangs until its deadline; the retry must finish within it in a fresh browser
    // context, on a loaded machine too: 10 s, not the 4 s that an unloaded run needs.
    const r = await hoptrace(['crawl', server.url('slow-first.test', '/'), ...LOOPBACK, '--db', db, '--timeout', '10000', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ visits: 2, retries: 1, incomplete: [], outcomes: { ok: 1 }, categories: { dating: 1 } });
    const { visits } = await exported(db);
    const [first, retry] = visits as Visit[];
    expect(first).toMatchObject({ purpose: 'primary', attempt: 1, outcome: 'timeout', retryOf: null });
    expect(first!.incomplete).toMatch(/^deadline reached while /);
    expect(retry).toMatchObject({ purpose: 'retry', attempt: 2, retryOf: first!.id, outcome: 'ok', incomplete: null });
    expect(retry!.final).toMatchObject({ title: '出会い', category: 'dating' });
    expect(retry!.final!.screenshot).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names a visit still incomplete after its retries and never counts it as a category', async () => {
    const db = join(dir, 'no-retry.sqlite');
    const r = await hoptrace(['crawl', server.url('slow-again.test', '/'), ...LOOPBACK, '--db', db, '--timeout', '3000', '--retries', '0', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.categories).toEqual({});
    expect(summary.incomplete).toHaveLength(1);
    expect(summary.incomplete[0].reason).toMatch(/^deadline reached while .*slow-again\.test.* has not answered$/);
    const text = await hoptrace(['show', summary.job.name, '--db', db]);
    expect(text.stdout).toMatch(/1 incomplete \(not counted\)/);
  });

  it('follows a timer set by a script that arrived after the body stalled', async () => {
    const db = join(dir, 'stall.sqlite');
    const r = await hoptrace(['crawl', server.url('stall.test', '/'), ...LOOPBACK, '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const [visit] = (await exported(db)).visits;
    expect(visit!.hops.map((h) => h.cause)).toEqual(['initial', 'script']);
    expect(visit!.final).toMatchObject({ url: server.url('stall.test', '/after'), title: 'after the stall' });
  });

  it('reads a page whose parser waits on a slow script, while other parts arrive, only once it has arrived', async () => {
    const db = join(dir, 'slow-parts.sqlite');
    const r = await hoptrace(['crawl', server.url('slow-parts.test', '/'), ...LOOPBACK, '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const [visit] = (await exported(db)).visits;
    expect(visit!.incomplete ?? null).toBeNull();
    expect(visit!.branchFinals?.[0]?.text).toContain('The article text after the script.');
  });

  it('ends redirect and meta-refresh loops as errors naming the loop, hops kept', async () => {
    const db = join(dir, 'loops.sqlite');
    const r = await hoptrace(['crawl', server.url('loop.test', '/a'), server.url('self.test', '/'), ...LOOPBACK, '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const { visits } = await exported(db);
    const byUrl = new Map(visits.map((v) => [v.url, v]));
    const redirect = byUrl.get(server.url('loop.test', '/a'))!;
    expect(redirect.outcome).toBe('error');
    expect(redirect.error).toMatch(/^redirect loop: http:\/\/loop\.test:\d+\/[ab] loaded 3 times$/);
    expect(redirect.hops.length).toBeGreaterThanOrEqual(6);
    expect(redirect.final?.category).toBe('error');
    const meta = byUrl.get(server.url('self.test', '/'))!;
    expect(meta.outcome).toBe('error');
    expect(meta.error).toMatch(/^meta-refresh loop: /);
    expect(meta.hops.map((h) => h.cause)).toEqual(['initial', 'meta-refresh', 'meta-refresh', 'meta-refresh']);
  });

  it('records a refused navigation once, as the final page, with no browser page as evidence', async () => {
    const db = join(dir, 'refused.sqlite');
    const r = await hoptrace(['crawl', server.url('to-refused.test', '/'), ...LOOPBACK, '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const [visit] = (await exported(db)).visits;
    expect(visit!.outcome).toBe('blocked');
    expect(visit!.hops.map((h) => [h.cause, h.url, h.blocked !== null])).toEqual([
      ['initial', server.url('to-refused.test', '/'), false],
      ['http', 'http://not-mapped.example/landing', true],
    ]);
    expect(visit!.final).toMatchObject({ url: 'http://not-mapped.example/landing', status: null, title: '', category: 'blocked', screenshot: null });
    expect(JSON.stringify(visit)).not.toMatch(/chromewebdata|chrome-error/);
  });

  it('exits by itself after a server that accepts and never answers, closing everything it opened', async () => {
    const db = join(dir, 'silent.sqlite');
    const r = await hoptrace(['crawl', `http://silent.test:${silent.port}/x`, server.url('hung-image.test', '/'), ...LOOPBACK,
      '--db', db, '--timeout', '8000', '--retries', '0']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/done in/);
    // Nothing was left for the watchdog to cut: every socket, the proxy and the browser were closed.
    expect(r.stderr).not.toMatch(/still held open/);
    const { visits } = await exported(db);
    expect(visits.find((v) => v.url.includes('silent.test'))?.outcome).toBe('timeout');
    // The page whose image never came still finished: its own document loaded and was read.
    expect(visits.find((v) => v.url.includes('hung-image.test'))).toMatchObject({ outcome: 'ok', incomplete: null, final: { title: 'waits' } });
  });
});

describe('a resumed job', () => {
  it('runs with the options it was started with; a differing flag is an error unless --override, which is recorded', async () => {
    const db = join(dir, 'resume.sqlite');
    hangFirst('resume-slow.test', '/', '<title>出会い</title><p>登録無料 今すぐ出会える 人妻 セフレ</p>');
    const first = await hoptrace(['crawl', server.url('resume-slow.test', '/'), '--engine', 'http', '--persona', 'mobile-ja', ...LOOPBACK,
      '--db', db, '--job', 'keep', '--timeout', '2000', '--retries', '0', '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout).incomplete).toHaveLength(1);

    const refused = await hoptrace(['crawl', '--resume', 'keep', '--db', db, '--retries', '1']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--retries 1 differs from the job's 0/);

    const same = await hoptrace(['crawl', '--resume', 'keep', '--db', db, '--persona', 'mobile-ja', '--json']);
    expect(same.code, same.stderr).toBe(0);
    expect(JSON.parse(same.stdout).visits).toBe(1);

    const resumed = await hoptrace(['crawl', '--resume', 'keep', '--db', db, '--retries', '1', '--override', '--json']);
    expect(resumed.code, resumed.stderr).toBe(0);
    const trace = await exported(db);
    const retry = trace.visits.find((v) => v.purpose === 'retry')!;
    // No --engine, --persona or --host-map given at resume: the job's own were used.
    expect(retry).toMatchObject({ engine: 'http', persona: 'mobile-ja', outcome: 'ok', attempt: 2 });
    expect(trace.jobs[0]!.options).toMatchObject({ engine: 'http', personas: ['mobile-ja'], retries: 1, net: { mappedOnly: true } });
    expect(trace.jobs[0]!.options.overrides).toEqual([{ at: expect.any(String), flag: '--retries', from: 0, to: 1 }]);
  });
});
