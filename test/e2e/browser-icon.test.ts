// The page's icon at capture. Chromium fetches it on its own once the page stops loading, outside
// anything the visit waits for, so on a busy machine that fetch sometimes had not landed when the
// page was captured and the kit's favicon fingerprint came and went between runs (seen once in CI).
// The engine now fetches an icon nobody answered yet, through the same egress proxy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerResponse } from 'node:http';
import type { NetPolicy } from '../../src/net/policy.ts';
import { createBrowserEngine, type BrowserEngine } from '../../src/engines/browser/engine.ts';
import { getPersona } from '../../src/personas.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

const policy: NetPolicy = { hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: true, allowPrivate: false, proxy: null };
let srv: FixtureServer;
let engine: BrowserEngine;
const hanging: ServerResponse[] = [];
const ICON = Buffer.from('icon-bytes-of-the-page');

const visit = (url: string) =>
  engine.visit({ url, persona: getPersona('desktop-en'), timeoutMs: 20_000, maxHops: 20, bodyLimit: 1_000_000, net: policy });

beforeAll(async () => {
  srv = await startFixtureServer();
  // The browser's own icon fetch (it asks for an image) never gets an answer; any other fetch does.
  srv.page('slow-icon.test', '/', '<title>slow icon</title><link rel="icon" href="/brand/icon.ico"><p>hello');
  srv.route('slow-icon.test', '/brand/icon.ico', (req, res) => {
    if (req.headers.accept?.startsWith('image/')) return void hanging.push(res);
    res.writeHead(200, { 'content-type': 'image/x-icon' });
    res.end(ICON);
  });
  srv.page('no-link.test', '/', '<title>no icon link</title><p>hello');
  srv.route('no-link.test', '/favicon.ico', (_q, res) => {
    res.writeHead(200, { 'content-type': 'image/x-icon' });
    res.end(ICON);
  });
  srv.page('local-icon.test', '/', `<title>local icon</title><link rel="icon" href="http://127.0.0.1:${srv.port}/secret-icon.ico"><p>hello`);
  srv.page('*', '/secret-icon.ico', 'must not be reached');
  engine = createBrowserEngine();
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  await engine?.close();
  await srv?.close();
});

describe('the icon of a captured page', () => {
  it('is recorded when the browser’s own fetch of it has not been answered by capture', async () => {
    const c = await visit(srv.url('slow-icon.test', '/'));
    expect(c.outcome).toBe('ok');
    const icon = c.responses.find((r) => r.url === srv.url('slow-icon.test', '/brand/icon.ico'));
    expect(icon?.status).toBe(200);
    expect(c.blobs.find((b) => b.sha256 === icon?.bodySha256)?.data).toEqual(ICON);
  });

  it('is /favicon.ico when the page names none', async () => {
    const c = await visit(srv.url('no-link.test', '/'));
    const icons = c.responses.filter((r) => r.url === srv.url('no-link.test', '/favicon.ico'));
    expect(icons.map((r) => r.status)).toEqual([200]);
  });

  it('goes through the network guard like any request of the page', async () => {
    const c = await visit(srv.url('local-icon.test', '/'));
    expect(c.outcome).toBe('ok');
    expect(srv.hits.filter((h) => h.path === '/secret-icon.ico')).toEqual([]);
  });
});
