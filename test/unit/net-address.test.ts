import { describe, expect, it } from 'vitest';
import { parseHostLiteral, refusalForAddress } from '../../src/net/address.ts';

describe('refusalForAddress', () => {
  it.each([
    ['0.0.0.0', 'unspecified'],
    ['10.1.2.3', 'private'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.0.0.8', 'IETF'],
    ['192.0.2.1', 'documentation'],
    ['192.168.1.1', 'private'],
    ['198.18.0.1', 'benchmarking'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.9', 'documentation'],
    ['224.0.0.1', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback (127.0.0.0/8)'],
    ['::ffff:7f00:1', 'loopback (127.0.0.0/8)'],
    ['::ffff:a00:1', 'private (10.0.0.0/8)'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['64:ff9b::7f00:1', 'NAT64'],
    ['fc00::1', 'unique local'],
    ['fd12:3456::1', 'unique local'],
    ['fe80::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['2002:7f00:1::1', '6to4'],
  ])('refuses %s (%s)', (ip, what) => {
    expect(refusalForAddress(ip)).toContain(what);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:2800:220:1:248:1893:25c8:1946', '::ffff:93.184.216.34'])(
    'allows the public address %s',
    (ip) => {
      expect(refusalForAddress(ip)).toBeNull();
    },
  );

  it('refuses what is not an address', () => {
    expect(refusalForAddress('a.test')).toMatch(/not an IP address/);
  });
});

describe('parseHostLiteral (every spelling the URL parser normalises)', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['2130706433', '127.0.0.1'],
    ['0177.0.0.1', '127.0.0.1'],
    ['0x7f.1', '127.0.0.1'],
    ['0x7f000001', '127.0.0.1'],
    ['127.1', '127.0.0.1'],
    ['127.0.1', '127.0.0.1'],
    ['017700000001', '127.0.0.1'],
    ['127.0.0.1.', '127.0.0.1'],
    ['0', '0.0.0.0'],
    ['012.0x1.1', '10.1.0.1'],
    ['[::1]', '::1'],
    ['::1', '::1'],
    ['[::ffff:127.0.0.1]', '::ffff:7f00:1'],
    ['[0:0:0:0:0:0:0:1]', '::1'],
    ['example.com', null],
    ['a.test', null],
    ['localhost', null],
    ['256.1.1.1.1x', null],
  ])('%s → %s', (host, ip) => {
    expect(parseHostLiteral(host)).toBe(ip);
  });

  it('every loopback spelling is refused once parsed', () => {
    for (const host of ['2130706433', '0177.0.0.1', '0x7f.1', '127.1', '[::ffff:127.0.0.1]']) {
      expect(refusalForAddress(parseHostLiteral(host)!), host).toContain('loopback');
    }
  });
});
