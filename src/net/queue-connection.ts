// The connections to the visit queue's Redis. net/ opens every connection hoptrace makes, so the
// queue's clients are built here too: BullMQ and the queue code receive ready ioredis instances.
import { isIP } from 'node:net';
import { Redis, type RedisOptions } from 'ioredis';

export interface QueueAddress {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  tls: boolean;
  /** The URL as the user gave it, with any password masked: for logs and errors. */
  display: string;
}

/** Parses `redis://[[user]:password@]host[:port][/db]` and `rediss://` (TLS); throws a one-line error. */
export function parseQueueUrl(value: string): QueueAddress {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`--queue is not a URL: "${value}" (expected redis://[:password@]host:port[/db])`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new Error(`--queue must be redis:// or rediss://, got "${url.protocol}//"`);
  }
  if (!url.hostname) throw new Error(`--queue has no host: "${value}"`);
  const path = url.pathname.replace(/^\//, '');
  if (path !== '' && !/^\d+$/.test(path)) throw new Error(`--queue database must be a number, got "/${path}"`);
  const port = url.port ? Number(url.port) : 6379;
  const masked = new URL(value);
  if (masked.password) masked.password = '***';
  return {
    // WHATWG URL keeps IPv6 literals bracketed; the socket wants them bare.
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port,
    db: path === '' ? 0 : Number(path),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    tls: url.protocol === 'rediss:',
    display: masked.toString(),
  };
}

export interface QueueConnectionOptions {
  /** Shown by `CLIENT LIST` on the server, so an operator can tell hoptrace's connections apart. */
  name: string;
  /** Called once per lost connection and once when it is back, for the process's log. */
  onStatus?: (event: 'down' | 'up', detail: string) => void;
  /** A one-off query (`hoptrace queue`): fail at once when Redis is not there instead of waiting. */
  failFast?: boolean;
}

/**
 * The ioredis options every queue connection uses. Commands wait while Redis is away instead of
 * failing (BullMQ requires `maxRetriesPerRequest: null` for its blocking connections, and a
 * coordinator or worker that errors out during a Redis restart would turn a pause into lost
 * visits); reconnects back off from 200 ms to 5 s and never give up.
 */
function queueRedisOptions(addr: QueueAddress, opts: Pick<QueueConnectionOptions, 'name' | 'failFast'>): RedisOptions {
  return {
    host: addr.host,
    port: addr.port,
    db: addr.db,
    username: addr.username,
    password: addr.password,
    // SNI only for a name: RFC 6066 forbids an IP literal there, and Node prints a deprecation
    // warning (DEP0123) for one. The certificate is checked against the host either way, so a
    // rediss:// to an address needs the address in the certificate's subjectAltName.
    tls: addr.tls ? (isIP(addr.host) ? {} : { servername: addr.host }) : undefined,
    connectionName: opts.name,
    maxRetriesPerRequest: opts.failFast ? 0 : null,
    enableOfflineQueue: true,
    connectTimeout: opts.failFast ? 3000 : 10_000,
    retryStrategy: (times) => (opts.failFast ? null : Math.min(200 * times, 5000)),
  };
}

/** OpenSSL's verify errors, as Node's TLS socket codes them, that mean "no trusted CA signed this". */
const UNTRUSTED_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_UNTRUSTED',
]);
const untrusted = (err: Error) => UNTRUSTED_CODES.has((err as NodeJS.ErrnoException).code ?? '');
/** rediss:// always checks the server's certificate; a private CA is trusted the way Node trusts any. */
const TRUST_HINT = ' (rediss:// checks the certificate: trust its CA with NODE_EXTRA_CA_CERTS=/path/ca.pem)';

/** A new connection to the queue's Redis (ioredis connects in the background and reconnects by itself). */
export function openQueueConnection(addr: QueueAddress, opts: QueueConnectionOptions): Redis {
  const client = new Redis(queueRedisOptions(addr, opts));
  let down = false;
  // ioredis emits an error per failed reconnect attempt; one line per outage is enough for a log.
  client.on('error', (err: Error) => {
    if (down) return;
    down = true;
    opts.onStatus?.('down', `${addr.display}: ${err.message}${untrusted(err) ? TRUST_HINT : ''}`);
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    opts.onStatus?.('up', addr.display);
  });
  return client;
}

/** Errors that only say Redis is away; the connection logs those once per outage itself. */
export function isConnectionError(err: Error): boolean {
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|Connection is closed|Stream isn't writeable/i.test(err.message);
}
