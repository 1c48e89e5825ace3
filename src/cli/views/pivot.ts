// `hoptrace pivot`: domains clustered by shared facts, each cluster with the facts that tie it and
// the visits it covers. Domains, registrant fields and fact values came from pages and registries.
import type { Cluster } from '../../pivot/index.ts';
import { clean } from './terminal.ts';

const list = (values: string[], sep = ', ') => values.map(clean).join(sep);

export function formatClusters(clusters: Cluster[]): string {
  if (!clusters.length) return 'no clusters: no two domains share a linking fact';
  return clusters
    .map((c) =>
      [
        `${clean(c.id)}: ${c.domains.length} domains, ${c.visits.length} visits`,
        `  domains  ${list(c.domains)}`,
        ...c.links.map((l) => `  ${clean(l.kind).padEnd(17)}${clean(l.value)}  ← ${list(l.domains)}`),
        ...c.registrants.map((r) => `  registrant ${clean(r.domain)}: ${clean([r.name, r.org, r.address].filter(Boolean).join(' / ') || '-')}`),
        `  why      ${clean(c.explanation)}`,
        ...(c.visits.length ? [`  visits   ${list(c.visits, ' ')}`] : []),
      ].join('\n'),
    )
    .join('\n\n');
}
