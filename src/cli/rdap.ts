// `hoptrace rdap DOMAIN…`: registration records over RDAP (cached in the database unless
// --refresh), or `--import FILE…` for saved WHOIS/RDAP records; `--job JOB` asks for every
// domain on a job's chains.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { InputError } from '../errors.ts';
import { RdapError, type RdapClientOptions } from '../net/rdap-client.ts';
import { importRegistrationFile, lookupRegistrations, rdapForJob, type LookupResult } from '../pivot/index.ts';
import { collect, DEFAULT_DB, log, openStore, parsePositiveInt, printJson, requireJob, UsageError } from './common.ts';
import { parseNetPolicy, parseUrlFlag } from './crawl-options.ts';
import { formatLookupError, formatRegistrations } from './views/rdap.ts';

export interface RdapFlags {
  rdapBase?: string;
  rdapBootstrap?: string;
  hostMap: string[];
  mappedOnly?: boolean;
  allowPrivate?: boolean;
  proxy?: string;
  timeout: number;
}

const httpUrl = (flag: string, value: string | undefined): string | undefined =>
  value === undefined ? undefined : parseUrlFlag(flag, value, ['http:', 'https:']);

/** The RDAP flags (also for `crawl --rdap`): --rdap-base and --rdap-bootstrap. */
export function addRdapFlags(cmd: Command): Command {
  return cmd
    .option('--rdap-base <url>', 'RDAP server to ask: queries URL/domain/NAME (default: the IANA bootstrap picks it)')
    .option('--rdap-bootstrap <url>', 'RDAP bootstrap file (default: https://data.iana.org/rdap/dns.json)');
}

/** RdapClientOptions from the flags; the network flags build the same policy as crawl's. */
export function parseRdapClientOptions(flags: RdapFlags): RdapClientOptions {
  return {
    policy: parseNetPolicy(flags),
    base: httpUrl('--rdap-base', flags.rdapBase) ?? null,
    bootstrapUrl: httpUrl('--rdap-bootstrap', flags.rdapBootstrap),
    timeoutMs: flags.timeout,
  };
}

export function registerRdap(program: Command): void {
  const cmd = program
    .command('rdap')
    .description('registration records (RDAP, cached in the database) of domains; --import saved WHOIS/RDAP records')
    .argument('[domains...]', 'domains to look up (their registrable domain is asked)')
    .option('--db <file>', 'trace database', DEFAULT_DB)
    .option('--job <job>', "look up every domain on this job's chains")
    .option('--import <files...>', 'import saved WHOIS text or RDAP JSON files instead of fetching')
    .option('--refresh', 'fetch again even when a record is cached')
    .option('--host-map <pattern=ip>', "resolve hosts matching PATTERN to IP ('*.test=127.0.0.1'); repeatable", collect, [])
    .option('--mapped-only', 'refuse every host that no --host-map maps: no DNS lookup, no connection')
    .option('--allow-private', 'allow loopback/private/link-local destinations not produced by --host-map')
    .option('--proxy <url>', 'send all egress through this upstream proxy (http://, socks5://)')
    .option('--timeout <ms>', 'cap for one lookup', parsePositiveInt('--timeout'), 20000)
    .option('--json', 'print as JSON');
  addRdapFlags(cmd).action(async (domains: string[], flags: RdapFlags & { db: string; job?: string; import?: string[]; refresh?: boolean; json?: boolean }) => {
    const files = flags.import ?? [];
    if (!domains.length && !files.length && !flags.job) throw new UsageError('rdap needs DOMAIN…, --job JOB or --import FILE…');
    for (const f of files) if (!existsSync(f)) throw new InputError(`no such file: ${f}`);
    const client = parseRdapClientOptions(flags);
    const store = openStore(flags.db);
    try {
      const imported = files.map((f) => importRegistrationFile(store, f));
      const lookups: LookupResult = { found: [], errors: [] };
      const add = (r: LookupResult) => {
        lookups.found.push(...r.found);
        lookups.errors.push(...r.errors);
      };
      if (flags.job) add(await rdapForJob(store, requireJob(store, flags.job).id, { client, refresh: flags.refresh }));
      if (domains.length) add(await lookupRegistrations(store, domains, { client, refresh: flags.refresh }));

      if (flags.json) {
        printJson({
          imported,
          registrations: lookups.found.map(({ registration, ...meta }) => ({ ...meta, ...registration })),
          errors: lookups.errors,
        });
      } else {
        const blocks = [
          ...imported.map((registration) => ({ registration, origin: 'imported' })),
          ...lookups.found.map((l) => ({ registration: l.registration, origin: `${l.cached ? 'cached' : 'fetched'} ${l.fetchedAt}, ${l.source}` })),
        ];
        if (blocks.length) process.stdout.write(`${formatRegistrations(blocks)}\n`);
      }
      for (const e of lookups.errors) log(formatLookupError(e));
      if (lookups.errors.length && !lookups.found.length && !imported.length) {
        throw new RdapError(`no registration record could be fetched (${lookups.errors.length} failed)`);
      }
    } finally {
      store.close();
    }
  });
}
