// The browser engine against the fixture server: a mixed chain with every cause, a frame, a
// download, hostile pages, the snapshot's reading of a page, and an offline replay of the mixed chain.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedResponse } from '../../src/model.ts';
import type { NetPolicy } from '../../src/net/policy.ts';
import type { ReplaySource, VisitInput } from '../../src/engines/engine.ts';
import type { VisitCapture } from '../../src/model.ts';
import { createBrowserEngine, type BrowserEngine } from '../../src/engines/browser/engine.ts';
import { getPersona } from '../../src/personas.ts';
import { snapshotFromHtml } from '../../src/page/snapshot.ts';
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

// What the classifier was tuned on: hidden text left out, blocks apart, placeholders and captions in.
const READING_HTML = `<!doctype html><html><head><title>Sign in</title><style>.x{color:red}</style></head><body>
<div>Account<b>verification</b></div><p>Enter your details</p>
<div style="display:none">hidden offer</div><p hidden>also hidden</p><span style="visibility: hidden">ghost</span>
<form action="/post" method="POST"><input type="email" name="user" placeholder="Email address">
<input type="hidden" name="t" value="tok"><label for="pw">Your PIN</label><input type="password" id="pw"><input type="submit" value="Continue">
<button>Help</button></form>
<input type="text" name="loose" placeholder="Card number"><textarea placeholder="Message"></textarea>
<label><span>Expiry</span><script>var inLabel = 1</script> <input name="two"> <select name="m"><option>01</option><option>12</option></select></label>
<a href="/terms">Terms <img src="data:," alt="of use"></a> <a href="mailto:help@example.com">Mail us</a>
<a href="javascript:void 0">nothing</a><a href="#top">top</a>
<ul><li>one</li><li>two</li></ul><noscript>enable js</noscript><script>var hiddenScriptText = 1</script>
</body></html>`;

const DOWNLOAD = Buffer.from('MZ fake installer bytes '.repeat(100));

beforeAll(async () => {
  srv = await startFixtureServer();
  const u = (h: string, p: string) => srv.url(h, p);
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
  srv.page('reading.test', '/', READING_HTML);
  srv.page('headlines.test', '/', `<title>t</title><body style="font-size:16px">
<div style="font-size:40px">Gratulerer <span style="font-size:12px">kjære bruker</span></div>
<div style="font-size:18px">not large enough</div><p>Plain text beside it</p>
<div style="font-size:36px;display:none">hidden headline</div><h1 style="font-size:12px">small h1</h1>
<div style="font-size:30px"> <b>Nested only</b> </div></body>`);
  engine = createBrowserEngine();
});

afterAll(async () => {
  await engine?.close();
  await srv?.close();
});

const chainOf = (c: VisitCapture) => c.hops.map((h) => [h.branch, h.cause, new URL(h.url).host.split(':')[0], h.status]);
const hopFacts = (c: VisitCapture) => c.hops.map((h) => [h.url, h.cause, h.branch, h.status]);

/** Serves a capture's own responses back: in order per method and URL, the last one again after. */
function replayOf(c: VisitCapture): ReplaySource {
  const served = new Map<string, number>();
  return {
    take(method, url) {
      const all = c.responses.filter((r: RecordedResponse) => r.method === method && r.url === url);
      if (!all.length) return null;
      const key = `${method} ${url}`;
      const n = served.get(key) ?? 0;
      served.set(key, n + 1);
      const r = all[Math.min(n, all.length - 1)];
      const body = r.bodySha256 ? (c.blobs.find((b) => b.sha256 === r.bodySha256)?.data ?? null) : null;
      return { status: r.status, headers: r.headers, body };
    },
  };
}

describe('browser engine: mixed chain, live then replayed offline', () => {
  // Its own server, so that it can be closed before the replay.
  let chainSrv: FixtureServer;
  let mixed: VisitCapture;

  beforeAll(async () => {
    chainSrv = await startFixtureServer();
    const u = (h: string, p: string) => chainSrv.url(h, p);
    chainSrv.redirect('start.test', '/', 302, u('refresh.test', '/r'));
    chainSrv.page('refresh.test', '/r', '<p>refreshing</p>', { refresh: `0; url=${u('meta.test', '/m')}` });
    chainSrv.page('meta.test', '/m', `<meta http-equiv="refresh" content="2; url=${u('replace.test', '/s')}"><p>wait</p>`);
    chainSrv.page('replace.test', '/s', `<script>location.replace(${JSON.stringify(u('delay.test', '/d'))})</script>`);
    chainSrv.page('delay.test', '/d', `<p>scanning…</p><script>setTimeout(() => { location.href = ${JSON.stringify(u('opener.test', '/o'))} }, 3000)</script>`);
    chainSrv.page('opener.test', '/o', `<title>Opener</title><p>You won</p><script>window.open(${JSON.stringify(u('pop.test', '/p'))})</script>`);
    chainSrv.redirect('pop.test', '/p', 302, u('landing.test', '/l'));
    chainSrv.page('landing.test', '/l', '<title>Login</title><form action="/x" method="post"><input type="email" name="u"><input type="password" name="p"></form><img alt="Bank logo" src="data:,">');
  });
  afterAll(() => chainSrv.close());

  it('records every hop in order with its cause and branch, plus snapshot and screenshot', async () => {
    mixed = await engine.visit(input(chainSrv.url('start.test', '/')));
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
    expect(pop.title).toBe('Login');
    expect(pop.forms[0].inputs.map((i) => i.type)).toEqual(['email', 'password']);
    expect(pop.imageAlts).toEqual(['Bank logo']);
    const shot = mixed.blobs.find((b) => b.sha256 === main.screenshot);
    expect(shot?.data.subarray(1, 4).toString()).toBe('PNG');
    // the location.replace page navigated away at once, yet its body was kept
    const replaceHop = mixed.hops.find((h) => h.url.includes('replace.test'))!;
    const body = mixed.blobs.find((b) => b.sha256 === replaceHop.bodySha256);
    expect(body?.data.toString()).toContain('location.replace');
    expect(replaceHop.serverIp).toBe('127.0.0.1');
    // the popup's landing page loaded before its page could be watched, yet its body was kept too
    const landing = mixed.hops.find((h) => h.url.includes('landing.test'))!;
    expect(mixed.blobs.find((b) => b.sha256 === landing.bodySha256)?.data.toString()).toContain('<title>Login</title>');
  });

  it('replays both branches with the server closed, connecting nowhere', async () => {
    const hitsBefore = chainSrv.hits.length;
    await chainSrv.close();
    const egressBefore = engine.egressEvents().length;
    const servedBefore = engine.replayProxyServed();
    const again = await engine.visit(input(chainSrv.url('start.test', '/'), { replay: replayOf(mixed) }));
    expect(again.outcome).toBe('ok');
    expect(hopFacts(again)).toEqual(hopFacts(mixed));
    expect(again.snapshots.map((s) => [s.branch, s.title, s.url])).toEqual(mixed.snapshots.map((s) => [s.branch, s.title, s.url]));
    expect(chainSrv.hits.length).toBe(hitsBefore);
    expect(engine.egressEvents().length).toBe(egressBefore);
    // the popup's 302 and its landing page were sent before CDP could answer them: the proxy did
    expect(engine.replayProxyServed() - servedBefore).toBe(2);
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

  it('reads a page the way the classifier HTML reading does', async () => {
    const url = srv.url('reading.test', '/');
    const c = await engine.visit(input(url));
    const live = c.snapshots[0];
    const fromHtml = snapshotFromHtml(READING_HTML, { url, status: 200 });
    expect(live.text).toBe(fromHtml.text);
    expect(live.text).toContain('Email address');
    expect(live.text).not.toMatch(/hidden offer|also hidden|ghost|enable js|hiddenScriptText/);
    expect(live.text).toMatch(/Account ?verification Enter your details/);
    expect(live.title).toBe(fromHtml.title);
    expect(live.forms).toEqual(fromHtml.forms);
    // A field's label holds its <label>'s words, by id or around it (the first field inside), never a list's choices.
    const labels = live.forms.flatMap((f) => f.inputs.map((i) => i.label));
    expect(labels).toContain('pw your pin');
    expect(labels).toContain('two expiry');
    expect(labels).toContain('m');
    expect(live.links).toEqual(fromHtml.links);
    expect(live.imageAlts).toEqual(fromHtml.imageAlts);
  });

  it('reads what is set in large type as headlines, whatever the tag', async () => {
    const c = await engine.visit(input(srv.url('headlines.test', '/')));
    // The <b> inherits 30px and holds the text itself; its parent holds none of its own.
    expect(c.snapshots[0]!.headlines).toEqual(['Gratulerer kjære bruker', 'Nested only']);
  });

  it('stores a download with its hash', async () => {
    const c = await engine.visit(input(srv.url('dl.test', '/file.exe')));
    expect(c.downloads).toHaveLength(1);
    expect(c.downloads[0]).toMatchObject({ filename: 'setup.exe', size: DOWNLOAD.length });
    expect(c.downloads[0].sha256).toBe(createHash('sha256').update(DOWNLOAD).digest('hex'));
    expect(c.blobs.some((b) => b.sha256 === c.downloads[0].sha256)).toBe(true);
  });

  it('ends a page that refreshes itself forever as a meta-refresh loop, hops kept', async () => {
    const c = await engine.visit(input(srv.url('loop.test', '/')));
    expect(c.outcome).toBe('error');
    expect(c.error).toMatch(/^meta-refresh loop: http:\/\/loop\.test:\d+\/ loaded 3 times$/);
    expect(c.hops.map((h) => h.cause)).toEqual(['initial', 'meta-refresh', 'meta-refresh', 'meta-refresh']);
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
    // Chromium hands mailto: to xdg-email with no gesture asked; only the stub first on its PATH saw it.
    const handedOff = await engine.launched()!.externalLaunches();
    expect(handedOff.every((arg) => refused.some((h) => arg.includes(h.url)))).toBe(true);
  });
});
