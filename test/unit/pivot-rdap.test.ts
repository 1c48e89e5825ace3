import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { baseFromBootstrap, RdapError, type RdapAnswer } from '../../src/net/rdap-client.ts';
import { domainsOfVisits, lookupRegistrations, type RegistrationCache } from '../../src/pivot/index.ts';
import type { StoredRegistration } from '../../src/store/store.ts';
import type { Visit } from '../../src/model.ts';

const record = (domain: string) => readFileSync(fileURLToPath(new URL(`../fixtures/rdap/${domain}.json`, import.meta.url)), 'utf8');

describe('baseFromBootstrap', () => {
  const bootstrap = {
    services: [
      [['com', 'net'], ['http://rdap.plain.example/', 'https://rdap.verisign.example/com/v1/']],
      [['jp'], ['https://rdap.jprs.example/']],
      [['co.jp'], ['https://rdap.cojp.example/']],
    ],
  };
  it.each([
    ['shop.com', 'https://rdap.verisign.example/com/v1/'],
    ['evil.jp', 'https://rdap.jprs.example/'],
    ['shop.co.jp', 'https://rdap.cojp.example/'],
    ['x.unknown', null],
  ])('%s → %s', (domain, base) => {
    expect(baseFromBootstrap(bootstrap, domain)).toBe(base);
  });
  it('gives null for a file without services', () => {
    expect(baseFromBootstrap({ nope: 1 }, 'a.com')).toBeNull();
  });
});

function memoryCache(): RegistrationCache & { rows: Map<string, StoredRegistration> } {
  const rows = new Map<string, StoredRegistration>();
  return { rows, getRegistration: (d) => rows.get(d) ?? null, putRegistration: (r) => void rows.set(r.domain, r) };
}

describe('lookupRegistrations', () => {
  const client = { policy: { hostMap: [], mappedOnly: true, allowPrivate: false, proxy: null } };
  const asked: string[] = [];
  const fetch = async (domain: string): Promise<RdapAnswer> => {
    asked.push(domain);
    if (domain === 'gone.test') throw new RdapError('no RDAP record at http://r.test/domain/gone.test (404)');
    return { domain, url: `http://r.test/domain/${domain}`, body: record(domain), fetchedAt: '2024-07-01T00:00:00.000Z' };
  };

  it('asks for the registrable domain, stores the answer, reports failures and goes on', async () => {
    const cache = memoryCache();
    const r = await lookupRegistrations(cache, ['www.shop-alpha.test', 'gone.test', 'zeta-news.test'], { client, fetch });
    expect(asked).toEqual(['shop-alpha.test', 'gone.test', 'zeta-news.test']);
    expect(r.found.map((f) => [f.domain, f.cached, f.registration.registrantName])).toEqual([
      ['shop-alpha.test', false, 'Taro Yamada'],
      ['zeta-news.test', false, 'Taro Yamada'],
    ]);
    expect(r.errors).toEqual([{ domain: 'gone.test', error: 'no RDAP record at http://r.test/domain/gone.test (404)' }]);
    expect(cache.rows.get('shop-alpha.test')).toMatchObject({ source: 'rdap', fetchedAt: '2024-07-01T00:00:00.000Z', raw: record('shop-alpha.test') });

    asked.length = 0;
    const again = await lookupRegistrations(cache, ['shop-alpha.test'], { client, fetch });
    expect(asked).toEqual([]);
    expect(again.found[0]).toMatchObject({ cached: true, fetchedAt: '2024-07-01T00:00:00.000Z' });
    await lookupRegistrations(cache, ['shop-alpha.test'], { client, fetch, refresh: true });
    expect(asked).toEqual(['shop-alpha.test']);
  });
});

describe('domainsOfVisits', () => {
  it('lists the registrable domains of every hop, without IP literals', () => {
    const hops = ['http://a.x.test/', 'http://203.0.113.5/p', 'https://b.x.test/', 'http://y.co.jp/'].map((url) => ({ url }));
    expect(domainsOfVisits([{ hops } as unknown as Visit])).toEqual(['x.test', 'y.co.jp']);
  });
});
