// `crawl` flags (and the network flags `replay --live` shares) parsed once into typed options.
import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { loadRules, type RuleSet } from '../classify/rules.ts';
import type { Engine, Persona } from '../model.ts';
import { parseHostMap } from '../net/hostmap.ts';
import type { NetPolicy } from '../net/policy.ts';
import { getPersona } from '../personas.ts';
import { collect, parsePositiveInt, UsageError } from './common.ts';

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
