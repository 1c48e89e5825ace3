// The infrastructure facts of one stored visit: what a pivot can join domains on. Every fact
// names the registrable domain it belongs to. Addresses that came from a `--host-map` entry are
// the researcher's choice, not the operator's infrastructure, and never become facts.
import { headerValue } from '../bytes.ts';
import type { JobOptions, RecordedResponse, Visit } from '../model.ts';
import { findAnalyticsIds } from './analytics.ts';
import { hostOfUrl, registrableDomain } from './domains.ts';
import type { Registration } from './registration.ts';

export type FactKind =
  | 'domain'
  | 'host'
  | 'server-ip'
  | 'tls-cert'
  | 'favicon'
  | 'dom-hash'
  | 'analytics-id'
  | 'cookie-name'
  | 'registrant-email'
  | 'registrant-phone'
  | 'registrant-name'
  | 'registrant-org'
  | 'registrar';

export interface Fact {
  kind: FactKind;
  value: string;
  /** The registrable domain the fact belongs to. */
  domain: string;
  visitId?: string;
}

export interface FactOptions {
  /** Addresses produced by the job's host map: never facts. */
  mappedIps?: Set<string>;
}

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const ICON_TYPES = new Set(['image/x-icon', 'image/vnd.microsoft.icon']);

/** The addresses of a job's `--host-map` entries (as stored in its options). */
export function mappedIpsOf(jobOptions: JobOptions): Set<string> {
  return new Set(jobOptions.net.hostMap.map((e) => e.ip));
}

function mimeOf(r: RecordedResponse): string {
  return (headerValue(r.headers, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

function isFavicon(r: RecordedResponse): boolean {
  let path = '';
  try {
    path = new URL(r.url).pathname.toLowerCase();
  } catch {
    return false;
  }
  return path.endsWith('favicon.ico') || ICON_TYPES.has(mimeOf(r));
}

function isMarkup(r: RecordedResponse): boolean {
  const mime = mimeOf(r);
  return r.resourceType === 'document' || mime === 'text/html' || mime === 'application/xhtml+xml';
}

function isScript(r: RecordedResponse): boolean {
  return r.resourceType === 'script' || /javascript|ecmascript/.test(mimeOf(r));
}

/** A certificate's identity: its fingerprint, else subject, issuer and names together. */
function certValue(tls: NonNullable<Visit['hops'][number]['tls']>): string {
  return tls.fingerprint ?? `subject=${tls.subject}; issuer=${tls.issuer}; sans=${[...tls.sans].sort().join(',')}`;
}

function cookieName(setCookie: string): string | null {
  const name = setCookie.split(';', 1)[0]!.split('=', 1)[0]!.trim();
  return name === '' ? null : name;
}

export function factsOfVisit(
  visit: Visit,
  responses: RecordedResponse[],
  getBlob: (sha256: string) => Buffer | null,
  opts: FactOptions = {},
): Fact[] {
  const mapped = opts.mappedIps ?? new Set<string>();
  const facts = new Map<string, Fact>();
  const add = (kind: FactKind, value: string | null, domain: string | null) => {
    if (!value || !domain) return;
    facts.set(`${kind}\n${value}\n${domain}`, { kind, value, domain, visitId: visit.id });
  };
  const domainOfUrl = (url: string) => {
    const host = hostOfUrl(url);
    return host ? registrableDomain(host) : null;
  };

  for (const hop of visit.hops) {
    const host = hostOfUrl(hop.url);
    const domain = host ? registrableDomain(host) : null;
    add('host', host, domain);
    add('domain', domain, domain);
    if (hop.serverIp && !mapped.has(hop.serverIp)) add('server-ip', hop.serverIp, domain);
    if (hop.tls) add('tls-cert', certValue(hop.tls), domain);
    for (const c of hop.setCookies) add('cookie-name', cookieName(c), domain);
  }

  // Subresources and scripts serve the page the visit ended on.
  const mainHops = visit.hops.filter((h) => h.branch === 0);
  const finalUrl = visit.final?.url ?? mainHops[mainHops.length - 1]?.url ?? visit.url;
  const finalDomain = domainOfUrl(finalUrl);

  for (const r of responses) {
    for (const id of findAnalyticsIds(r.url)) add('analytics-id', id, finalDomain);
    const sha = r.bodySha256;
    if (!sha || sha === EMPTY_SHA256 || r.status < 200 || r.status >= 300) continue;
    if (isFavicon(r)) add('favicon', sha, finalDomain ?? domainOfUrl(r.url));
    if (!isMarkup(r) && !isScript(r)) continue;
    const body = getBlob(sha);
    if (!body) continue;
    const owner = isMarkup(r) ? domainOfUrl(r.url) : finalDomain;
    for (const id of findAnalyticsIds(body.toString('latin1'))) add('analytics-id', id, owner);
  }

  for (const page of visit.branchFinals ?? []) {
    const domain = domainOfUrl(page.url);
    if (page.status !== null && page.status >= 200 && page.status < 300) add('dom-hash', page.domHash, domain);
    for (const id of findAnalyticsIds(page.html ?? '')) add('analytics-id', id, domain);
  }
  return [...facts.values()];
}

/** Registrant facts of a registration record (the phone in its normalised form). */
export function factsOfRegistration(r: Registration): Fact[] {
  const domain = registrableDomain(r.domain) ?? r.domain;
  const pairs: [FactKind, string | null][] = [
    ['domain', domain],
    ['registrant-email', r.email],
    ['registrant-phone', r.phoneNormalized],
    ['registrant-name', r.registrantName],
    ['registrant-org', r.registrantOrg],
    ['registrar', r.registrar],
  ];
  return pairs.filter((p): p is [FactKind, string] => Boolean(p[1])).map(([kind, value]) => ({ kind, value, domain }));
}
