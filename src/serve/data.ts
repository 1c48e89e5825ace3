// What each page shows, as plain data: the JSON API returns exactly these objects and the HTML
// pages render them, so the two never disagree. Records keep their `hoptrace.trace/1` shapes
// (a visit is a trace visit, a token a trace token); lists are paged.
import { diffVisits, type VisitDiff } from '../diff/diff.ts';
import { familiesOfJobs, type Family } from '../fingerprint/cluster.ts';
import { similarToVisit, type SimilarVisit } from '../fingerprint/query.ts';
import { DEFAULT_LIMIT, DEFAULT_MIN_SCORE } from '../fingerprint/similar.ts';
import { TRACE_FORMAT, type CloakFinding, type Job, type MailOrigin, type Token, type Visit } from '../model.ts';
import { registrableDomain } from '../pivot/domains.ts';
import { pivotJob, registrationOfStored, type Cluster, type Registration } from '../pivot/index.ts';
import { urlHost, type JobFacets, type JobOverview, type VisitFilter } from '../store/search.ts';
import type { TraceStore } from '../store/store.ts';
import { campaignTimeline, type Campaign } from './campaign.ts';
import { id, notFound, pageParams, text, visitFilter, type PageParams, type Query } from './request.ts';
import { planSearch } from './search-terms.ts';

export interface PageInfo {
  page: number;
  per: number;
  total: number;
  pages: number;
}

export type JobEntry = Job & JobOverview;

export interface JobsData {
  format: typeof TRACE_FORMAT;
  jobs: JobEntry[];
}

export interface JobData {
  format: typeof TRACE_FORMAT;
  job: JobEntry;
  facets: JobFacets;
  filter: VisitFilter;
  page: PageInfo;
  visits: Visit[];
}

export interface JobTokensData {
  format: typeof TRACE_FORMAT;
  job: JobEntry;
  page: PageInfo;
  tokens: Token[];
}

export interface JobCloakingData {
  format: typeof TRACE_FORMAT;
  job: JobEntry;
  page: PageInfo;
  cloaking: CloakFinding[];
}

export interface JobPivotsData {
  format: typeof TRACE_FORMAT;
  job: JobEntry;
  clusters: Cluster[];
}

/** A host on a visit's chains, with what a pivot starts from. */
export interface ChainHost {
  host: string;
  domain: string | null;
  serverIps: string[];
  /** seq of the hops on this host */
  hops: number[];
  /** Per-recipient token values of the visit's link that this host received: it learnt the recipient is live. */
  tokens: string[];
}

export interface VisitData {
  format: typeof TRACE_FORMAT;
  job: Job;
  visit: Visit;
  /** The tokens of the visit's link. */
  tokens: Token[];
  /** The other visits of the same link (other personas, re-checks, retries, replays). */
  siblings: Visit[];
  hosts: ChainHost[];
  registrations: Registration[];
  /** Where the mail that carried the link came from, when it arrived by itself (ingest, spamtrap). */
  lureOrigin: MailOrigin | null;
  /**
   * Pages like this one across all jobs, best first, as `hoptrace similar VISIT --json` matches. (Not
   * its family: that needs the cluster of the whole index, minutes on 100,000 visits.)
   */
  similar: SimilarVisit[];
}

export interface FamiliesData {
  format: typeof TRACE_FORMAT;
  page: PageInfo;
  /** As `hoptrace cluster --json`, largest first. */
  families: Family[];
}

export interface FamilyData {
  format: typeof TRACE_FORMAT;
  family: Family;
  visits: Visit[];
  jobNames: Record<string, string>;
}

export interface DiffData {
  format: typeof TRACE_FORMAT;
  a: Visit;
  b: Visit | null;
  /** Same shape as `hoptrace diff --json`; null until B is chosen. */
  diff: VisitDiff | null;
  /** Visits to compare A with, when B is not chosen yet. */
  candidates: Visit[];
}

export interface SearchData {
  format: typeof TRACE_FORMAT;
  query: string;
  terms: { label: string; kind: string }[];
  registrants: Registration[];
  counts: Record<string, number>;
  page: PageInfo;
  results: { visit: Visit; matched: string[] }[];
  jobNames: Record<string, string>;
}

export interface CampaignData {
  format: typeof TRACE_FORMAT;
  visit: Visit;
  campaign: Campaign;
  page: PageInfo;
  visits: Visit[];
  jobNames: Record<string, string>;
}

const pageInfo = (p: PageParams, total: number): PageInfo => ({ page: p.page, per: p.per, total, pages: Math.max(1, Math.ceil(total / p.per)) });

function visitsByIds(store: TraceStore, ids: string[]): Visit[] {
  return ids.map((v) => store.getVisit(v)).filter((v): v is Visit => v !== null);
}

/**
 * What is costly to read again on every request (a job's pivot reads every visit's responses, a
 * job's token table has a row per link and component), kept until the database changes: a crawl
 * writing to it while we serve bumps SQLite's data version and empties the cache.
 */
class VersionedCache {
  private version = -1;
  private readonly entries = new Map<string, unknown>();

  constructor(private readonly currentVersion: () => number) {}

  get<T>(key: string, compute: () => T): T {
    const version = this.currentVersion();
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    if (!this.entries.has(key)) this.entries.set(key, compute());
    return this.entries.get(key) as T;
  }
}

export class ServeData {
  private readonly cache: VersionedCache;

  constructor(private readonly store: TraceStore) {
    this.cache = new VersionedCache(() => store.dataVersion());
  }

  private jobEntry(ref: string | undefined): JobEntry {
    const job = this.store.findJob(id(ref, 'job'));
    if (!job) throw notFound(`job "${ref}"`);
    return { ...job, ...this.store.jobOverviews(job.id)[0]! };
  }

  private visit(ref: string | undefined, what = 'visit'): Visit {
    const visit = this.store.getVisit(id(ref, what));
    if (!visit) throw notFound(`visit "${ref}"`);
    return visit;
  }

  private jobNames(): Record<string, string> {
    return Object.fromEntries(this.store.jobNames());
  }

  private jobTokenList(jobId: string): Token[] {
    return this.cache.get(`tokens ${jobId}`, () => this.store.listTokens(jobId));
  }

  private tokensOfLink(v: Visit): Token[] {
    if (v.linkId === null) return [];
    const byLink = this.cache.get(`tokens by link ${v.jobId}`, () => {
      const out = new Map<string, Token[]>();
      for (const t of this.jobTokenList(v.jobId)) out.set(t.linkId, [...(out.get(t.linkId) ?? []), t]);
      return out;
    });
    return byLink.get(v.linkId) ?? [];
  }

  jobs(): JobsData {
    const jobs = this.store.jobOverviews().flatMap((o) => {
      const job = this.store.findJob(o.id);
      return job ? [{ ...job, ...o }] : [];
    });
    return { format: TRACE_FORMAT, jobs };
  }

  job(ref: string | undefined, query: Query): JobData {
    const job = this.jobEntry(ref);
    const filter = visitFilter(query);
    const p = pageParams(query);
    const { ids, total } = this.store.jobVisitIds(job.id, filter, { offset: p.offset, limit: p.per });
    return { format: TRACE_FORMAT, job, facets: this.store.jobFacets(job.id), filter, page: pageInfo(p, total), visits: visitsByIds(this.store, ids) };
  }

  jobTokens(ref: string | undefined, query: Query): JobTokensData {
    const job = this.jobEntry(ref);
    const p = pageParams(query);
    const all = this.jobTokenList(job.id);
    return { format: TRACE_FORMAT, job, page: pageInfo(p, all.length), tokens: all.slice(p.offset, p.offset + p.per) };
  }

  jobCloaking(ref: string | undefined, query: Query): JobCloakingData {
    const job = this.jobEntry(ref);
    const p = pageParams(query);
    const all = this.store.listCloaking(job.id);
    return { format: TRACE_FORMAT, job, page: pageInfo(p, all.length), cloaking: all.slice(p.offset, p.offset + p.per) };
  }

  jobPivots(ref: string | undefined): JobPivotsData {
    const job = this.jobEntry(ref);
    return { format: TRACE_FORMAT, job, clusters: this.cache.get(`pivots ${job.id}`, () => pivotJob(this.store, job.id)) };
  }

  visitPage(ref: string | undefined): VisitData {
    const visit = this.visit(ref);
    const job = this.store.findJob(visit.jobId);
    if (!job) throw notFound(`job of visit "${visit.id}"`);
    const tokens = this.tokensOfLink(visit);
    const siblings = visit.linkId ? visitsByIds(this.store, this.store.visitIdsOfLink(visit.linkId).filter((v) => v !== visit.id)) : [];
    const hosts = new Map<string, ChainHost>();
    for (const hop of visit.hops) {
      const host = urlHost(hop.url);
      if (!host) continue;
      const entry = hosts.get(host) ?? { host, domain: registrableDomain(host), serverIps: [], hops: [], tokens: [] };
      entry.hops.push(hop.seq);
      if (hop.serverIp && !entry.serverIps.includes(hop.serverIp)) entry.serverIps.push(hop.serverIp);
      hosts.set(host, entry);
    }
    for (const t of tokens.filter((x) => x.kind === 'per-recipient')) {
      for (const h of t.seenOnHosts) {
        const entry = hosts.get(h.toLowerCase());
        if (entry && !entry.tokens.includes(t.value)) entry.tokens.push(t.value);
      }
    }
    const domains = [...new Set([...hosts.values()].map((h) => h.domain).filter((d): d is string => d !== null))];
    const registrations = domains.flatMap((d) => {
      const stored = this.store.getRegistration(d);
      return stored ? [registrationOfStored(stored)] : [];
    });
    const lureOrigin = visit.linkId ? this.store.originOfLink(visit.linkId) : null;
    const similar = this.cache.get(`similar ${visit.id}`, () => similarToVisit(this.store, visit.id, { minScore: DEFAULT_MIN_SCORE, limit: DEFAULT_LIMIT }));
    return { format: TRACE_FORMAT, job, visit, tokens, siblings, hosts: [...hosts.values()], registrations, lureOrigin, similar };
  }

  /** The kit families of every job (as `hoptrace cluster`); none in a file without the fingerprint index. */
  private allFamilies(): Family[] {
    return this.cache.get('families', () => familiesOfJobs(this.store, []));
  }

  families(query: Query): FamiliesData {
    const p = pageParams(query);
    const all = this.allFamilies();
    return { format: TRACE_FORMAT, page: pageInfo(p, all.length), families: all.slice(p.offset, p.offset + p.per) };
  }

  family(ref: string | undefined): FamilyData {
    const familyId = id(ref, 'family');
    const family = this.allFamilies().find((f) => f.id === familyId);
    if (!family) throw notFound(`family "${familyId}"`);
    return { format: TRACE_FORMAT, family, visits: visitsByIds(this.store, family.visits), jobNames: this.jobNames() };
  }

  diff(query: Query): DiffData {
    const a = this.visit(query.a, 'visit A');
    if (!query.b) {
      const siblings = a.linkId ? this.store.visitIdsOfLink(a.linkId).filter((v) => v !== a.id) : [];
      const sameJob = this.store.jobVisitIds(a.jobId, {}, { offset: 0, limit: 50 }).ids.filter((v) => v !== a.id && !siblings.includes(v));
      return { format: TRACE_FORMAT, a, b: null, diff: null, candidates: visitsByIds(this.store, [...siblings, ...sameJob]) };
    }
    const b = this.visit(query.b, 'visit B');
    const diff = diffVisits(a, b, [...this.tokensOfLink(a), ...this.tokensOfLink(b)]);
    return { format: TRACE_FORMAT, a, b, diff, candidates: [] };
  }

  search(query: Query): SearchData {
    const q = text(query, 'q');
    const p = pageParams(query);
    const plan = planSearch(q, () => this.store.listRegistrations());
    const found = this.store.searchVisits(plan.terms, { offset: p.offset, limit: p.per });
    const results = found.hits.flatMap((h) => {
      const visit = this.store.getVisit(h.visitId);
      return visit ? [{ visit, matched: h.labels }] : [];
    });
    return {
      format: TRACE_FORMAT,
      query: plan.text,
      terms: plan.terms.map((t) => ({ label: t.label, kind: t.kind })),
      registrants: plan.registrants,
      counts: found.counts,
      page: pageInfo(p, found.total),
      results,
      jobNames: this.jobNames(),
    };
  }

  campaign(query: Query): CampaignData {
    const visit = this.visit(query.visit);
    const p = pageParams(query);
    const campaign = campaignTimeline(this.store, visit, { offset: p.offset, limit: p.per }, (v) => this.tokensOfLink(v));
    const visits = visitsByIds(this.store, campaign.entries.map((e) => e.visitId));
    return { format: TRACE_FORMAT, visit, campaign, page: pageInfo(p, campaign.total), visits, jobNames: this.jobNames() };
  }
}
