// `hoptrace spamtrap --listen HOST:PORT --accept DOMAIN…`: an SMTP server that stores every mail
// sent to the trap's domains (and, with --crawl, visits its links at once), until Ctrl-C.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { InputError, UsageError } from '../errors.ts';
import { createSpamtrap, DEFAULT_LIMITS, normalizeDomain } from '../ingest/spamtrap.ts';
import { log, parsePositiveInt } from './common.ts';
import { addIntakeFlags, openIntake, stopSignal, type IntakeFlags } from './intake.ts';
import { clean } from './views/terminal.ts';

interface SpamtrapFlags extends IntakeFlags {
  listen: string;
  accept: string[];
  maxSize: number;
  maxRecipients: number;
  maxClients: number;
  maxConnectionsPerClient: number;
  maxMessagesPerConnection: number;
  tlsCert?: string;
  tlsKey?: string;
}

export function registerSpamtrap(program: Command): void {
  addIntakeFlags(
    program
      .command('spamtrap')
      .description('an SMTP server that stores every mail sent to the given domains (and crawls it with --crawl)')
      .requiredOption('--listen <host:port>', 'address to listen on (port 0 picks a free one)')
      .requiredOption('--accept <domains...>', 'recipient domains taken, any local part; every other recipient is refused as relaying')
      .option('--max-size <bytes>', 'bytes of one message at most', parsePositiveInt('--max-size'), DEFAULT_LIMITS.maxSize)
      .option('--max-recipients <n>', 'recipients of one message at most', parsePositiveInt('--max-recipients'), DEFAULT_LIMITS.maxRecipients)
      .option('--max-clients <n>', 'connections open at once, all clients together', parsePositiveInt('--max-clients'), DEFAULT_LIMITS.maxClients)
      .option('--max-connections-per-client <n>', 'connections open at once from one address', parsePositiveInt('--max-connections-per-client'), DEFAULT_LIMITS.maxConnectionsPerClient)
      .option('--max-messages-per-connection <n>', 'messages one connection may send', parsePositiveInt('--max-messages-per-connection'), DEFAULT_LIMITS.maxMessagesPerConnection)
      .option('--tls-cert <file>', 'certificate (PEM) for STARTTLS, with --tls-key')
      .option('--tls-key <file>', 'private key (PEM) for STARTTLS, with --tls-cert'),
  ).action(async (flags: SpamtrapFlags, command: Command) => {
    const { host, port } = parseListen(flags.listen);
    const accept = flags.accept.map((d) => {
      const domain = normalizeDomain(d);
      if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)) throw new UsageError(`--accept: not a domain: "${d}"`);
      return domain;
    });
    if (Boolean(flags.tlsCert) !== Boolean(flags.tlsKey)) throw new UsageError('STARTTLS needs both --tls-cert and --tls-key');
    const tls = flags.tlsCert && flags.tlsKey ? { cert: readPem('--tls-cert', flags.tlsCert), key: readPem('--tls-key', flags.tlsKey) } : undefined;

    const stop = stopSignal();
    const intake = await openIntake(flags, 'spamtrap', (o) => command.getOptionValueSource(o) === 'cli', stop.signal);
    const trap = createSpamtrap(intake.store, intake.job.id, {
      accept,
      limits: {
        maxSize: flags.maxSize,
        maxRecipients: flags.maxRecipients,
        maxClients: flags.maxClients,
        maxConnectionsPerClient: flags.maxConnectionsPerClient,
        maxMessagesPerConnection: flags.maxMessagesPerConnection,
      },
      tls,
      mail: { recipientHeaders: flags.recipientHeader },
      onStored: intake.stored,
      log,
    });
    try {
      let bound;
      try {
        bound = await trap.listen(host, port);
      } catch (err) {
        throw new UsageError(`--listen: cannot listen on ${flags.listen}: ${(err as Error).message}`);
      }
      const shown = bound.host.includes(':') ? `[${bound.host}]` : bound.host;
      process.stdout.write(`listening on smtp://${shown}:${bound.port}\n`);
      log(`spamtrap: taking mail for ${accept.map(clean).join(', ')} into job ${clean(intake.job.name)}`);
      if (!stop.signal.aborted) await new Promise((resolve) => stop.signal.addEventListener('abort', resolve, { once: true }));
    } finally {
      stop.dispose();
      await trap.close();
      await intake.close();
    }
  });
}

/** `HOST:PORT`, `[v6]:PORT`; the host must be an IP address (the trap resolves nothing). */
function parseListen(value: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(value);
  const host = m ? (m[1] ?? m[2])! : '';
  const port = m ? Number(m[3]) : NaN;
  if (!m || !isIP(host) || port > 65535) throw new UsageError(`--listen expects IP:PORT (127.0.0.1:2525, [::1]:0), got "${value}"`);
  return { host, port };
}

function readPem(flag: string, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    throw new InputError(`${flag}: cannot read ${file}: ${(err as Error).message}`);
  }
}
