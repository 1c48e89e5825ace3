// The IMAP connection `hoptrace ingest` reads a mailbox over. net/ opens every connection hoptrace
// makes, so the client is built here: imapflow owns the socket, and this module decides how it is
// made (TLS with certificate checks by default, STARTTLS only when asked and then required, no
// plaintext at all) and that it never logs (its logger would write the LOGIN exchange).
import { ImapFlow } from 'imapflow';

export interface ImapAddress {
  user: string;
  host: string;
  port: number;
  mailbox: string;
  /** `implicit`: TLS from the first byte (IMAPS); `starttls`: plain connect, then STARTTLS or fail. */
  tls: 'implicit' | 'starttls';
  /** Accept any certificate (only with `--insecure`). */
  insecure: boolean;
  /** Extra CA certificates (PEM) to trust beside the system's. */
  ca?: Buffer;
  /** How often a server without IDLE is asked for news (NOOP); IDLE is also renewed this often. */
  pollMs: number;
}

export const IMAPS_PORT = 993;
export const IMAP_PORT = 143;

/** `imap://USER@HOST[:PORT]/MAILBOX` without a password; throws a one-line error. */
export function parseImapUrl(value: string, tls: ImapAddress['tls']): Pick<ImapAddress, 'user' | 'host' | 'port' | 'mailbox'> {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`not an IMAP URL: "${value}" (expected imap://USER@HOST[:PORT]/MAILBOX)`);
  }
  if (url.protocol !== 'imap:' && url.protocol !== 'imaps:') throw new Error(`expected imap://USER@HOST[:PORT]/MAILBOX, got "${url.protocol}//"`);
  if (url.password) throw new Error('the IMAP URL carries a password: give it with --password-env VAR or --password-file FILE, never on the command line');
  if (!url.username) throw new Error(`the IMAP URL names no user: "${value}" (expected imap://USER@HOST/MAILBOX)`);
  if (!url.hostname) throw new Error(`the IMAP URL names no host: "${value}"`);
  const mailbox = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!mailbox) throw new Error(`the IMAP URL names no mailbox: "${value}" (INBOX, Spam, …)`);
  return {
    user: decodeURIComponent(url.username),
    // WHATWG URL keeps IPv6 literals bracketed; the socket wants them bare.
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : tls === 'implicit' ? IMAPS_PORT : IMAP_PORT,
    mailbox,
  };
}

/** The mailbox's name in sources and in the database: `imap://USER@HOST:PORT/MAILBOX`. */
export function mailboxKey(a: Pick<ImapAddress, 'user' | 'host' | 'port' | 'mailbox'>): string {
  const host = a.host.includes(':') ? `[${a.host}]` : a.host;
  return `imap://${encodeURIComponent(a.user)}@${host}:${a.port}/${encodeURIComponent(a.mailbox)}`;
}

/** An unconnected client; the caller connects it, listens for `error`, and logs out. */
export function imapClient(a: ImapAddress, password: string): ImapFlow {
  return new ImapFlow({
    host: a.host,
    port: a.port,
    secure: a.tls === 'implicit',
    doSTARTTLS: a.tls === 'starttls' ? true : undefined,
    auth: { user: a.user, pass: password },
    tls: { rejectUnauthorized: !a.insecure, ...(a.ca ? { ca: a.ca } : {}) },
    logger: false,
    // A server without IDLE is polled: NOOP every pollMs asks it for news. A server with IDLE has
    // its IDLE renewed as often, well inside the 29 minutes after which RFC 2177 lets it drop us.
    missingIdleCommand: 'NOOP',
    maxIdleTime: a.pollMs,
    // IDLE (or polling) starts a second after the last command, not imapflow's default 15 s.
    autoIdleDelay: 1000,
    connectionTimeout: 30_000,
    // Messages are fetched at most 32 MB + 1 byte each (ingest/imap.ts); a server that sends more
    // than this in one literal or response is broken or hostile, and the connection is dropped.
    maxLiteralSize: 64 * 1024 * 1024,
    maxResponseSize: 128 * 1024 * 1024,
  });
}
