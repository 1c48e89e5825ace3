// Who may read the traces, and what a browser may do with what it reads.
//
// The traces hold recipients' addresses and per-recipient tokens, and every page shows text that
// attackers wrote. So: loopback by default; anything else only with a token, checked in constant
// time on every request (a Bearer header, or a cookie set once from `?token=`); on loopback without
// a token, only requests addressed to this server by name (a DNS-rebinding page in the analyst's
// own browser gets refused); and headers that forbid scripts, framing, sniffing and referrers.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { BlockList, isIP } from 'node:net';

/** `default-src 'none'` with only this server's own images, stylesheet and GET forms allowed; no script at all. */
export const SERVE_CSP = "default-src 'none'; img-src 'self'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Blobs are never documents: even a type a browser mis-sniffed would run sandboxed with nothing allowed. */
export const BLOB_CSP = "default-src 'none'; sandbox";

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': SERVE_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** True for `localhost` and addresses in 127.0.0.0/8 or ::1 (IPv4-mapped too). */
export function isLoopbackHost(host: string): boolean {
  const bare = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (bare === 'localhost') return true;
  const family = isIP(bare);
  return family !== 0 && LOOPBACK.check(bare, family === 4 ? 'ipv4' : 'ipv6');
}

/** The Host header values a loopback server answers to (anything else may be a rebinding page). */
export function loopbackHostHeaders(host: string, port: number): Set<string> {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]', host.includes(':') ? `[${host}]` : host]);
  return new Set([...names].map((n) => `${n.toLowerCase()}:${port}`));
}

export const MIN_TOKEN_LENGTH = 16;
export const SESSION_COOKIE = 'hoptrace_serve';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** Compares secrets in constant time: both sides hashed to equal length first. */
function same(given: string, expected: Buffer): boolean {
  return timingSafeEqual(digest(given), expected);
}

export class TokenGate {
  private readonly token: Buffer;
  /** What the cookie holds: derived from the token, so the cookie never carries the token itself. */
  readonly session: string;
  private readonly sessionDigest: Buffer;

  constructor(token: string) {
    this.token = digest(token);
    this.session = createHmac('sha256', token).update('hoptrace serve session').digest('hex');
    this.sessionDigest = digest(this.session);
  }

  acceptsBearer(header: string | undefined): boolean {
    const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
    return m !== null && same(m[1]!.trim(), this.token);
  }

  acceptsToken(value: string): boolean {
    return same(value, this.token);
  }

  acceptsCookie(value: string | undefined): boolean {
    return value !== undefined && same(value, this.sessionDigest);
  }
}
