// Domains joined by who runs them: union-find over registrable domains, linked by any strong fact
// two of them share. Registrar, cookie names and registrant names do not link: thousands of
// unrelated domains share a registrar or a framework's session cookie, and operators change the
// name on every registration while they keep the phone or the mailbox.
import type { Visit } from '../model.ts';
import { hostOfUrl, registrableDomain } from './domains.ts';
import { factsOfRegistration, type Fact, type FactKind } from './facts.ts';
import type { Registration } from './registration.ts';

export const LINKING_KINDS: readonly FactKind[] = [
  'registrant-email',
  'registrant-phone',
  'server-ip',
  'tls-cert',
  'favicon',
  'dom-hash',
  'analytics-id',
];

/**
 * A value held by more than this share of all domains is common infrastructure (a CDN or shared
 * host address, a parking page template), not an operator's fingerprint, and links nothing…
 */
export const COMMON_FACT_SHARE = 0.5;
/** …once there are at least this many domains: in a handful of domains a share says nothing. */
export const COMMON_FACT_MIN_DOMAINS = 8;

const LABELS: Record<FactKind, string> = {
  domain: 'domain',
  host: 'host',
  'server-ip': 'server address',
  'tls-cert': 'TLS certificate',
  favicon: 'favicon (sha256)',
  'dom-hash': 'page structure (DOM hash)',
  'analytics-id': 'analytics id',
  'cookie-name': 'cookie name',
  'registrant-email': 'registrant e-mail',
  'registrant-phone': 'registrant phone',
  'registrant-name': 'registrant name',
  'registrant-org': 'registrant organisation',
  registrar: 'registrar',
};

// Registries and privacy services fill redacted contacts with the same placeholder for millions
// of domains: such a value is no one's fingerprint.
const PLACEHOLDER = /redacted|privacy|proxy|whoisguard|withheld|not ?disclosed|protected|contact ?form|^\+?\d{0,3}0{6,}$/i;

export interface ClusterLink {
  kind: FactKind;
  value: string;
  /** The domains of the cluster that share this value. */
  domains: string[];
}

export interface ClusterRegistrant {
  domain: string;
  name: string | null;
  org: string | null;
  address: string | null;
}

export interface Cluster {
  id: string;
  domains: string[];
  links: ClusterLink[];
  /** Ids of the visits whose chain touched one of the domains. */
  visits: string[];
  registrants: ClusterRegistrant[];
  explanation: string;
}

export interface PivotInput {
  visits: Visit[];
  facts: Fact[];
  registrations: Registration[];
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

function distinct(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))].sort();
}

function describe(link: ClusterLink, clusterSize: number): string {
  const who = link.domains.length === clusterSize ? `these ${clusterSize} domains` : link.domains.join(' and ');
  return `${who} share the ${LABELS[link.kind]} ${link.value}`;
}

function explain(domains: string[], links: ClusterLink[], registrants: ClusterRegistrant[]): string {
  const parts = links.map((l) => describe(l, domains.length));
  const names = distinct(registrants.map((r) => r.name));
  const addresses = distinct(registrants.map((r) => r.address));
  if (names.length > 1) {
    parts.push(`their registrant names differ (${names.join(', ')})${addresses.length > 1 ? ' and so do their addresses' : ''}`);
  } else if (addresses.length > 1) {
    parts.push('their registrant addresses differ');
  }
  return parts.join('; ');
}

export function pivot(input: PivotInput): Cluster[] {
  const facts = [...input.facts, ...input.registrations.flatMap(factsOfRegistration)];
  const allDomains = new Set(facts.map((f) => f.domain));
  const holders = new Map<string, { kind: FactKind; value: string; domains: Set<string> }>();
  for (const f of facts) {
    if (!LINKING_KINDS.includes(f.kind) || (f.kind.startsWith('registrant-') && PLACEHOLDER.test(f.value))) continue;
    const key = `${f.kind}\n${f.value}`;
    const entry = holders.get(key) ?? { kind: f.kind, value: f.value, domains: new Set<string>() };
    entry.domains.add(f.domain);
    holders.set(key, entry);
  }
  const common = (n: number) => allDomains.size >= COMMON_FACT_MIN_DOMAINS && n > allDomains.size * COMMON_FACT_SHARE;
  const shared = [...holders.values()].filter((h) => h.domains.size > 1 && !common(h.domains.size));

  const uf = new UnionFind();
  for (const h of shared) {
    const [first, ...rest] = [...h.domains];
    for (const d of rest) uf.union(first!, d);
  }
  const members = new Map<string, string[]>();
  for (const d of [...allDomains].sort()) {
    const root = uf.find(d);
    members.set(root, [...(members.get(root) ?? []), d]);
  }

  const registrationOf = new Map(input.registrations.map((r) => [registrableDomain(r.domain) ?? r.domain, r]));
  const visitDomains = input.visits.map((v) => ({
    id: v.id,
    domains: new Set(v.hops.map((h) => hostOfUrl(h.url)).map((h) => (h ? registrableDomain(h) : null))),
  }));

  const clusters = [...members.values()]
    .filter((domains) => domains.length > 1)
    .map((domains) => {
      const inCluster = new Set(domains);
      const links = shared
        .filter((h) => inCluster.has([...h.domains][0]!))
        .map((h) => ({ kind: h.kind, value: h.value, domains: [...h.domains].sort() }))
        .sort((a, b) => LINKING_KINDS.indexOf(a.kind) - LINKING_KINDS.indexOf(b.kind) || a.value.localeCompare(b.value));
      const registrants = domains.flatMap((d) => {
        const r = registrationOf.get(d);
        return r ? [{ domain: d, name: r.registrantName, org: r.registrantOrg, address: r.address }] : [];
      });
      return {
        domains,
        links,
        visits: visitDomains.filter((v) => domains.some((d) => v.domains.has(d))).map((v) => v.id),
        registrants,
        explanation: explain(domains, links, registrants),
      };
    })
    .sort((a, b) => b.domains.length - a.domains.length || a.domains[0]!.localeCompare(b.domains[0]!));
  return clusters.map((c, i) => ({ id: `cluster-${i + 1}`, ...c }));
}
