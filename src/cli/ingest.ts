// `hoptrace ingest imap://USER@HOST[:PORT]/MAILBOX`: store every mail of a mailbox, then wait for
// more (IDLE, or polling), until Ctrl-C. The password comes from an environment variable or a file.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { InputError, UsageError } from '../errors.ts';
import { watchMailbox } from '../ingest/imap.ts';
import { mailboxKey, parseImapUrl, type ImapAddress } from '../net/imap-client.ts';
import { log, parsePositiveInt } from './common.ts';
import { addIntakeFlags, openIntake, stopSignal, type IntakeFlags } from './intake.ts';
import { clean } from './views/terminal.ts';

interface IngestFlags extends IntakeFlags {
  passwordEnv?: string;
  passwordFile?: string;
  starttls?: boolean;
  insecure?: boolean;
  ca?: string;
  markSeen?: boolean;
  moveTo?: string;
  pollInterval: number;
}

export function registerIngest(program: Command): void {
  addIntakeFlags(
    program
      .command('ingest')
      .description('store every mail of an IMAP mailbox, then wait for new mail (IDLE) and store it as it comes')
      .argument('<mailbox>', 'imap://USER@HOST[:PORT]/MAILBOX (TLS on 993 unless --starttls)')
      .option('--password-env <var>', 'read the password from this environment variable')
      .option('--password-file <file>', 'read the password from this file (its first line)')
      .option('--starttls', 'connect in plain text (port 143) and require STARTTLS before logging in')
      .option('--insecure', "accept the server's certificate without checking it")
      .option('--ca <file>', 'also trust the CA certificates (PEM) in this file')
      .option('--mark-seen', 'set \\Seen on each stored mail (opens the mailbox read-write)')
      .option('--move-to <folder>', 'move each stored mail to this folder (opens the mailbox read-write)')
      .option('--poll-interval <seconds>', 'how often a server without IDLE is polled (and IDLE renewed)', parsePositiveInt('--poll-interval'), 60),
  ).action(async (url: string, flags: IngestFlags, command: Command) => {
    const tls = flags.starttls ? 'starttls' : 'implicit';
    let parsed;
    try {
      parsed = parseImapUrl(url, tls);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const address: ImapAddress = { ...parsed, tls, insecure: Boolean(flags.insecure), ca: flags.ca ? readCa(flags.ca) : undefined, pollMs: flags.pollInterval * 1000 };
    const password = readPassword(flags);
    const stop = stopSignal();
    const intake = await openIntake(flags, `ingest-${mailboxKey(address).replace(/^imap:\/\//, '')}`, (o) => command.getOptionValueSource(o) === 'cli', stop.signal);
    let announced = false;
    try {
      await watchMailbox(intake.store, intake.job.id, address, password, {
        mail: { recipientHeaders: flags.recipientHeader },
        markSeen: Boolean(flags.markSeen),
        moveTo: flags.moveTo ?? null,
        onStored: intake.stored,
        onIdle: ({ mailbox, uidValidity, lastUid }) => {
          // The first line says the mailbox is read up to now and watched; later catch-ups are quiet.
          if (!announced) process.stdout.write(`watching ${clean(mailbox)} (UIDVALIDITY ${uidValidity}, up to UID ${lastUid}) into job ${clean(intake.job.name)}\n`);
          announced = true;
        },
        log,
        signal: stop.signal,
      });
    } finally {
      stop.dispose();
      await intake.close();
    }
  });
}

function readCa(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    throw new InputError(`--ca: cannot read ${file}: ${(err as Error).message}`);
  }
}

/** Never from argv, never stored, never logged: from the environment or a file. */
function readPassword(flags: IngestFlags): string {
  if (flags.passwordEnv && flags.passwordFile) throw new UsageError('give the password one way: --password-env or --password-file');
  if (flags.passwordEnv) {
    const value = process.env[flags.passwordEnv];
    if (!value) throw new UsageError(`--password-env: the environment variable ${flags.passwordEnv} is not set`);
    return value;
  }
  if (flags.passwordFile) {
    let text: string;
    try {
      text = readFileSync(flags.passwordFile, 'utf8');
    } catch (err) {
      throw new InputError(`--password-file: cannot read ${flags.passwordFile}: ${(err as Error).message}`);
    }
    const first = text.split(/\r?\n/)[0] ?? '';
    if (!first) throw new InputError(`--password-file: ${flags.passwordFile} is empty`);
    return first;
  }
  throw new UsageError('the mailbox needs a password: --password-env VAR or --password-file FILE');
}
