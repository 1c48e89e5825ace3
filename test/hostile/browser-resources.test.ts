// Hostile pages and servers against the browser engine, one engine for the whole file: each visit
// ends within its timeout with an outcome, and the next visit (a harmless page) still works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserEngine, type BrowserEngine } from '../../src/engines/browser/engine.ts';
import type { VisitCapture } from '../../src/model.ts';
import type { NetPolicy } from '../../src/net/policy.ts';
import { getPersona } from '../../src/personas.ts';
import {
  dropMidBody, endlessBody, gzipBomb, hugeDownload, selfSignedCertificate, startBadTlsServer, startSilentServer,
  type RawServer, type SentCounter, type TlsServer,
} from '../fixtures/hostile.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

const policy: NetPolicy = { hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: true, allowPrivate: false, proxy: null };
const TIMEOUT_MS = 8000;
const BODY_LIMIT = 1 << 20;
let server: FixtureServer;
let silent: RawServer;
let tls: TlsServer | null = null;
let engine: BrowserEngine;
let download: SentCounter;
let endless: SentCounter;

const visit = (url: string): Promise<VisitCapture> =>
  engine.visit({ url, persona: getPersona('desktop-ja'), timeoutMs: TIMEOUT_MS, maxHops: 20, bodyLimit: BODY_LIMIT, net: policy });

beforeAll(async () => {
  server = await startFixtureServer();
  silent = await startSilentServer();
  endless = endlessBody(server, 'endless.test', '/');
  gzipBomb(server, 'bomb.test', '/', 16 * 1024 ** 3);
  download = hugeDownload(server, 'download.test', '/invoice');
  dropMidBody(server, 'drop.test', '/');
  server.page('fine.test', '/', '<title>still here</title><p>fine</p>');
  server.page('meta.test', '/self', '<meta http-equiv="refresh" content="0"><title>again</title>');
  server.page('popups.test', '/', `<script>for (let i = 0; i < 100; i++) window.open('/child?' + i)</script>`);
  server.page('popups.test', '/child', '<p>child</p>');
  server.page('alert.test', '/', '<title>alerts</title><script>for (;;) { alert("your PC is infected"); confirm("call now"); prompt("card?") }</script>');
  server.page('hog.test', '/', '<title>hog</title><script>const a = []; for (;;) a.push(new Array(1e6).fill(Math.random()))</script>');
  const cert = selfSignedCertificate(['tls.test']);
  if (cert) {
    tls = await startBadTlsServer(cert, (_q, res) => {
      res.writeHead(302, { location: server.url('fine.test', '/') });
      res.end();
    });
  }
  engine = createBrowserEngine();
});

afterAll(async () => {
  await engine?.close();
  await server?.close();
  await silent?.close();
  await tls?.close();
});

/** The visit ends, and the harmless page after it still loads. */
async function survives(url: string): Promise<VisitCapture> {
  const capture = await visit(url);
  console.log(`${url}: ${capture.outcome} ${capture.error ?? ''} hops=${capture.hops.length} warnings=${capture.warnings.join('; ').slice(0, 300)}`);
  const next = await visit(server.url('fine.test', '/'));
  expect(next.outcome, `visit after ${url}`).toBe('ok');
  expect(next.snapshots[0]?.title).toBe('still here');
  return capture;
}

// Each visit must end (a hostile page that held it forever would hit this cap) with its outcome, and
// the next must work. How soon past its timeout a visit ends depends on the machine's load: that
// figure is in `npm run bench` (deadline), not a test deadline of a few seconds.
describe('browser: hostile pages end, and the next visit is fine', { timeout: 120_000 }, () => {
  it('endless body', async () => {
    const c = await survives(server.url('endless.test', '/'));
    expect(['ok', 'timeout'], c.error ?? '').toContain(c.outcome);
    expect(endless.sent).toBeLessThan(512 * 1024 * 1024);
  });

  it('gzip bomb', async () => {
    const c = await survives(server.url('bomb.test', '/'));
    expect(['ok', 'timeout', 'error'], c.error ?? '').toContain(c.outcome);
    for (const b of c.blobs) expect(b.data.length).toBeLessThanOrEqual(BODY_LIMIT);
  });

  it('2 GB download: capped, never the whole file', async () => {
    const c = await survives(server.url('download.test', '/invoice'));
    expect(download.sent).toBeLessThan(1024 * 1024 * 1024);
    expect(c.downloads.length).toBeLessThanOrEqual(1);
    if (c.downloads[0]) expect(c.downloads[0].size).toBeLessThan(2 * 1024 ** 3);
  });

  it('meta refresh to itself', async () => {
    const c = await survives(server.url('meta.test', '/self'));
    expect(c.outcome).toBe('error');
    expect(c.error).toMatch(/^meta-refresh loop: /);
    expect(c.hops.length).toBeLessThanOrEqual(4);
  });

  it('100 popups', async () => {
    const c = await survives(server.url('popups.test', '/'));
    expect(['ok', 'timeout'], c.error ?? '').toContain(c.outcome);
    expect(new Set(c.hops.map((h) => h.branch)).size).toBeLessThanOrEqual(21);
  });

  it('alert loop', async () => {
    const c = await survives(server.url('alert.test', '/'));
    expect(['ok', 'timeout'], c.error ?? '').toContain(c.outcome);
  });

  it('a page that allocates memory until it dies', async () => {
    const c = await survives(server.url('hog.test', '/'));
    expect(['error', 'timeout'], c.error ?? '').toContain(c.outcome);
  });

  it('a server that accepts and never answers', async () => {
    const c = await survives(`http://silent.test:${silent.port}/`);
    expect(c.outcome, c.error ?? '').toBe('timeout');
  });

  it('a server that drops the connection mid-body', async () => {
    const c = await survives(server.url('drop.test', '/'));
    expect(['ok', 'error'], c.error ?? '').toContain(c.outcome);
    expect(c.hops[0].url).toBe(server.url('drop.test', '/'));
  });

  it('a TLS server with a self-signed certificate: recorded and followed', async (ctx) => {
    if (!tls) ctx.skip();
    const c = await survives(tls!.url('tls.test', '/'));
    expect(c.outcome, c.error ?? '').toBe('ok');
    expect(c.hops.map((h) => h.status)).toEqual([302, 200]);
    expect(c.snapshots[0]?.title).toBe('still here');
  });
});
