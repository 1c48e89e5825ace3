// The browser engine against the fixture server: a mixed chain with every cause, a frame, a
// download, hostile pages, a crash, and an offline replay of the mixed chain.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedResponse } from '../../src/model.ts';
import type { NetPolicy } from '../../src/net/policy.ts';
import type { ReplaySource, VisitCapture, VisitInput } from '../../src/engines/engine.ts';
import { createBrowserEngine, type BrowserEngine } from '../../src/engines/browser/engine.ts';
import { getPersona } from '../../src/personas.ts';
import { sendHtml, startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

const policy: NetPolicy = { hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: true, allowPrivate: false, proxy: null };
let srv: FixtureServer;
let engine: BrowserEngine;

const input = (url: string, extra: Partial<VisitInput> = {}): VisitInput => ({
  url,
  persona: getPersona('desktop-ja'),
  timeoutMs: 20_000,
  maxHops: 20,
  bodyLimit: 1_000_000,
  net: policy,
  ...extra,
});

const DOWNLOAD = Buffer.from('MZ fake installer bytes '.repeat(100));

beforeAll(async () => {
  srv = await startFixtureServer();
  const u = (h: string, p: string) => srv.url(h, p);
  srv.redirect('start.test', '/', 302, u('refresh.test', '/r'));
  srv.page('refresh.test', '/r', '<p>refreshing</p>', { refresh: `0; url=${u('meta.test', '/m')}` });
  srv.page('meta.test', '/m', `<meta http-equiv="refresh" content="2; url=${u('replace.test', '/s')}"><p>wait</p>`);
  srv.page('replace.test', '/s', `<script>location.replace(${JSON.stringify(u('delay.test', '/d'))})</script>`);
  srv.page('delay.test', '/d', `<p>scanning…</p><script>setTimeout(() => { location.href = ${JSON.stringify(u('opener.test', '/o'))} }, 3000)</script>`);
  srv.page('opener.test', '/o', `<title>Opener</title><p>You won</p><script>window.open(${JSON.stringify(u('pop.test', '/p'))})</script>`);
  srv.redirect('pop.test', '/p', 302, u('landing.test', '/l'));
  srv.page('landing.test', '/l', '<title>Login</title><form action="/x" method="post"><input type="email" name="u"><input type="password" name="p"></form><img alt="Bank logo" src="data:,">');
  srv.page('frame.test', '/', `<title>Framed</title><iframe src="${u('inner.test', '/a')}"></iframe>`);
  srv.page('inner.test', '/a', `<script>setTimeout(() => location.href = ${JSON.stringify(u('inner.test', '/b'))}, 1000)</script>`);
  srv.page('inner.test', '/b', '<p>frame landed</p>');
  srv.route('dl.test', '/file.exe', (_q, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="setup.exe"' });
    res.end(DOWNLOAD);
  });
  srv.page('loop.test', '/', '<meta http-equiv="refresh" content="1"><p>again</p>');
  srv.page('popups.test', '/', `<script>for (let i = 0; i < 50; i++) window.open(${JSON.stringify(u('popups.test', '/child'))} + '?' + i)</script>`);
  srv.page('popups.test', '/child', '<p>child</p>');
  srv.page('proto.test', '/', `<script>location.href = 'mailto:victim@example.com'; setTimeout(() => location.href = 'ms-msdt:/id PCWDiagnostic', 100)</script>`);
  engine = createBrowserEngine();
});

afterAll(async () => {
  await engine?.close();
  await srv?.close();
});

const chainOf = (c: VisitCapture) => c.hops.map((h) => [h.branch, h.cause, new URL(h.url).host.split(':')[0], h.status]);

let mixed: VisitCapture;

describe('browser engine: mixed chain', () => {
  it('records every hop in order with its cause and branch, plus snapshot and screenshot', async () => {
    mixed = await engine.visit(input(srv.url('start.test', '/')));
    expect(mixed.error).toBeNull();
    expect(mixed.outcome).toBe('ok');
    expect(chainOf(mixed)).toEqual([
      [0, 'initial', 'start.test', 302],
      [0, 'http', 'refresh.test', 200],
      [0, 'refresh-header', 'meta.test', 200],
      [0, 'meta-refresh', 'replace.test', 200],
      [0, 'script', 'delay.test', 200],
      [0, 'script', 'opener.test', 200],
      [1, 'popup', 'pop.test', 302],
      [1, 'http', 'landing.test', 200],
    ]);
    const main = mixed.snapshots.find((s) => s.branch === 0)!;
    expect(main.title).toBe('Opener');
    expect(main.text).toContain('You won');
    const pop = mixed.snapshots.find((s) => s.branch === 1)!;
    expect(pop.forms[0].inputs.map((i) => i.type)).toEqual(['email', 'password']);
    expect(pop.imageAlts).toEqual(['Bank logo']);
    const shot = mixed.blobs.find((b) => b.sha256 === main.screenshot);
    expect(shot?.data.subarray(1, 4).toString()).toBe('PNG');
    // the location.replace page navigated away at once, yet its body was kept
    const replaceHop = mixed.hops.find((h) => h.url.includes('replace.test'))!;
    const body = mixed.blobs.find((b) => b.sha256 === replaceHop.bodySha256);
    expect(body?.data.toString()).toContain('location.replace');
    expect(replaceHop.serverIp).toBe('127.0.0.1');
  });

  it('replays the mixed chain offline from its own responses with the server closed', async () => {
    const server2 = await startFixtureServer();
    await server2.close();
    const served = new Map<string, number>();
    const replay: ReplaySource = {
      take(method, url) {
        const all = mixed.responses.filter((r: RecordedResponse) => r.method === method && r.url === url);
        if (!all.length) return null;
        const key = `${method} ${url}`;
        const n = served.get(key) ?? 0;
        served.set(key, n + 1);
        const r = all[Math.min(n, all.length - 1)];
        const body = r.bodySha256 ? (mixed.blobs.find((b) => b.sha256 === r.bodySha256)?.data ?? null) : null;
        return { status: r.status, headers: r.headers, body };
      },
    };
    const hitsBefore = srv.hits.length;
    const again = await engine.visit(input(srv.url('start.test', '/'), { replay }));
    expect(srv.hits.length).toBe(hitsBefore);
    expect(again.hops.map((h) => [h.url, h.cause, h.branch, h.status])).toEqual(
      mixed.hops.map((h) => [h.url, h.cause, h.branch, h.status]),
    );
  });
});

describe('browser engine: frames, downloads, hostile pages', () => {
  it('gives a frame that navigates its own branch', async () => {
    const c = await engine.visit(input(srv.url('frame.test', '/')));
    expect(chainOf(c)).toEqual([
      [0, 'initial', 'frame.test', 200],
      [1, 'frame', 'inner.test', 200],
      [1, 'script', 'inner.test', 200],
    ]);
  });

  it('stores a download with its hash', async () => {
    const c = await engine.visit(input(srv.url('dl.test', '/file.exe')));
    expect(c.downloads).toHaveLength(1);
    expect(c.downloads[0]).toMatchObject({ filename: 'setup.exe', size: DOWNLOAD.length });
    expect(c.downloads[0].sha256).toBe(createHash('sha256').update(DOWNLOAD).digest('hex'));
    expect(c.blobs.some((b) => b.sha256 === c.downloads[0].sha256)).toBe(true);
  });

  it('ends a page that refreshes itself forever', async () => {
    const c = await engine.visit(input(srv.url('loop.test', '/')));
    expect(c.outcome).toBe('ok');
    expect(c.warnings.join(' ')).toMatch(/loop/);
    expect(c.hops.length).toBeLessThanOrEqual(20);
  });

  it('bounds a page that opens 50 popups', async () => {
    const c = await engine.visit(input(srv.url('popups.test', '/')));
    const branches = new Set(c.hops.map((h) => h.branch));
    expect(branches.size).toBeLessThanOrEqual(20);
    expect(c.warnings.join(' ')).toMatch(/popups beyond/);
  });

  it('records external protocol navigations as refused hops and launches nothing', async () => {
    const c = await engine.visit(input(srv.url('proto.test', '/')));
    const refused = c.hops.filter((h) => h.blocked);
    expect(refused.map((h) => h.url)).toEqual(['mailto:victim@example.com', 'ms-msdt:/id%20PCWDiagnostic']);
    expect(refused.every((h) => h.cause === 'script' && h.status === null)).toBe(true);
    expect(await engine.launched()!.externalLaunches()).toEqual([]);
  });
});
