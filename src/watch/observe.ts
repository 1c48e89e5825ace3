// What one round saw of each lure, reduced to the facts a campaign moves by: where the chain ends
// (URL, registrable domain, category, registrant), which hosts it passes and loads, whether the
// site answered at all, and whether it cloaks by persona. Read from the round's stored job.
import type { Category, Visit, WatchSpec } from '../model.ts';
import { registrableDomain, hostOfUrl } from '../pivot/domains.ts';
import { registrationOfStored } from '../pivot/index.ts';
import { latestAttempts } from '../records/visit-record.ts';
import type { TraceStore } from '../store/store.ts';
import { hostIgnored } from './ignore.ts';

/** One persona's chain of one lure in one round. */
export interface ChainObservation {
  visitId: string;
  /** Why the chain now ends on a host that did not answer (connection refused, reset, no name); null when it answered. */
  dark: string | null;
  /** Set when the visit cannot be trusted as the end of the chain: never compared. */
  incomplete: string | null;
  finalUrl: string | null;
  finalDomain: string | null;
  category: Category | null;
  /** Hosts of the main chain before the final page: the trackers and redirectors. */
  trackers: string[];
  /** Other hosts the final page loaded from (scripts, images, beacons). */
  loads: string[];
  /** Evidence only: the addresses and certificate issuer of the final hop. */
  ips: string[];
  certIssuer: string | null;
  /** Who registered the final domain, when a registration record of it is stored (rdap, import). */
  registrant: string | null;
}

export interface LureObservation {
  url: string;
  personas: Record<string, ChainObservation>;
  /** Whether the personas were sent to different places (null when fewer than two complete ones). */
  cloaked: boolean | null;
}

const sortedUnique = (xs: (string | null)[]): string[] => [...new Set(xs.filter((x): x is string => Boolean(x)))].sort();

function registrantOf(store: TraceStore, domain: string | null): string | null {
  const stored = domain ? store.getRegistration(domain) : null;
  if (!stored) return null;
  const r = registrationOfStored(stored);
  return r.registrantOrg ?? r.registrantName ?? r.email ?? r.phoneNormalized ?? null;
}

function observeChain(store: TraceStore, v: Visit, spec: Pick<WatchSpec, 'ignoreHosts'>): ChainObservation {
  const main = v.hops.filter((h) => h.branch === 0);
  const last = main.at(-1);
  const dark = v.outcome !== 'ok' && v.outcome !== 'blocked' && last && last.status === null && !last.blocked ? (v.error ?? last.note ?? 'no response') : null;
  const finalUrl = v.final?.url ?? last?.url ?? null;
  const finalHost = finalUrl ? hostOfUrl(finalUrl) : null;
  const keep = (h: string | null) => h !== null && h !== finalHost && !hostIgnored(h, spec.ignoreHosts);
  const trackers = sortedUnique(main.slice(0, -1).map((h) => hostOfUrl(h.url)).filter(keep));
  const chainHosts = new Set(main.map((h) => hostOfUrl(h.url)));
  const loads = sortedUnique(store.getResponses(v.id).map((r) => hostOfUrl(r.url)).filter((h) => keep(h) && !chainHosts.has(h)));
  const finalDomain = finalHost ? registrableDomain(finalHost) : null;
  return {
    visitId: v.id,
    dark,
    incomplete: dark ? null : (v.incomplete ?? null),
    finalUrl,
    finalDomain,
    category: v.final?.category ?? null,
    trackers,
    loads,
    ips: sortedUnique([last?.serverIp ?? null]),
    certIssuer: last?.tls?.issuer ?? null,
    registrant: registrantOf(store, finalDomain),
  };
}

/** Every lure of a round's job, each persona's last primary attempt. */
export function observeRound(store: TraceStore, jobId: string, spec: Pick<WatchSpec, 'ignoreHosts'>): LureObservation[] {
  const links = new Map(store.listLinks(jobId).map((l) => [l.id, l]));
  const cloaked = new Map(store.listCloaking(jobId).map((c) => [c.linkId, !c.noisy]));
  const byLure = new Map<string, LureObservation>();
  for (const v of latestAttempts(store.listVisits(jobId)).filter((x) => x.role === 'primary')) {
    const link = v.linkId ? links.get(v.linkId) : undefined;
    if (!link) continue;
    const lure = byLure.get(link.url) ?? { url: link.url, personas: {}, cloaked: null };
    lure.personas[v.persona] = observeChain(store, v, spec);
    byLure.set(link.url, lure);
  }
  for (const lure of byLure.values()) {
    const linkId = [...links.values()].find((l) => l.url === lure.url)?.id;
    const complete = Object.values(lure.personas).filter((c) => !c.incomplete && !c.dark);
    lure.cloaked = complete.length >= 2 ? (cloaked.get(linkId ?? '') ?? false) : null;
  }
  return [...byLure.values()];
}
