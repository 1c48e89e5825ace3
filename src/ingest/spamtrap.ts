// `hoptrace spamtrap`: an SMTP server (smtp-server) that takes mail for the trap's domains only and
// stores each message before it answers 250, so a message the client was told was accepted is in
// the database even if the process is killed the next instant. It accepts connections and opens
// none (like `serve`): no reverse lookups of clients, no relaying, nothing delivered anywhere.
//
// Everything a client sends is data: a bad command, an oversized message, a recipient elsewhere
// or a store that fails are SMTP error replies to that client, never a crash of the trap.
import { domainToASCII } from 'node:url';
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { MailOptions } from '../mail/parse.ts';
import type { Message } from '../model.ts';
import type { TraceStore } from '../store/store.ts';
import { arrive } from './arrive.ts';

export interface SpamtrapLimits {
  /** Bytes of one message at most (announced as SIZE). */
  maxSize: number;
  /** Recipients of one message at most. */
  maxRecipients: number;
  /** Connections open at once, all clients together. */
  maxClients: number;
  /** Connections open at once from one client address. */
  maxConnectionsPerClient: number;
  /** Messages one connection may send before it is told to come back later. */
  maxMessagesPerConnection: number;
}

export interface SpamtrapOptions {
  /** Recipient domains taken (any local part); every other recipient is refused as relaying. */
  accept: string[];
  limits: SpamtrapLimits;
  /** With both, STARTTLS is offered. */
  tls?: { key: Buffer; cert: Buffer };
  mail: MailOptions;
  onStored(message: Message): void;
  log(line: string): void;
}

export const DEFAULT_LIMITS: SpamtrapLimits = {
  maxSize: 25 * 1024 * 1024,
  maxRecipients: 100,
  maxClients: 100,
  maxConnectionsPerClient: 10,
  maxMessagesPerConnection: 100,
};

/** An SMTP reply: smtp-server answers with the error's responseCode and message. */
function reply(code: number, text: string): Error & { responseCode: number } {
  return Object.assign(new Error(text), { responseCode: code });
}

/** A domain in the form recipients are compared in: ASCII (punycode), lower case, no trailing dot. */
export function normalizeDomain(domain: string): string {
  return (domainToASCII(domain.trim().replace(/\.$/, '')) || domain.trim()).toLowerCase();
}

function domainOf(address: string): string | null {
  const at = address.lastIndexOf('@');
  return at > 0 && at < address.length - 1 ? normalizeDomain(address.slice(at + 1)) : null;
}

export interface Spamtrap {
  listen(host: string, port: number): Promise<{ host: string; port: number }>;
  /** Stops taking connections and waits for the sessions in flight to end. */
  close(): Promise<void>;
}

export function createSpamtrap(store: TraceStore, jobId: string, opts: SpamtrapOptions): Spamtrap {
  const accepted = new Set(opts.accept.map(normalizeDomain));
  const { limits } = opts;
  const perClient = new Map<string, number>();
  const messagesOf = new Map<string, number>();
  const counted = new Set<string>();

  const server = new SMTPServer({
    name: 'hoptrace-spamtrap',
    banner: 'hoptrace spamtrap',
    size: limits.maxSize,
    maxClients: limits.maxClients,
    authOptional: true,
    disabledCommands: opts.tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    hideSTARTTLS: !opts.tls,
    ...(opts.tls ? { key: opts.tls.key, cert: opts.tls.cert } : {}),
    // A lookup would send the client's address to a resolver: the trap contacts no one.
    disableReverseLookup: true,
    socketTimeout: 60_000,
    closeTimeout: 5_000,
    logger: false,

    onConnect(session, callback) {
      const n = perClient.get(session.remoteAddress) ?? 0;
      if (n >= limits.maxConnectionsPerClient) return callback(reply(421, `4.7.0 too many connections from ${session.remoteAddress}, try again later`));
      perClient.set(session.remoteAddress, n + 1);
      counted.add(session.id);
      callback();
    },

    onClose(session) {
      messagesOf.delete(session.id);
      if (!counted.delete(session.id)) return;
      const n = (perClient.get(session.remoteAddress) ?? 1) - 1;
      if (n > 0) perClient.set(session.remoteAddress, n);
      else perClient.delete(session.remoteAddress);
    },

    onMailFrom(_address, session, callback) {
      if ((messagesOf.get(session.id) ?? 0) >= limits.maxMessagesPerConnection) {
        return callback(reply(421, `4.7.0 ${limits.maxMessagesPerConnection} messages on one connection: connect again to send more`));
      }
      callback();
    },

    onRcptTo(address: SMTPServerAddress, session: SMTPServerSession, callback) {
      const domain = domainOf(address.address);
      if (!domain || !accepted.has(domain)) return callback(reply(550, `5.7.1 relaying denied: this server takes mail for ${[...accepted].join(', ')} only`));
      if (session.envelope.rcptTo.length >= limits.maxRecipients) return callback(reply(452, `4.5.3 too many recipients (at most ${limits.maxRecipients} per message)`));
      callback();
    },

    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      let size = 0;
      // Past the limit the rest is read and dropped: the client gets its answer after its final dot.
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= limits.maxSize) chunks.push(chunk);
      });
      stream.on('error', () => {});
      stream.on('end', () => {
        if (stream.sizeExceeded || size > limits.maxSize) {
          return callback(reply(552, `5.3.4 message too big: ${size} bytes, this server takes at most ${limits.maxSize}`));
        }
        const envelope = session.envelope;
        const origin = {
          kind: 'smtp' as const,
          clientAddress: session.remoteAddress,
          helo: session.hostNameAppearsAs ?? '',
          mailFrom: envelope.mailFrom ? envelope.mailFrom.address : '',
          rcptTo: envelope.rcptTo.map((r) => r.address),
        };
        const raw = Buffer.concat(chunks);
        // Stored (committed) before the reply: 250 means the message is in the database.
        arrive(store, jobId, { raw, source: `smtp://${session.remoteAddress}`, origin }, { mail: opts.mail })
          .then((message) => {
            messagesOf.set(session.id, (messagesOf.get(session.id) ?? 0) + 1);
            if (message) opts.onStored(message);
            callback(null, message ? `2.0.0 stored as ${message.id}` : '2.0.0 already stored');
          })
          .catch((err: Error) => {
            opts.log(`spamtrap: could not store a message from ${session.remoteAddress}: ${err.message.split('\n')[0]}`);
            callback(reply(451, '4.3.0 could not store the message, try again later'));
          });
      });
    },
  });
  server.on('error', (err: Error) => opts.log(`spamtrap: ${err.message.split('\n')[0]}`));

  return {
    listen(host, port) {
      return new Promise((resolve, reject) => {
        const onError = (err: Error) => reject(err);
        server.server.once('error', onError);
        server.listen(port, host, () => {
          server.server.off('error', onError);
          const addr = server.server.address();
          resolve(typeof addr === 'object' && addr ? { host, port: addr.port } : { host, port });
        });
      });
    },
    close() {
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
