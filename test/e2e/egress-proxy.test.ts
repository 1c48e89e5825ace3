// The egress proxy the browser engine sends everything through, driven here by node's http client.
import http from 'node:http';
import { Server as ProxyServer } from 'proxy-chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCKED_HEADER, startEgressProxy, type EgressProxy } from '../../src/net/egress.ts';
import type { NetPolicy } from '../../src/net/policy.ts';
import { createHttpEngine } from '../../src/engines/http/engine.ts';
import { fixedLookup } from '../../src/net/connect-lookup.ts';
import { getPersona } from '../../src/personas.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

const POLICY: NetPolicy = { hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: true, allowPrivate: false, proxy: null };

let fx: FixtureServer;
let proxy: EgressProxy;
const proxyPort = () => Number(new URL(proxy.url).port);

function viaProxy(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: proxyPort(), method: 'GET', path: url, headers: { host: new URL(url).host, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end();
  });
}

function connect(target: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; socket: import('node:net').Socket }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: proxyPort(), method: 'CONNECT', path: target });
    req.on('connect', (res, socket) => resolve({ status: res.statusCode ?? 0, headers: res.headers, socket }));
    req.on('response', (res) => resolve({ status: res.statusCode ?? 0, headers: res.headers, socket: res.socket }));
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  fx = await startFixtureServer({ ipv6: true });
  fx.page('a.test', '/hello', '<p>hello</p>');
  fx.page('*', '/secret', 'secret');
  proxy = await startEgressProxy(POLICY);
});

afterAll(async () => {
  await proxy.close();
  await fx.close();
});

const secretHits = () => fx.hits.filter((h) => h.path.startsWith('/secret')).length;

describe('egress proxy', () => {
  it('forwards plain http to a mapped host and logs the address it connected to', async () => {
    const res = await viaProxy(fx.url('a.test', '/hello'));
    expect(res.status).toBe(200);
    expect(res.body).toBe('<p>hello</p>');
    expect(fx.hitsOn('a.test', '/hello')).toHaveLength(1);
    expect(proxy.events.at(-1)).toMatchObject({ method: 'GET', host: 'a.test', port: fx.port, url: fx.url('a.test', '/hello'), ip: '127.0.0.1', refused: null });
    expect(proxy.serverIpFor('a.test', fx.port)).toBe('127.0.0.1');
  });

  it.each(['127.0.0.1', '[::1]', 'localhost', 'evil.example'])('refuses plain http to %s with 403 and the reason header', async (host) => {
    const res = await viaProxy(`http://${host}:${fx.port}/secret`);
    expect(res.status).toBe(403);
    expect(res.headers[BLOCKED_HEADER]).toBeTruthy();
    expect(proxy.events.at(-1)).toMatchObject({ ip: null, refused: res.headers[BLOCKED_HEADER] });
    expect(secretHits()).toBe(0);
  });

  it('does not pass the browser\'s Proxy-Connection header on to the site', async () => {
    const r = await viaProxy(fx.url('a.test', '/hello?pc'), { 'proxy-connection': 'keep-alive' });
    expect(r.status).toBe(200);
    const hit = fx.hits.find((h) => h.path === '/hello?pc');
    expect(hit).toBeDefined();
    expect(hit!.headers['proxy-connection']).toBeUndefined();
  });

  it('refuses CONNECT to a refused host before anything reaches it', async () => {
    const res = await connect(`127.0.0.1:${fx.port}`);
    expect(res.status).toBe(403);
    expect(res.headers[BLOCKED_HEADER]).toContain('not mapped');
    res.socket.destroy();
    expect(proxy.events.at(-1)).toMatchObject({ method: 'CONNECT', host: '127.0.0.1', url: null, ip: null });
    expect(fx.hits.filter((h) => h.host === '127.0.0.1')).toHaveLength(0);
  });

  it('tunnels CONNECT to a mapped host to exactly the mapped address', async () => {
    const res = await connect(`b.test:${fx.port}`);
    expect(res.status).toBe(200);
    const reply = await new Promise<string>((resolve) => {
      let text = '';
      res.socket.on('data', (c: Buffer) => (text += c.toString()));
      res.socket.on('end', () => resolve(text));
      res.socket.write(`GET /hello HTTP/1.1\r\nhost: a.test:${fx.port}\r\nconnection: close\r\n\r\n`);
    });
    expect(reply).toContain('<p>hello</p>');
    expect(proxy.events.at(-1)).toMatchObject({ method: 'CONNECT', host: 'b.test', ip: '127.0.0.1', refused: null });
  });

  it('under the guard alone refuses literal private addresses and a name that resolves to loopback', async () => {
    const guarded = await startEgressProxy({ ...POLICY, mappedOnly: false, resolver: async () => ['127.0.0.1'] });
    try {
      const port = Number(new URL(guarded.url).port);
      for (const path of [`http://10.0.0.1/secret`, `http://2130706433:${fx.port}/secret`, `http://rebind.example:${fx.port}/secret`]) {
        const status = await new Promise<number>((resolve, reject) => {
          http.request({ host: '127.0.0.1', port, path }, (res) => (res.resume(), resolve(res.statusCode ?? 0))).on('error', reject).end();
        });
        expect(status, path).toBe(403);
      }
      expect(guarded.events.map((e) => e.refused)).toEqual([
        expect.stringContaining('private'),
        expect.stringContaining('loopback'),
        expect.stringContaining('rebind.example resolved to 127.0.0.1'),
      ]);
      expect(secretHits()).toBe(0);
    } finally {
      await guarded.close();
    }
  });
});

describe('upstream proxy (--proxy)', () => {
  // A stand-in upstream on loopback that sends every name to the fixture server: it proves the
  // names travel to the upstream unresolved, and no test resolves a real name.
  let upstream: ProxyServer;
  let seenByUpstream: string[];
  beforeAll(async () => {
    seenByUpstream = [];
    upstream = new ProxyServer({
      port: 0,
      host: '127.0.0.1',
      prepareRequestFunction: ({ hostname }) => {
        seenByUpstream.push(hostname);
        return { dnsLookup: fixedLookup('127.0.0.1') as never };
      },
    });
    await upstream.listen();
    fx.page('phish.example', '/up', 'via upstream');
  });
  afterAll(() => upstream.close(true));

  const chained = (): NetPolicy => ({
    ...POLICY,
    mappedOnly: false,
    proxy: `http://127.0.0.1:${upstream.port}`,
    resolver: async (host) => {
      throw new Error(`no local lookup of ${host} allowed`);
    },
  });

  it('the egress proxy chains unmapped names to the upstream without resolving them', async () => {
    const egress = await startEgressProxy(chained());
    try {
      const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const path = `http://phish.example:${fx.port}/up`;
        http
          .request({ host: '127.0.0.1', port: Number(new URL(egress.url).port), path, headers: { host: new URL(path).host } }, (r) => {
            let body = '';
            r.on('data', (c: Buffer) => (body += c.toString()));
            r.on('end', () => resolve({ status: r.statusCode ?? 0, body }));
          })
          .on('error', reject)
          .end();
      });
      expect(res).toEqual({ status: 200, body: 'via upstream' });
      expect(seenByUpstream).toContain('phish.example');
      expect(egress.events.at(-1)).toMatchObject({ host: 'phish.example', ip: null, refused: null });
    } finally {
      await egress.close();
    }
  });

  it('the HTTP engine sends unmapped names through the upstream and still refuses private literals', async () => {
    const engine = createHttpEngine();
    const base = { persona: getPersona('desktop-ja'), timeoutMs: 5000, maxHops: 5, bodyLimit: 65536, net: chained() };
    const ok = await engine.visit({ ...base, url: `http://phish.example:${fx.port}/up` });
    expect(ok.outcome).toBe('ok');
    expect(ok.hops[0]).toMatchObject({ status: 200, serverIp: null });
    expect(seenByUpstream.filter((h) => h === 'phish.example').length).toBeGreaterThanOrEqual(2);
    const refused = await engine.visit({ ...base, url: `http://2130706433:${fx.port}/secret` });
    expect(refused.outcome).toBe('blocked');
    expect(secretHits()).toBe(0);
  });
});
