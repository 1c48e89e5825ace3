// SSRF from inside a page, against the browser engine (one engine for the file): fetch(), <img>,
// <iframe>, WebSocket and form POSTs aimed at every loopback spelling, plus a main-frame redirect.
// Only spellings that land on this machine are used here: Chromium is a separate process that the
// tripwire cannot watch, so a target that got through must hit our own fixture, never a network.
import { isIP } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserEngine, type BrowserEngine } from '../../src/engines/browser/engine.ts';
import { BLOCKED_HEADER } from '../../src/net/egress.ts';
import type { NetPolicy } from '../../src/net/policy.ts';
import { getPersona } from '../../src/personas.ts';
import { startSilentServer, type RawServer } from '../fixtures/hostile.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { SECRET, ssrfTargets } from './support/ssrf-targets.ts';
import './support/tripwire.mjs';

// The guard alone (no --mapped-only): *.test is mapped, everything else is up to the guard.
const policy: NetPolicy = { hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: false, allowPrivate: false, proxy: null };
let server: FixtureServer;
let wsSink: RawServer;
let engine: BrowserEngine;
let targets: string[];

/** True when the URL's host is this machine whatever the spelling (127/8, ::1, mapped, 0.0.0.0, localhost). */
function landsOnLoopback(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return /^(127\.|0\.0\.0\.0$)/.test(host);
  return ['::1', '::', '::ffff:7f00:1'].includes(host);
}

const secretHits = () => server.hits.filter((h) => h.path.split('?')[0] === SECRET).length;
const trips = () => (globalThis as { __hoptraceTripwire?: string[] }).__hoptraceTripwire ?? [];

beforeAll(async () => {
  server = await startFixtureServer({ ipv6: true });
  wsSink = await startSilentServer();
  server.page('*', SECRET, 'secret');
  targets = ssrfTargets(server.port).filter(landsOnLoopback);
  const wsTargets = targets.map((t) => {
    const u = new URL(t);
    return `ws://${u.host.replace(/:\d+$/, '')}:${wsSink.port}/`;
  });
  const script = `
    const targets = ${JSON.stringify(targets)};
    const ws = ${JSON.stringify(wsTargets)};
    targets.forEach((t, i) => {
      fetch(t + '?v=fetch', { mode: 'no-cors' }).catch(() => {});
      fetch(t + '?v=post', { method: 'POST', mode: 'no-cors', body: 'x=1' }).catch(() => {});
      const img = new Image(); img.src = t + '?v=img'; document.body.append(img);
      const f = document.createElement('iframe'); f.src = t + '?v=iframe'; document.body.append(f);
      const sink = document.createElement('iframe'); sink.name = 'sink' + i; document.body.append(sink);
      const form = document.createElement('form'); form.method = 'post'; form.action = t + '?v=form'; form.target = sink.name;
      form.innerHTML = '<input name="secret" value="1">'; document.body.append(form); form.submit();
      try { new WebSocket(ws[i]); } catch {}
    });`;
  server.page('lure.test', '/sub', `<title>lure</title><body><script>${script}</script></body>`);
  server.page('lure.test', '/form', `<body><form method="post" action="${targets[0]}?v=mainform"><input name="a" value="b"></form><script>document.forms[0].submit()</script></body>`);
  server.route('lure.test', '/go', (_q, res, { url }) => {
    res.writeHead(302, { location: Buffer.from(url.searchParams.get('to') ?? '/', 'utf8').toString('latin1') });
    res.end();
  });
  engine = createBrowserEngine();
});

afterAll(async () => {
  await engine?.close();
  await server?.close();
  await wsSink?.close();
});

const input = (url: string) => ({ url, persona: getPersona('desktop-ja'), timeoutMs: 20_000, maxHops: 20, bodyLimit: 1 << 20, net: policy });

describe('browser: SSRF from inside a page', () => {
  it('fetch, img, iframe, WebSocket and form POST to every loopback spelling: zero hits', async () => {
    expect(targets.length).toBeGreaterThan(20);
    const capture = await engine.visit(input(server.url('lure.test', '/sub')));
    expect(capture.hops[0]).toMatchObject({ status: 200, blocked: null });
    expect(secretHits()).toBe(0);
    expect(wsSink.accepted).toBe(0);
    expect(trips()).toEqual([]);
    const blockedResponses = capture.responses.filter((r) => r.headers.some(([n]) => n.toLowerCase() === BLOCKED_HEADER));
    console.log(
      `browser SSRF: ${targets.length} loopback spellings × fetch GET, fetch POST, img, iframe, form POST, WebSocket = ` +
        `${targets.length * 6} attempts, ${secretHits()} hits, ${wsSink.accepted} WebSocket connections; ` +
        `${blockedResponses.length} recorded as blocked responses; outcome ${capture.outcome}`,
    );
  });

  it('a main-frame form POST to loopback is recorded as a blocked hop', async () => {
    const capture = await engine.visit(input(server.url('lure.test', '/form')));
    const last = capture.hops.filter((h) => h.branch === 0).at(-1);
    expect(last?.method).toBe('POST');
    expect(last?.blocked).toMatch(/loopback/);
    expect(last?.status).toBeNull();
    expect(secretHits()).toBe(0);
  });

  it('a main-frame redirect to loopback, one spelling of each kind, is recorded as a blocked hop', async () => {
    // Chromium normalises every spelling before the request (the subresource case above covers all
    // of them); a main-frame visit costs about a second, so one per kind of spelling.
    const kinds = ['2130706433', '0x7f.1', '１２７', 'localhost.', '[::ffff:7f00:1]'];
    for (const t of targets.filter((x) => kinds.some((k) => x.includes(`//${k}`)))) {
      const capture = await engine.visit(input(`${server.url('lure.test', '/go')}?to=${encodeURIComponent(t)}`));
      const last = capture.hops.at(-1);
      expect(capture.hops.length, t).toBeGreaterThanOrEqual(2);
      expect(last?.blocked, t).toMatch(/loopback|unspecified/);
      expect(last?.status, t).toBeNull();
    }
    expect(secretHits()).toBe(0);
  }, 120_000);

  // The HTTP engine ends such a visit `blocked` (see ssrf-http.test.ts); the browser engine says
  // `blocked` only when the first hop was refused.
  it('a visit whose redirect was refused ends with outcome blocked, as in the HTTP engine', async () => {
    const capture = await engine.visit(input(`${server.url('lure.test', '/go')}?to=${encodeURIComponent(targets[0])}`));
    expect(capture.hops.at(-1)?.blocked).toMatch(/loopback/);
    expect(capture.outcome).toBe('blocked');
  });
});
