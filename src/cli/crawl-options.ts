// `crawl` flags (and the network flags `replay --live` shares) parsed once into typed options.
import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { loadRules, type RuleSet } from '../classify/rules.ts';
import { sha256 } from '../bytes.ts';
import type { Engine, JobOptions, Persona } from '../model.ts';
import { parseHostMap } from '../net/hostmap.ts';
import type { NetPolicy } from '../net/policy.ts';
import { getPersona } from '../personas.ts';
import { collect, parseCount, parsePositiveInt, UsageError } from './common.ts';

export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;
/** Two cores: a visit mostly waits on the network and quiet windows, so a few run well side by side. */
export const DEFAULT_CONCURRENCY = 4;

export function addNetFlags(cmd: Command): Command {
  return cmd
    .option('--persona <name>', 'fake identity; repeat to visit each link once per persona', collect, [])
    .option('--engine <engine>', 'browser (Chromium sandbox) or http (HTTP-only follower)', 'browser')
    .option('--host-map <pattern=ip>', "resolve hosts matching PATTERN to IP ('*.test=127.0.0.1'); repeatable", collect, [])
    .option('--mapped-only', 'refuse every host that no --host-map maps: no DNS lookup, no connection')
    .option('--allow-private', 'allow loopback/private/link-local destinations not produced by --host-map')
    .option('--proxy <url>', 'send all egress through this upstream proxy (http://, socks5://)')
    .option('--timeout <ms>', 'hard cap for one visit, everything included', parsePositiveInt('--timeout'), 30000)
    .option('--max-hops <n>', 'cap on hops per visit', parsePositiveInt('--max-hops'), 20)
    .option('--body-limit <bytes>', 'bytes of one response body kept at most', parsePositiveInt('--body-limit'), DEFAULT_BODY_LIMIT)
    .option('--rules <file>', 'extra classifier rules (add or override shipped ones)', collect, [])
    .option('--browser <path>', 'Chromium binary (else HOPTRACE_CHROMIUM, Playwright\'s, /usr/bin/chromium)');
}

/** The flags besides the network ones that decide how a job's visits are made (`crawl`, `watch add`). */
export function addVisitFlags(cmd: Command): Command {
  return cmd
    .option('--concurrency <n>', 'visits in flight', parsePositiveInt('--concurrency'), DEFAULT_CONCURRENCY)
    .option('--retries <n>', 're-visit an incomplete visit in a fresh context up to N times', parseCount('--retries'), 1)
    .option('--decoy', "replace recipient-derived tokens by the persona's decoy identity before visiting")
    .option('--recipient <address>', 'the recipient of URL inputs, for token explanations')
    .option('--cloak-check', 'also re-visit each link with the first persona, to tell cloaking from noise');
}

export interface NetFlags {
  persona: string[];
  engine: string;
  hostMap: string[];
  mappedOnly?: boolean;
  allowPrivate?: boolean;
  proxy?: string;
  timeout: number;
  maxHops: number;
  bodyLimit: number;
  rules: string[];
  browser?: string;
}

export interface VisitSettings {
  personas: Persona[];
  engine: Engine;
  net: NetPolicy;
  timeoutMs: number;
  maxHops: number;
  bodyLimit: number;
  rules: RuleSet;
  browserPath?: string;
}

export function parseEngine(value: string): Engine {
  if (value !== 'browser' && value !== 'http') throw new UsageError(`--engine must be browser or http, got "${value}"`);
  return value;
}

/** A flag's URL value checked against the schemes it may use. */
export function parseUrlFlag(flag: string, value: string, schemes: string[]): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${flag} is not a URL: "${value}"`);
  }
  if (!schemes.includes(url.protocol)) {
    throw new UsageError(`${flag} must be ${schemes.map((s) => `${s}//`).join(', ')}, got "${value}"`);
  }
  return value;
}

export function parseProxy(value: string | undefined): string | null {
  return value ? parseUrlFlag('--proxy', value, ['http:', 'https:', 'socks5:', 'socks5h:', 'socks:']) : null;
}

/** The network policy from --host-map, --mapped-only, --allow-private and --proxy. */
export function parseNetPolicy(flags: Pick<NetFlags, 'hostMap' | 'mappedOnly' | 'allowPrivate' | 'proxy'>): NetPolicy {
  let hostMap;
  try {
    hostMap = flags.hostMap.map(parseHostMap);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  return { hostMap, mappedOnly: Boolean(flags.mappedOnly), allowPrivate: Boolean(flags.allowPrivate), proxy: parseProxy(flags.proxy) };
}

export function parsePersonas(names: string[], fallback = 'desktop-ja'): Persona[] {
  const wanted = names.length ? names : [fallback];
  return [...new Set(wanted)].map((n) => {
    try {
      return getPersona(n);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  });
}

export function parseRules(files: string[]): RuleSet {
  for (const f of files) if (!existsSync(f)) throw new UsageError(`rules file not found: ${f}`);
  try {
    return loadRules(files);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export function parseVisitSettings(flags: NetFlags, fallbackPersona?: string): VisitSettings {
  if (flags.browser && !existsSync(flags.browser)) throw new UsageError(`--browser: no such file ${flags.browser}`);
  return {
    personas: parsePersonas(flags.persona, fallbackPersona),
    engine: parseEngine(flags.engine),
    net: parseNetPolicy(flags),
    timeoutMs: flags.timeout,
    maxHops: flags.maxHops,
    bodyLimit: flags.bodyLimit,
    rules: parseRules(flags.rules),
    browserPath: flags.browser,
  };
}

/** URLs from `-` (stdin): one per line, `#` comments. */
export function readUrlLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

/** What `crawl` adds to the network flags: the rest of a job's options. */
export interface JobFlags extends NetFlags {
  concurrency: number;
  decoy?: boolean;
  cloakCheck?: boolean;
  retries: number;
  recipient?: string;
  recipientHeader: string[];
}

/** A job's options from today's flags (rule files read now: their contents are kept with the job). */
export function jobOptionsFromFlags(flags: JobFlags, inputs: { paths: string[]; urls: string[] }): JobOptions {
  const net = parseNetPolicy(flags);
  return {
    inputs: inputs.paths,
    urls: inputs.urls,
    engine: parseEngine(flags.engine),
    personas: parsePersonas(flags.persona).map((p) => p.name),
    net: { hostMap: net.hostMap, mappedOnly: net.mappedOnly, allowPrivate: net.allowPrivate, proxy: net.proxy },
    concurrency: flags.concurrency,
    timeoutMs: flags.timeout,
    maxHops: flags.maxHops,
    bodyLimit: flags.bodyLimit,
    decoy: Boolean(flags.decoy),
    cloakCheck: Boolean(flags.cloakCheck),
    retries: flags.retries,
    rules: flags.rules.map((file) => {
      if (!existsSync(file)) throw new UsageError(`rules file not found: ${file}`);
      const json = readFileSync(file, 'utf8');
      return { file, sha256: sha256(json), json };
    }),
    recipient: flags.recipient ?? null,
    recipientHeaders: flags.recipientHeader,
    overrides: [],
  };
}

/** Each flag that decides how a job's visits are made, the part of JobOptions it reads, and how to take it over. */
const JOB_FLAGS: { flag: string; option: keyof JobFlags; read(o: JobOptions): unknown; take(into: JobOptions, from: JobOptions): void }[] = [
  { flag: '--persona', option: 'persona', read: (o) => o.personas, take: (i, f) => (i.personas = f.personas) },
  { flag: '--engine', option: 'engine', read: (o) => o.engine, take: (i, f) => (i.engine = f.engine) },
  { flag: '--host-map', option: 'hostMap', read: (o) => o.net.hostMap, take: (i, f) => (i.net.hostMap = f.net.hostMap) },
  { flag: '--mapped-only', option: 'mappedOnly', read: (o) => o.net.mappedOnly, take: (i, f) => (i.net.mappedOnly = f.net.mappedOnly) },
  { flag: '--allow-private', option: 'allowPrivate', read: (o) => o.net.allowPrivate, take: (i, f) => (i.net.allowPrivate = f.net.allowPrivate) },
  { flag: '--proxy', option: 'proxy', read: (o) => o.net.proxy, take: (i, f) => (i.net.proxy = f.net.proxy) },
  { flag: '--timeout', option: 'timeout', read: (o) => o.timeoutMs, take: (i, f) => (i.timeoutMs = f.timeoutMs) },
  { flag: '--max-hops', option: 'maxHops', read: (o) => o.maxHops, take: (i, f) => (i.maxHops = f.maxHops) },
  { flag: '--body-limit', option: 'bodyLimit', read: (o) => o.bodyLimit, take: (i, f) => (i.bodyLimit = f.bodyLimit) },
  { flag: '--rules', option: 'rules', read: (o) => o.rules.map((r) => r.sha256), take: (i, f) => (i.rules = f.rules) },
  { flag: '--concurrency', option: 'concurrency', read: (o) => o.concurrency, take: (i, f) => (i.concurrency = f.concurrency) },
  { flag: '--decoy', option: 'decoy', read: (o) => o.decoy, take: (i, f) => (i.decoy = f.decoy) },
  { flag: '--cloak-check', option: 'cloakCheck', read: (o) => o.cloakCheck, take: (i, f) => (i.cloakCheck = f.cloakCheck) },
  { flag: '--retries', option: 'retries', read: (o) => o.retries, take: (i, f) => (i.retries = f.retries) },
  { flag: '--recipient', option: 'recipient', read: (o) => o.recipient, take: (i, f) => (i.recipient = f.recipient) },
  { flag: '--recipient-header', option: 'recipientHeader', read: (o) => o.recipientHeaders, take: (i, f) => (i.recipientHeaders = f.recipientHeaders) },
];

/**
 * The options a resumed job runs with: the ones it was started with. A flag given now that would
 * change them is an error naming it, unless `override` (then the change is made and recorded).
 */
export function resumeOptions(stored: JobOptions, flags: JobFlags, given: (option: string) => boolean, override: boolean): JobOptions {
  const now = jobOptionsFromFlags(flags, { paths: stored.inputs, urls: stored.urls });
  const differing = JOB_FLAGS.filter((f) => given(f.option) && JSON.stringify(f.read(now)) !== JSON.stringify(f.read(stored)));
  if (differing.length === 0) return stored;
  if (!override) {
    const f = differing[0]!;
    throw new UsageError(
      `${f.flag} ${JSON.stringify(f.read(now))} differs from the job's ${JSON.stringify(f.read(stored))}: ` +
        'a resumed job keeps its options (give --override to change them, the change is recorded)',
    );
  }
  const at = new Date().toISOString();
  const merged: JobOptions = structuredClone(stored);
  for (const f of differing) {
    merged.overrides.push({ at, flag: f.flag, from: f.read(stored), to: f.read(now) });
    f.take(merged, now);
  }
  return merged;
}

/** What a job's stored options mean at run time: personas, rules and the network policy, typed. */
export function jobSettings(o: JobOptions): { personas: Persona[]; rules: RuleSet; net: NetPolicy } {
  let rules: RuleSet;
  try {
    rules = loadRules(o.rules.map(({ file, json }) => ({ file, json })));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  return { personas: parsePersonas(o.personas), rules, net: { ...o.net } };
}
