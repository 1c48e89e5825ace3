// The replay proxy answers from stored responses only: in order, 502 for what was not recorded,
// no tunnels, and no connection of its own (the target port here has nothing listening).
import { connect } from 'node:net';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPLAY_HEADER, replayableHeaders, startReplayProxy, type ReplayProxy } from '../../src/net/replay-proxy.ts';

const stored: Record<string, { status: number; headers: [string, string][]; body: string | null }[]> = {
  'GET http://a.test:1/': [
    { status: 302, headers: [['Location', 'http://b.test:1/x']], body: null },
    { status: 200, headers: [['Content-Type', 'text/html'], ['Content-Encoding', 'gzip'], ['Set-Cookie', 'a=1\nb=2']], body: '<p>second</p>' },
  ],
};
const taken: string[] = [];
let proxy: ReplayProxy;

beforeAll(async () => {
  proxy = await startReplayProxy({
    take(method, url) {
      const key = `${method} ${url}`;
      taken.push(key);
      const list = stored[key];
      if (!list) return null;
      const n = taken.filter((k) => k === key).length - 1;
      const r = list[Math.min(n, list.length - 1)];
      return { status: r.status, headers: r.headers, body: r.body === null ? null : Buffer.from(r.body) };
    },
  });
});
afterAll(() => proxy.close());

function viaProxy(url: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const p = new URL(proxy.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: p.hostname, port: p.port, path: url, headers: { host: new URL(url).host } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('replay proxy', () => {
  it('serves a repeated URL in its recorded order, with framing and encoding headers rewritten', async () => {
    const first = await viaProxy('http://a.test:1/');
    expect(first.status).toBe(302);
    expect(first.headers.location).toBe('http://b.test:1/x');
    const second = await viaProxy('http://a.test:1/');
    expect(second).toMatchObject({ status: 200, body: '<p>second</p>' });
    expect(second.headers['content-encoding']).toBeUndefined();
    expect(second.headers['content-length']).toBe(String('<p>second</p>'.length));
    expect(second.headers['set-cookie']).toEqual(['a=1', 'b=2']);
    expect(proxy.served()).toBe(2);
  });

  it('answers what was not recorded with 502 and its own header, and counts nothing', async () => {
    const before = proxy.served();
    const r = await viaProxy('http://b.test:1/x');
    expect(r.status).toBe(502);
    expect(r.headers[REPLAY_HEADER]).toBe('not-recorded');
    expect(proxy.served()).toBe(before);
  });

  it('refuses CONNECT tunnels', async () => {
    const p = new URL(proxy.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const s = connect(Number(p.port), p.hostname, () => s.write('CONNECT a.test:443 HTTP/1.1\r\nHost: a.test:443\r\n\r\n'));
      let data = '';
      s.on('data', (c) => (data += c));
      s.on('end', () => resolve(data));
      s.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 403/);
    expect(answer).toContain(`${REPLAY_HEADER}: connect-refused`);
    expect(taken).not.toContain('CONNECT a.test:443');
  });
});

describe('replayableHeaders', () => {
  it.each([
    [[['Content-Length', '10']], []],
    [[['transfer-encoding', 'chunked'], ['X-A', '1']], [['X-A', '1']]],
    [[['Set-Cookie', 'a=1\nb=2']], [['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2']]],
    [[['Location', '/next']], [['Location', '/next']]],
  ] as [string, string][][][])('%j → %j', (input, output) => {
    expect(replayableHeaders(input as [string, string][])).toEqual(output);
  });
});
