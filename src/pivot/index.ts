// The pivot over stored data: facts of a job's visits plus the cached registration records,
// clustered. Also the registration cache (RDAP answers and imported records in the store), used
// by `hoptrace rdap`, `hoptrace pivot` and the crawl's `--rdap`.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { InputError } from '../errors.ts';
import type { Job, RecordedResponse, Visit } from '../model.ts';
import { fetchRdapDomain, type RdapAnswer, type RdapClientOptions } from '../net/rdap-client.ts';
import type { StoredRegistration } from '../store/store.ts';
import { pivot, type Cluster } from './cluster.ts';
import { hostOfUrl, isIpHost, registrableDomain } from './domains.ts';
import { factsOfVisit, mappedIpsOf, type Fact } from './facts.ts';
import { parseRdap, parseRegistrationText, type Registration } from './registration.ts';

export type { Cluster, ClusterLink, ClusterRegistrant } from './cluster.ts';
export type { Fact, FactKind } from './facts.ts';
export type { Registration } from './registration.ts';

/** What a pivot reads from the store (TraceStore has all of it). */
export interface PivotSource {
  findJob(idOrName: string): Job | null;
  listJobs(): Job[];
  listVisits(jobId: string): Visit[];
  /** Every stored response of a job's visits, by visit id. */
  responsesOfJob(jobId: string): Map<string, RecordedResponse[]>;
  getBlob(sha256: string): Buffer | null;
  listRegistrations(): StoredRegistration[];
}

export interface RegistrationCache {
  getRegistration(domain: string): StoredRegistration | null;
  putRegistration(r: StoredRegistration): void;
}

/** A cached record read again with the current parser (it may have learnt since it was stored). */
export function registrationOfStored(s: StoredRegistration): Registration {
  try {
    return s.source === 'rdap' ? parseRdap(JSON.parse(s.raw), s.domain) : parseRegistrationText(s.raw, s.domain);
  } catch {
    return s.parsed as Registration;
  }
}

/** Every fact of the visits of these jobs, host-mapped addresses left out per job. */
export function factsOfJobs(source: PivotSource, jobs: Job[]): { visits: Visit[]; facts: Fact[] } {
  const visits: Visit[] = [];
  const facts: Fact[] = [];
  for (const job of jobs) {
    const mappedIps = mappedIpsOf(job.options);
    const responses = source.responsesOfJob(job.id);
    for (const visit of source.listVisits(job.id)) {
      visits.push(visit);
      facts.push(...factsOfVisit(visit, responses.get(visit.id) ?? [], (sha) => source.getBlob(sha), { mappedIps }));
    }
  }
  return { visits, facts };
}

/**
 * Clusters of one job (or of every job when `jobId` is null). Every stored registration takes
 * part, so an imported record can name the operator's other domains; with a job given, only the
 * clusters that touch one of its domains are kept.
 */
export function pivotJob(source: PivotSource, jobId: string | null = null): Cluster[] {
  const jobs = jobId ? [source.findJob(jobId)].filter((j): j is Job => j !== null) : source.listJobs();
  const { visits, facts } = factsOfJobs(source, jobs);
  const registrations = source.listRegistrations().map(registrationOfStored);
  const clusters = pivot({ visits, facts, registrations });
  if (!jobId) return clusters;
  const jobDomains = new Set(facts.filter((f) => f.kind === 'domain').map((f) => f.domain));
  return clusters.filter((c) => c.domains.some((d) => jobDomains.has(d))).map((c, i) => ({ ...c, id: `cluster-${i + 1}` }));
}

/** The registrable domains (not IP literals) on the chains of a job's visits, sorted. */
export function domainsOfVisits(visits: Visit[]): string[] {
  const out = new Set<string>();
  for (const hop of visits.flatMap((v) => v.hops)) {
    const host = hostOfUrl(hop.url);
    const domain = host && !isIpHost(host) ? registrableDomain(host) : null;
    if (domain) out.add(domain);
  }
  return [...out].sort();
}

export interface RegistrationLookup {
  domain: string;
  registration: Registration;
  source: string;
  fetchedAt: string;
  /** True when answered from the store without a request. */
  cached: boolean;
}

export interface LookupResult {
  found: RegistrationLookup[];
  errors: { domain: string; error: string }[];
}

export interface LookupOptions {
  client: RdapClientOptions;
  /** Fetch again even when a record is cached. */
  refresh?: boolean;
  /** The RDAP fetcher (tests may inject one). */
  fetch?: (domain: string, opts: RdapClientOptions) => Promise<RdapAnswer>;
}

/**
 * Registration records of these domains: from the cache unless `refresh`, else over RDAP, one
 * domain at a time (registries rate-limit), storing each answer with its fetch time. A failed
 * domain is reported in `errors`; the others go on.
 */
export async function lookupRegistrations(cache: RegistrationCache, domains: string[], opts: LookupOptions): Promise<LookupResult> {
  const result: LookupResult = { found: [], errors: [] };
  for (const asked of domains) {
    const domain = registrableDomain(asked) ?? asked.toLowerCase();
    const stored = opts.refresh ? null : cache.getRegistration(domain);
    if (stored) {
      result.found.push({ domain, registration: registrationOfStored(stored), source: stored.source, fetchedAt: stored.fetchedAt, cached: true });
      continue;
    }
    try {
      const answer = await (opts.fetch ?? fetchRdapDomain)(domain, opts.client);
      const registration = parseRdap(JSON.parse(answer.body), domain);
      cache.putRegistration({ domain, fetchedAt: answer.fetchedAt, source: 'rdap', raw: answer.body, parsed: registration });
      result.found.push({ domain, registration, source: 'rdap', fetchedAt: answer.fetchedAt, cached: false });
    } catch (err) {
      result.errors.push({ domain, error: (err as Error).message.split('\n')[0]! });
    }
  }
  return result;
}

/** RDAP records for every domain on a job's chains (what `crawl --rdap` runs after the visits). */
export async function rdapForJob(
  store: RegistrationCache & Pick<PivotSource, 'listVisits'>,
  jobId: string,
  opts: LookupOptions,
): Promise<LookupResult> {
  return lookupRegistrations(store, domainsOfVisits(store.listVisits(jobId)), opts);
}

const RECORD_EXTENSIONS = /(\.(json|txt|whois|rdap))+$/i;

/**
 * Imports a saved WHOIS text or RDAP JSON; the domain comes from the record, else from the file
 * name (`example.jp.whois`). Throws an InputError when the file cannot be read or parsed.
 */
export function importRegistrationFile(cache: RegistrationCache, path: string, now = new Date()): Registration {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
  }
  const fromName = basename(path).replace(RECORD_EXTENSIONS, '');
  let registration: Registration;
  try {
    registration = parseRegistrationText(raw, fromName.includes('.') ? fromName : undefined);
  } catch (err) {
    throw new InputError(`${path}: ${(err as Error).message}`, { cause: err });
  }
  const domain = registrableDomain(registration.domain) ?? registration.domain;
  cache.putRegistration({ domain, fetchedAt: now.toISOString(), source: `import:${path}`, raw, parsed: registration });
  return registration;
}
