// The HTTP engine against the fixture server: 127.0.0.1/::1 only, hosts under .test mapped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReplaySource, VisitInput } from '../../src/engines/engine.ts';
import { LOOP_LIMIT } from '../../src/engines/chain-guard.ts';
import { createHttpEngine } from '../../src/engines/http/engine.ts';
import type { NetPolicy } from '../../src/net/policy.ts';
import { resolveForConnect } from '../../src/net/resolve.ts';
import { getPersona } from '../../src/personas.ts';
import { sendHtml, startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

const MAPPED: NetPolicy = { hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: true, allowPrivate: false, proxy: null };
// The guard alone (no mapped-only): any real lookup would be a defect, so the resolver refuses to.
const GUARD_ONLY: NetPolicy = {
  ...MAPPED,
  mappedOnly: false,
  resolver: async (host) => {
    throw new Error(`test resolver: no lookup of ${host} allowed`);
  },
};

let fx: FixtureServer;
const engine = createHttpEngine();

const input = (url: string, over: Partial<VisitInput> = {}): VisitInput => ({
  url,
  persona: getPersona('desktop-ja'),
  timeoutMs: 10_000,
  maxHops: 20,
  bodyLimit: 1024 * 1024,
  net: MAPPED,
  ...over,
});

beforeAll(async () => {
  fx = await startFixtureServer({ ipv6: true });
  fx.redirect('a.test', '/r301', 301, fx.url('b.test', '/r302'));
  fx.redirect('b.test', '/r302', 302, '/r303');
  fx.redirect('b.test', '/r303', 303, fx.url('c.test', '/r307'));
  fx.redirect('c.test', '/r307', 307, '//d.test:' + fx.port + '/r308');
  fx.redirect('d.test', '/r308', 308, 'landing?x=1#frag');
  fx.page('d.test', '/landing', '<title>Landing</title><p>made it</p>');
  fx.route('a.test', '/refresh-header', (_q, res) => sendHtml(res, 'wait', 200, { refresh: `3; url=${fx.url('b.test', '/after-header')}` }));
  fx.page('b.test', '/after-header', '<title>After header</title>');
  fx.page(
    'a.test',
    '/meta',
    `<head><noscript><meta http-equiv="refresh" content="0; url=/noscript-path"></noscript>
     <meta http-equiv="Refresh" content="7; URL='/after-meta'"></head><body>please wait</body>`,
  );
  fx.page('a.test', '/after-meta', '<title>After meta</title>');
  fx.redirect('a.test', '/loop', 302, '/loop2');
  fx.redirect('a.test', '/loop2', 302, '/loop');
  fx.page('a.test', '/self-refresh', '<meta http-equiv="refresh" content="0">');
  fx.route('a.test', '/never', () => {
    // accepts the request and never answers
  });
  fx.route('a.test', '/endless', (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const pump = () => {
      while (sent < 300 * 1024 * 1024 && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    req.socket.on('close', () => res.destroy());
    pump();
  });
  fx.route('a.test', '/set-cookie', (_q, res) => {
    res.writeHead(302, { location: '/check-cookie', 'set-cookie': ['sid=abc123; Path=/', 'seen=1; Path=/'] });
    res.end();
  });
  fx.page('a.test', '/check-cookie', '<title>cookies</title>');
  fx.route('a.test', '/file', (_q, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="invoice.exe"' });
    res.end(Buffer.from('MZ fake executable'));
  });
  fx.page('*', '/secret', 'secret');
});

afterAll(async () => {
  await engine.close();
  await fx.close();
});

const secretHits = () => fx.hits.filter((h) => h.path.startsWith('/secret')).length;

describe('redirect chains', () => {
  it('follows 301/302/303/307/308 across hosts with cause http and the checked server IP', async () => {
    const cap = await engine.visit(input(fx.url('a.test', '/r301')));
    expect(cap.outcome).toBe('ok');
    expect(cap.hops.map((h) => [h.url, h.status, h.cause])).toEqual([
      [fx.url('a.test', '/r301'), 301, 'initial'],
      [fx.url('b.test', '/r302'), 302, 'http'],
      [fx.url('b.test', '/r303'), 303, 'http'],
      [fx.url('c.test', '/r307'), 307, 'http'],
      [fx.url('d.test', '/r308'), 308, 'http'],
      [fx.url('d.test', '/landing?x=1#frag'), 200, 'http'],
    ]);
    expect(cap.hops.every((h) => h.serverIp === '127.0.0.1' && h.method === 'GET' && h.bodySha256)).toBe(true);
    expect(cap.responses).toHaveLength(6);
    expect(cap.snapshots[0]).toMatchObject({ url: fx.url('d.test', '/landing?x=1#frag'), status: 200, title: 'Landing' });
    expect(fx.hitsOn('d.test', '/landing')[0].headers['user-agent']).toBe(getPersona('desktop-ja').userAgent);
  });

  it('follows a Refresh header without waiting and notes its delay', async () => {
    const cap = await engine.visit(input(fx.url('a.test', '/refresh-header')));
    expect(cap.hops.map((h) => h.cause)).toEqual(['initial', 'refresh-header']);
    expect(cap.hops[1]).toMatchObject({ url: fx.url('b.test', '/after-header'), status: 200, note: 'refresh delay 3s' });
  });

  it('follows a meta refresh with a delay, and not the one inside noscript', async () => {
    const cap = await engine.visit(input(fx.url('a.test', '/meta')));
    expect(cap.hops.map((h) => [h.url, h.cause, h.note ?? null])).toEqual([
      [fx.url('a.test', '/meta'), 'initial', null],
      [fx.url('a.test', '/after-meta'), 'meta-refresh', 'refresh delay 7s'],
    ]);
    expect(cap.warnings.join('\n')).toContain('noscript');
    expect(fx.hitsOn('a.test', '/noscript-path')).toHaveLength(0);
  });

  it.each([
    // A B A B … : the first A starts the chain, then each URL comes back by 3xx up to the limit.
    ['a redirect loop', '/loop', 2 * LOOP_LIMIT + 1, /^redirect loop: http:\/\/a\.test:\d+\/loop2 loaded 3 times$/],
    ['a meta refresh to itself', '/self-refresh', LOOP_LIMIT + 1, /^meta-refresh loop: .*\/self-refresh loaded 3 times$/],
  ])('ends %s as an error naming the loop, hops kept', async (_name, path, hops, error) => {
    const cap = await engine.visit(input(fx.url('a.test', path)));
    expect(cap.outcome).toBe('error');
    expect(cap.error).toMatch(error);
    expect(cap.hops).toHaveLength(hops);
  });

  it('ends at maxHops as an error, hops kept', async () => {
    const cap = await engine.visit(input(fx.url('a.test', '/r301'), { maxHops: 2 }));
    expect(cap.hops).toHaveLength(2);
    expect(cap.outcome).toBe('error');
    expect(cap.error).toMatch(/^hop cap of 2 reached before /);
  });
});

describe('hostile servers', () => {
  it('ends a visit to a server that never answers at the timeout', async () => {
    const cap = await engine.visit(input(fx.url('a.test', '/never'), { timeoutMs: 800 }));
    expect(cap.outcome).toBe('timeout');
    expect(cap.hops).toHaveLength(1);
    expect(cap.hops[0].status).toBeNull();
  });

  it('reads an endless 300 MB body only up to the body limit', async () => {
    const before = process.memoryUsage().rss;
    const cap = await engine.visit(input(fx.url('a.test', '/endless'), { bodyLimit: 256 * 1024 }));
    expect(cap.outcome).toBe('ok');
    expect(cap.responses[0].truncated).toBe(true);
    expect(cap.blobs[0].data.length).toBe(256 * 1024);
    expect(cap.hops[0].note).toContain('truncated');
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('records a download without treating it as a page', async () => {
    const cap = await engine.visit(input(fx.url('a.test', '/file')));
    expect(cap.downloads).toEqual([
      expect.objectContaining({ url: fx.url('a.test', '/file'), filename: 'invoice.exe', size: 18, mime: 'application/octet-stream' }),
    ]);
    expect(cap.blobs.some((b) => b.sha256 === cap.downloads[0].sha256)).toBe(true);
  });
});

describe('cookies', () => {
  it('sets cookies along the chain and sends them on the next hop', async () => {
    const cap = await engine.visit(input(fx.url('a.test', '/set-cookie')));
    expect(cap.hops[0].setCookies).toEqual(['sid=abc123; Path=/', 'seen=1; Path=/']);
    const hits = fx.hitsOn('a.test', '/check-cookie');
    expect(hits.at(-1)!.headers.cookie).toBe('sid=abc123; seen=1');
  });
});

describe('SSRF: every spelling refused, on the first hop and after a redirect', () => {
  const targets = (port: number) => [
    `http://127.0.0.1:${port}/secret`,
    `http://[::1]:${port}/secret`,
    `http://[::ffff:127.0.0.1]:${port}/secret`,
    `http://2130706433:${port}/secret`,
    `http://0177.0.0.1:${port}/secret`,
    `http://0x7f.1:${port}/secret`,
    `http://127.1:${port}/secret`,
    `http://localhost:${port}/secret`,
    `http://localhost.:${port}/secret`,
    `http://api.localhost:${port}/secret`,
    'http://10.0.0.1/secret',
    'http://169.254.169.254/secret',
  ];

  it.each([
    ['mapped-only', MAPPED],
    ['guard only', GUARD_ONLY],
  ])('%s', async (_name, net) => {
    for (const target of targets(fx.port)) {
      const first = await engine.visit(input(target, { net }));
      expect(first.outcome, target).toBe('blocked');
      expect(first.hops).toHaveLength(1);
      expect(first.hops[0]).toMatchObject({ status: null, serverIp: null });
      expect(first.hops[0].blocked, target).toBeTruthy();

      const path = `/to-secret-${fx.hits.length}`;
      fx.redirect('a.test', path, 302, target);
      const after = await engine.visit(input(fx.url('a.test', path), { net }));
      expect(after.outcome, target).toBe('blocked');
      expect(after.hops.map((h) => [h.status, h.cause, h.blocked !== null])).toEqual([
        [302, 'initial', false],
        [null, 'http', true],
      ]);
    }
    expect(secretHits()).toBe(0);
  });

  it('records a non-web scheme as blocked without visiting it', async () => {
    fx.redirect('a.test', '/to-mailto', 302, 'mailto:victim@example.com');
    const cap = await engine.visit(input(fx.url('a.test', '/to-mailto')));
    expect(cap.outcome).toBe('blocked');
    expect(cap.hops[1]).toMatchObject({ url: 'mailto:victim@example.com', blocked: 'scheme mailto: not visited', status: null });
  });

  it('checks the address each hop connects to: a rebinding name is refused and nothing connects', async () => {
    const answers = [['93.184.216.34'], ['127.0.0.1']];
    let calls = 0;
    const net: NetPolicy = { ...GUARD_ONLY, resolver: async () => answers[Math.min(calls++, answers.length - 1)] };
    // The first answer is public (a pre-check would pass); the connection's own lookup gets loopback.
    expect(await resolveForConnect('rebind.example', net)).toEqual({ ip: '93.184.216.34', mapped: false });
    const cap = await engine.visit(input(`http://rebind.example:${fx.port}/secret`, { net }));
    expect(cap.outcome).toBe('blocked');
    expect(cap.hops[0].blocked).toContain('127.0.0.1');
    expect(calls).toBe(2);
    expect(secretHits()).toBe(0);
  });

  it('mapped-only refuses an unmapped name without calling the resolver', async () => {
    let calls = 0;
    const net: NetPolicy = { ...MAPPED, resolver: async () => (calls++, ['127.0.0.1']) };
    const cap = await engine.visit(input(`http://evil.example:${fx.port}/secret`, { net }));
    expect(cap.outcome).toBe('blocked');
    expect(cap.hops[0].blocked).toContain('not mapped');
    expect(calls).toBe(0);
  });
});

describe('replay', () => {
  it('replays a recorded chain from stored responses without the network', async () => {
    const original = await engine.visit(input(fx.url('a.test', '/r301')));
    const bodies = new Map(original.blobs.map((b) => [b.sha256, b.data]));
    const replay: ReplaySource = {
      take: (method, url) => {
        const r = original.responses.find((x) => x.method === method && x.url === url);
        return r ? { status: r.status, headers: r.headers, body: r.bodySha256 ? (bodies.get(r.bodySha256) ?? null) : null } : null;
      },
    };
    const hitsBefore = fx.hits.length;
    const again = await engine.visit(input(fx.url('a.test', '/r301'), { replay }));
    expect(again.hops.map((h) => [h.url, h.status, h.cause, h.bodySha256])).toEqual(
      original.hops.map((h) => [h.url, h.status, h.cause, h.bodySha256]),
    );
    expect(fx.hits.length).toBe(hitsBefore);

    const missing = await engine.visit(input(fx.url('a.test', '/never-recorded'), { replay }));
    expect(missing.outcome).toBe('error');
    expect(missing.error).toContain('not recorded');
  });
});
