// RDAP (RFC 9082/9083) domain queries under the network policy: every request goes through
// fetchHop (routed, guarded, connected to the checked address), redirects followed here one hop
// at a time so each is checked too. The server comes from `base` when given (tests, private
// mirrors), else from the IANA bootstrap file for the domain's TLD (RFC 9224). No caching here:
// net/ knows nothing of the store.
import { CookieJar } from 'tough-cookie';
import { PolicyError } from '../errors.ts';
import { fetchHop } from './http-client.ts';
import type { NetPolicy } from './policy.ts';

export const IANA_DNS_BOOTSTRAP = 'https://data.iana.org/rdap/dns.json';

const MAX_REDIRECTS = 5;
const BODY_LIMIT = 4 * 1024 * 1024;
const HEADERS: [string, string][] = [
  ['accept', 'application/rdap+json, application/json'],
  ['user-agent', 'hoptrace-rdap/0.1'],
];

export interface RdapClientOptions {
  policy: NetPolicy;
  /** Query `${base}/domain/${domain}`; without it, the bootstrap file picks the server. */
  base?: string | null;
  bootstrapUrl?: string;
  /** Cap for one query, redirects and bootstrap included. */
  timeoutMs?: number;
}

export interface RdapAnswer {
  domain: string;
  /** The URL that answered (after redirects). */
  url: string;
  /** The JSON text as received. */
  body: string;
  fetchedAt: string;
}

/** An RDAP lookup that failed for a reason other than the network policy (which throws PolicyError). */
export class RdapError extends Error {
  override name = 'RdapError';
}

async function getJson(url: string, policy: NetPolicy, signal: AbortSignal): Promise<{ url: string; body: string }> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const r = await fetchHop({ url: current, method: 'GET', headers: HEADERS, cookieJar: new CookieJar(), policy, bodyLimit: BODY_LIMIT, signal });
    if (r.kind === 'refused') throw new PolicyError(`${current} refused: ${r.reason}`);
    if (r.kind === 'error') throw new RdapError(`${current}: ${r.message}`);
    const location = r.headers.find(([k]) => k.toLowerCase() === 'location')?.[1];
    if (r.status >= 300 && r.status < 400 && location) {
      current = new URL(location, current).toString();
      continue;
    }
    if (r.status === 404) throw new RdapError(`no RDAP record at ${current} (404)`);
    if (r.status !== 200) throw new RdapError(`${current} answered ${r.status}`);
    if (r.truncated) throw new RdapError(`${current}: answer larger than ${BODY_LIMIT} bytes`);
    return { url: current, body: r.body.toString('utf8') };
  }
  throw new RdapError(`${url}: more than ${MAX_REDIRECTS} redirects`);
}

/** The RDAP base URL the bootstrap file (RFC 9224 `services`) gives for a domain's TLD, or null. */
export function baseFromBootstrap(bootstrap: unknown, domain: string): string | null {
  const services = (bootstrap as { services?: [string[], string[]][] } | null)?.services;
  if (!Array.isArray(services)) return null;
  const labels = domain.toLowerCase().split('.');
  // The longest matching suffix wins (a registry may serve a second-level zone of its own).
  for (let i = 0; i < labels.length; i++) {
    const suffix = labels.slice(i).join('.');
    const service = services.find(([tlds]) => Array.isArray(tlds) && tlds.some((t) => t.toLowerCase() === suffix));
    const urls = service?.[1] ?? [];
    const url = urls.find((u) => u.startsWith('https:')) ?? urls[0];
    if (url) return url;
  }
  return null;
}

const bootstrapCache = new Map<string, unknown>();

async function bootstrapBase(domain: string, opts: RdapClientOptions, signal: AbortSignal): Promise<string> {
  const url = opts.bootstrapUrl ?? IANA_DNS_BOOTSTRAP;
  if (!bootstrapCache.has(url)) {
    const { body } = await getJson(url, opts.policy, signal);
    try {
      bootstrapCache.set(url, JSON.parse(body));
    } catch (err) {
      throw new RdapError(`bootstrap file ${url} is not JSON`, { cause: err });
    }
  }
  const base = baseFromBootstrap(bootstrapCache.get(url), domain);
  if (!base) throw new RdapError(`the bootstrap file ${url} names no RDAP server for ${domain}`);
  return base;
}

/** Fetches the RDAP domain record of `domain` (a registrable domain); throws RdapError. */
export async function fetchRdapDomain(domain: string, opts: RdapClientOptions): Promise<RdapAnswer> {
  const signal = AbortSignal.timeout(opts.timeoutMs ?? 20_000);
  const base = opts.base ?? (await bootstrapBase(domain, opts, signal));
  const url = `${base.replace(/\/+$/, '')}/domain/${encodeURIComponent(domain)}`;
  const answer = await getJson(url, opts.policy, signal);
  try {
    JSON.parse(answer.body);
  } catch (err) {
    throw new RdapError(`${answer.url}: answer is not JSON`, { cause: err });
  }
  return { domain, url: answer.url, body: answer.body, fetchedAt: new Date().toISOString() };
}
