// Hostile pages against the sandbox's network guard, and a browser killed in the middle of a visit.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetPolicy } from '../../src/net/policy.ts';
import { createBrowserEngine, type BrowserEngine } from '../../src/engines/browser/engine.ts';
import { getPersona } from '../../src/personas.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

const policy: NetPolicy = { hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: true, allowPrivate: false, proxy: null };
let srv: FixtureServer;
let engine: BrowserEngine;
const SECRET = '/secret';

const visit = (url: string) =>
  engine.visit({ url, persona: getPersona('desktop-ja'), timeoutMs: 20_000, maxHops: 20, bodyLimit: 1_000_000, net: policy });

/** The same fixture port under every spelling of a local address the guard must refuse. */
const targets = () => [
  `http://127.0.0.1:${srv.port}${SECRET}`,
  `http://[::1]:${srv.port}${SECRET}`,
  `http://localhost:${srv.port}${SECRET}`,
  `http://2130706433:${srv.port}${SECRET}`,
  `http://10.0.0.1${SECRET}`,
];
const secretHits = () => srv.hits.filter((h) => h.path.startsWith(SECRET));

beforeAll(async () => {
  srv = await startFixtureServer({ ipv6: true });
  srv.page('*', SECRET, '<title>internal admin</title>');
  srv.route('redirect.test', '/', (req, res) => {
    res.writeHead(302, { location: new URL(req.url ?? '/', 'http://x').searchParams.get('to') ?? '/' });
    res.end();
  });
  const [v4, v6, name, decimal] = targets();
  srv.page(
    'subresources.test',
    '/',
    `<title>hostile</title><img src="${v4}"><iframe src="${name}"></iframe>
     <form id="f" method="post" action="${decimal}"><input name="a" value="b"></form>
     <script>fetch(${JSON.stringify(v6)}).catch(() => {}); setTimeout(() => document.getElementById('f').submit(), 500)</script>`,
  );
  srv.route('hang.test', '/', (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<title>slow</title><p>loading'); // never ended: the browser dies while waiting
  });
  srv.page('after.test', '/', '<title>fine</title>');
  engine = createBrowserEngine();
});

afterAll(async () => {
  await engine?.close();
  await srv?.close();
});

describe('the network guard in the browser', () => {
  const labels = ['127.0.0.1:PORT', '[::1]:PORT', 'localhost:PORT', '2130706433:PORT', '10.0.0.1'];
  it.each(labels.map((label, i) => [label, i] as const))('refuses a redirect to %s and records the hop blocked', async (_label, i) => {
    const target = targets()[i];
    const c = await visit(`${srv.url('redirect.test', '/')}?to=${encodeURIComponent(target)}`);
    expect(c.hops.map((h) => [h.cause, h.status])).toEqual([
      ['initial', 302],
      ['http', null],
    ]);
    expect(c.hops[1].blocked).toMatch(/\S/);
    expect(secretHits()).toEqual([]);
  });

  it('refuses subresources and a form post aimed at local addresses, recording each refusal', async () => {
    const eventsBefore = engine.egressEvents().length;
    const c = await visit(srv.url('subresources.test', '/'));
    const refusedHosts = engine
      .egressEvents()
      .slice(eventsBefore)
      .filter((e) => e.refused)
      .map((e) => e.host);
    // img (127.0.0.1), fetch ([::1]), iframe (localhost); Chromium sends 2130706433 as 127.0.0.1
    expect(new Set(refusedHosts)).toEqual(new Set(['127.0.0.1', '::1', 'localhost']));
    const form = c.hops.find((h) => h.cause === 'form');
    expect(form).toMatchObject({ url: `http://127.0.0.1:${srv.port}${SECRET}`, method: 'POST', status: null });
    expect(form?.blocked).toMatch(/\S/);
    expect(secretHits()).toEqual([]);
  });
});

/** Chromium's main process: the child of this process that runs the browser binary. */
function chromiumPid(): number {
  const children = execFileSync('pgrep', ['-P', String(process.pid)], { encoding: 'utf8' }).trim().split('\n').map(Number);
  const pid = children.find((p) => /chrom/i.test(readFileSync(`/proc/${p}/cmdline`, 'utf8')));
  if (!pid) throw new Error('no Chromium child process found');
  return pid;
}

describe('a browser killed mid-visit', () => {
  it('makes that visit an error and the next one succeed on a new browser', async () => {
    await visit(srv.url('after.test', '/')); // the browser is running
    const pending = visit(srv.url('hang.test', '/'));
    while (srv.hitsOn('hang.test').length === 0) await new Promise((r) => setTimeout(r, 20));
    process.kill(chromiumPid(), 'SIGKILL');
    const killed = await pending;
    expect(killed.outcome).toBe('error');
    expect(killed.error).toMatch(/crash|closed|Target/i);
    const next = await visit(srv.url('after.test', '/'));
    expect(next.outcome).toBe('ok');
    expect(next.snapshots[0].title).toBe('fine');
  });
});
