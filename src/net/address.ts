// The SSRF guard: which destination addresses a live visit may never connect to. Checked on the
// address actually connected to, so it holds whatever spelling the URL used.
import { BlockList, isIP } from 'node:net';

interface Range {
  cidr: string;
  what: string;
}

const V4: Range[] = [
  { cidr: '0.0.0.0/8', what: 'unspecified ("this network")' },
  { cidr: '10.0.0.0/8', what: 'private' },
  { cidr: '100.64.0.0/10', what: 'carrier-grade NAT' },
  { cidr: '127.0.0.0/8', what: 'loopback' },
  { cidr: '169.254.0.0/16', what: 'link-local' },
  { cidr: '172.16.0.0/12', what: 'private' },
  { cidr: '192.0.0.0/24', what: 'IETF protocol assignments' },
  { cidr: '192.0.2.0/24', what: 'documentation' },
  { cidr: '192.88.99.0/24', what: '6to4 relay anycast' },
  { cidr: '192.168.0.0/16', what: 'private' },
  { cidr: '198.18.0.0/15', what: 'benchmarking' },
  { cidr: '198.51.100.0/24', what: 'documentation' },
  { cidr: '203.0.113.0/24', what: 'documentation' },
  { cidr: '224.0.0.0/4', what: 'multicast' },
  { cidr: '240.0.0.0/4', what: 'reserved' },
  { cidr: '255.255.255.255/32', what: 'broadcast' },
];

// IPv4-mapped addresses (::ffff:0:0/96) need no entry: BlockList matches them against the v4 rules.
const V6: Range[] = [
  { cidr: '::/96', what: 'unspecified, loopback or IPv4-compatible' },
  { cidr: '64:ff9b::/96', what: 'NAT64' },
  { cidr: '64:ff9b:1::/48', what: 'local NAT64' },
  { cidr: '100::/64', what: 'discard-only' },
  { cidr: '2001::/23', what: 'IETF protocol assignments (Teredo, benchmarking…)' },
  { cidr: '2001:db8::/32', what: 'documentation' },
  { cidr: '2002::/16', what: '6to4' },
  { cidr: '3fff::/20', what: 'documentation' },
  { cidr: 'fc00::/7', what: 'unique local' },
  { cidr: 'fe80::/10', what: 'link-local' },
  { cidr: 'fec0::/10', what: 'site-local' },
  { cidr: 'ff00::/8', what: 'multicast' },
];

const GUARD = [...V4.map((r) => ({ ...r, family: 'ipv4' as const })), ...V6.map((r) => ({ ...r, family: 'ipv6' as const }))].map(
  (r) => {
    const [net, prefix] = r.cidr.split('/');
    const list = new BlockList();
    list.addSubnet(net, Number(prefix), r.family);
    return { ...r, list };
  },
);

/** Why the guard refuses to connect to this IP address, or null when it is a public address. */
export function refusalForAddress(ip: string): string | null {
  const bare = ip.replace(/^\[(.*)\]$/, '$1');
  const family = isIP(bare);
  if (family === 0) return `"${ip}" is not an IP address`;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  const hit = GUARD.find((r) => r.list.check(bare, type));
  return hit ? `address ${bare} is ${hit.what} (${hit.cidr})` : null;
}

/**
 * The IP address a URL host stands for, when it is an IP literal in any spelling the WHATWG URL
 * parser accepts (2130706433, 0177.0.0.1, 0x7f.1, 127.1, [::ffff:127.0.0.1]…); null for a name.
 */
export function parseHostLiteral(host: string): string | null {
  const bare = host.replace(/\.$/, '');
  let hostname: string;
  try {
    hostname = new URL(`http://${bare.includes(':') && !bare.startsWith('[') ? `[${bare}]` : bare}/`).hostname;
  } catch {
    return null;
  }
  const ip = hostname.replace(/^\[(.*)\]$/, '$1');
  return isIP(ip) ? ip : null;
}
