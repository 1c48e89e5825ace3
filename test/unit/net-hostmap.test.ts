import { describe, expect, it } from 'vitest';
import { lookupHostMap, parseHostMap } from '../../src/net/hostmap.ts';

describe('parseHostMap', () => {
  it.each([
    ['*.test=127.0.0.1', { pattern: '*.test', ip: '127.0.0.1' }],
    ['Evil.Example.=10.1.2.3', { pattern: 'evil.example', ip: '10.1.2.3' }],
    ['*=127.0.0.1', { pattern: '*', ip: '127.0.0.1' }],
    ['v6.test=[::1]', { pattern: 'v6.test', ip: '::1' }],
  ])('%s', (spec, entry) => {
    expect(parseHostMap(spec)).toEqual(entry);
  });

  it.each([
    ['*.test', /not PATTERN=IP/],
    ['*.test=', /not an IP address/],
    ['*.test=localhost', /not an IP address/],
    ['*.test=999.1.1.1', /not an IP address/],
    ['=127.0.0.1', /not a host name/],
    ['a b.test=127.0.0.1', /not a host name/],
    ['**.test=127.0.0.1', /not a host name/],
    ['a.*.test=127.0.0.1', /not a host name/],
  ])('rejects %j with one clear line', (spec, message) => {
    expect(() => parseHostMap(spec)).toThrow(message);
  });
});

describe('lookupHostMap', () => {
  const entries = [parseHostMap('exact.example=10.0.0.9'), parseHostMap('*.test=127.0.0.1')];
  it.each([
    ['a.test', '127.0.0.1'],
    ['x.y.test', '127.0.0.1'],
    ['test', '127.0.0.1'],
    ['A.TEST', '127.0.0.1'],
    ['a.test.', '127.0.0.1'],
    ['exact.example', '10.0.0.9'],
    ['sub.exact.example', null],
    ['atest', null],
    ['a.test.evil', null],
    ['a.testing', null],
  ])('%s → %s', (host, ip) => {
    expect(lookupHostMap(host, entries)?.ip ?? null).toBe(ip);
  });

  it('takes the first matching entry in the order given', () => {
    const map = [parseHostMap('*.test=127.0.0.2'), parseHostMap('a.test=127.0.0.3')];
    expect(lookupHostMap('a.test', map)?.ip).toBe('127.0.0.2');
  });
});
