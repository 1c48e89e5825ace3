// Every spelling of a local destination the suite aims redirects and subresources at: loopback,
// private, link-local, CGNAT and IPv6 local addresses written in decimal, octal, hex, short form,
// IPv4-mapped IPv6, percent-encoded, full-width, with a trailing dot, behind userinfo. Each is a
// whole URL on the fixture's port, so one that got through would land on the fixture's /secret.
import { fileURLToPath } from 'node:url';

export const SECRET = '/secret';

const HOSTS = [
  // loopback
  '127.0.0.1', '127.1', '127.0.1', '127.255.255.254', '2130706433', '0x7f000001', '0x7f.0.0.1', '0x7f.1',
  '0177.0.0.1', '0177.1', '017700000001', '0x7F.0x00.0x00.0x01', '127.000.000.001', '127.0.0.1.',
  '%31%32%37.0.0.1', '１２７．０．０．１',
  'localhost', 'localhost.', 'LOCALHOST', 'foo.localhost', 'foo.localhost.',
  // "this network" (Linux connects 0.0.0.0 to loopback)
  '0.0.0.0', '0', '0x0',
  // private
  '10.0.0.1', '10.1', '167772161', '012.0.0.1', '0xa.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.0.1',
  '192.168.1', '3232235777', '0xc0a80101',
  // link-local, cloud metadata
  '169.254.169.254', '2852039166', '0xa9fea9fe', '0251.0376.0251.0376', '169.254.169.254.',
  // carrier-grade NAT
  '100.64.0.1', '100.127.255.254', '1681915905',
  // IPv6
  '[::1]', '[0:0:0:0:0:0:0:1]', '[0000::0001]', '[::]', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]',
  '[0:0:0:0:0:ffff:7f00:1]', '[::127.0.0.1]', '[64:ff9b::127.0.0.1]', '[::ffff:10.0.0.1]',
  '[::ffff:169.254.169.254]', '[::ffff:a9fe:a9fe]', '[fe80::1]', '[fc00::1]', '[fd12:3456::1]', '[fec0::1]',
];

/** The target URLs for a fixture on `port`, userinfo and fragment tricks included. */
export function ssrfTargets(port: number): string[] {
  return [
    ...HOSTS.map((h) => `http://${h}:${port}${SECRET}`),
    `http://evil.test@127.0.0.1:${port}${SECRET}`,
    `http://127.0.0.1:${port}${SECRET}#@evil.test/`,
    `https://127.0.0.1:${port}${SECRET}`,
  ];
}

export const TRIPWIRE = fileURLToPath(new URL('./tripwire.mjs', import.meta.url));

/** Env for the CLI child: the tripwire preloaded, logging to `log`. */
export function tripwireEnv(log: string): Record<string, string> {
  return {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${TRIPWIRE}`.trim(),
    HOPTRACE_TRIPWIRE_LOG: log,
  };
}
