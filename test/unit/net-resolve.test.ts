import { describe, expect, it } from 'vitest';
import type { NetPolicy } from '../../src/net/policy.ts';
import { guardRefusalForLiteral, resolveForConnect, routeForHost } from '../../src/net/resolve.ts';
import { upstreamUrlForChaining } from '../../src/net/upstream.ts';
import { refusalForUrl } from '../../src/net/url-policy.ts';

// Every policy here answers from an injected resolver: no test resolves a real name.
function policy(over: Partial<NetPolicy> = {}, answers: Record<string, string[]> = {}) {
  const asked: string[] = [];
  const p: NetPolicy = {
    hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }],
    mappedOnly: false,
    allowPrivate: false,
    proxy: null,
    resolver: async (host) => {
      asked.push(host);
      if (!answers[host]) throw new Error(`ENOTFOUND ${host}`);
      return answers[host];
    },
    ...over,
  };
  return { p, asked };
}

describe('resolveForConnect', () => {
  it('answers mapped names from the host map, whatever the address, without a lookup', async () => {
    const { p, asked } = policy();
    expect(await resolveForConnect('a.test', p)).toEqual({ ip: '127.0.0.1', mapped: true });
    expect(asked).toEqual([]);
  });

  it('refuses unmapped names under mapped-only without calling the resolver', async () => {
    const { p, asked } = policy({ mappedOnly: true }, { 'evil.example': ['93.184.216.34'] });
    expect(await resolveForConnect('evil.example', p)).toEqual({ refused: 'host evil.example is not mapped (--mapped-only)' });
    expect(await resolveForConnect('127.0.0.1', p)).toHaveProperty('refused');
    expect(asked).toEqual([]);
  });

  it.each([
    ['127.0.0.1', 'loopback'],
    ['2130706433', 'loopback'],
    ['0x7f.1', 'loopback'],
    ['::1', 'loopback'],
    ['[::ffff:10.0.0.1]', 'private'],
    ['localhost', 'localhost'],
    ['LOCALHOST.', 'localhost'],
    ['foo.localhost', 'localhost'],
  ])('refuses %s by the guard, without a lookup', async (host, why) => {
    const { p, asked } = policy();
    const r = await resolveForConnect(host, p);
    expect('refused' in r && r.refused).toContain(why);
    expect(asked).toEqual([]);
  });

  it('checks the first resolved address, once per call (rebinding)', async () => {
    let n = 0;
    const { p } = policy({ resolver: async () => (n++ === 0 ? ['93.184.216.34'] : ['127.0.0.1']) });
    expect(await resolveForConnect('rebind.example', p)).toEqual({ ip: '93.184.216.34', mapped: false });
    expect(await resolveForConnect('rebind.example', p)).toEqual({ refused: 'host rebind.example resolved to 127.0.0.1 is loopback (127.0.0.0/8)' });
    expect(n).toBe(2);
  });

  it('allows private addresses only with allowPrivate', async () => {
    const { p } = policy({ allowPrivate: true }, { 'intranet.example': ['10.0.0.5'] });
    expect(await resolveForConnect('intranet.example', p)).toEqual({ ip: '10.0.0.5', mapped: false });
    expect(await resolveForConnect('127.1', p)).toEqual({ ip: '127.0.0.1', mapped: false });
  });

  it('turns a failed lookup into a refusal', async () => {
    const { p } = policy();
    expect(await resolveForConnect('nowhere.example', p)).toEqual({ refused: expect.stringContaining('did not resolve') });
  });
});

describe('routeForHost with an upstream proxy', () => {
  const upstream = 'socks5://127.0.0.1:1080';
  it('leaves unmapped names to the upstream with no local lookup', async () => {
    const { p, asked } = policy({ proxy: upstream });
    expect(await routeForHost('phish.example', p)).toEqual({ kind: 'upstream', proxy: upstream, ip: null });
    expect(asked).toEqual([]);
  });
  it('still refuses private literals and connects mapped names directly', async () => {
    const { p } = policy({ proxy: upstream });
    expect(await routeForHost('2130706433', p)).toMatchObject({ kind: 'refused' });
    expect(await routeForHost('a.test', p)).toEqual({ kind: 'direct', ip: '127.0.0.1', mapped: true });
    expect(await routeForHost('93.184.216.34', p)).toEqual({ kind: 'upstream', proxy: upstream, ip: '93.184.216.34' });
  });
});

describe('upstreamUrlForChaining', () => {
  it.each([
    ['socks5://u:p@10.9.9.9:1080', 'socks5h://u:p@10.9.9.9:1080'],
    ['socks4://10.9.9.9:1080', 'socks4a://10.9.9.9:1080'],
    ['socks5h://10.9.9.9:1080', 'socks5h://10.9.9.9:1080'],
    ['http://10.9.9.9:3128', 'http://10.9.9.9:3128'],
  ])('%s → %s (names resolved by the upstream)', (proxy, chained) => {
    expect(upstreamUrlForChaining(proxy)).toBe(chained);
  });
  it('rejects other schemes', () => {
    expect(() => upstreamUrlForChaining('ftp://10.9.9.9')).toThrow(/not supported/);
  });
});

describe('refusalForUrl', () => {
  it.each([
    ['http://a.test/x', null],
    ['https://a.test/x', null],
    ['mailto:a@b.example', 'scheme mailto: not visited'],
    ['javascript:alert(1)', 'scheme javascript: not visited'],
    ['data:text/html,hi', 'scheme data: not visited'],
    ['ms-msdt:/id PCWDiagnostic', 'scheme ms-msdt: not visited'],
    ['file:///etc/passwd', 'scheme file: not visited'],
    ['ftp://a.test/', 'scheme ftp: not visited'],
    ['http://', 'malformed URL "http://"'],
    ['not a url', 'malformed URL "not a url"'],
  ])('%s → %s', (url, reason) => {
    expect(refusalForUrl(url)).toBe(reason);
  });
});

describe('guardRefusalForLiteral (offline replay)', () => {
  it.each([
    ['127.0.0.1', true],
    ['2130706433', true],
    ['localhost', true],
    ['a.test', false],
    ['93.184.216.34', false],
  ])('%s refused: %s', (host, refused) => {
    expect(guardRefusalForLiteral(host) !== null).toBe(refused);
  });
});
