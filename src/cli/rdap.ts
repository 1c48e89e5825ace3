// `hoptrace rdap DOMAIN…`: registration records over RDAP (cached in the database unless
// --refresh), or `--import FILE…` for saved WHOIS/RDAP records; `--job JOB` asks for every
// domain on a job's chains.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import type { RdapClientOptions } from '../net/rdap-client.ts';
import { importRegistrationFile, lookupRegistrations, rdapForJob, type LookupResult, type Registration } from '../pivot/index.ts';
import { stripControls } from '../report/safe-text.ts';
import { collect, DEFAULT_DB, FatalError, log, openStore, parsePositiveInt, printJson, requireJob, UsageError } from './common.ts';
import { parseNetPolicy, parseUrlFlag } from './crawl-options.ts';

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

function formatRegistration(r: Registration, origin: string): string {
  const rows: [string, string | null][] = [
    ['registrant', [r.registrantName, r.registrantOrg].filter(Boolean).join(' / ') || null],
    ['e-mail', r.email],
    ['phone', r.phone && `${r.phone}${r.phoneNormalized && r.phoneNormalized !== r.phone ? `  (${r.phoneNormalized})` : ''}`],
    ['address', r.address],
    ['registrar', r.registrar],
    ['created', r.created],
  ];
  const lines = rows.filter(([, v]) => v).map(([k, v]) => `  ${k.padEnd(12)}${stripControls(v!)}`);
  return [`${stripControls(r.domain)}  (${origin})`, ...lines].join('\n');
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
    for (const f of files) if (!existsSync(f)) throw new UsageError(`no such file: ${f}`);
    const client = parseRdapClientOptions(flags);
    const store = openStore(flags.db);
    try {
      const imported = files.map((f) => {
        try {
          return importRegistrationFile(store, f);
        } catch (err) {
          throw new UsageError((err as Error).message);
        }
      });
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
          ...imported.map((r) => formatRegistration(r, 'imported')),
          ...lookups.found.map((l) => formatRegistration(l.registration, `${l.cached ? 'cached' : 'fetched'} ${l.fetchedAt}, ${l.source}`)),
        ];
        if (blocks.length) process.stdout.write(`${blocks.join('\n\n')}\n`);
      }
      for (const e of lookups.errors) log(`rdap: ${e.domain}: ${e.error}`);
      if (lookups.errors.length && !lookups.found.length && !imported.length) {
        throw new FatalError(`no registration record could be fetched (${lookups.errors.length} failed)`);
      }
    } finally {
      store.close();
    }
  });
}
