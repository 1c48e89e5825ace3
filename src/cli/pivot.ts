// `hoptrace pivot [JOB]`: domains clustered by shared infrastructure and registrant facts, each
// cluster with the facts that tie it and the visits it covers.
import type { Command } from 'commander';
import { pivotJob, type Cluster } from '../pivot/index.ts';
import { stripControls } from '../report/safe-text.ts';
import { DEFAULT_DB, printJson, requireJob, withStore } from './common.ts';

export function formatClusters(clusters: Cluster[]): string {
  if (!clusters.length) return 'no clusters: no two domains share a linking fact';
  return clusters
    .map((c) =>
      [
        `${c.id}: ${c.domains.length} domains, ${c.visits.length} visits`,
        `  domains  ${c.domains.join(', ')}`,
        ...c.links.map((l) => `  ${l.kind.padEnd(17)}${stripControls(l.value)}  ← ${l.domains.join(', ')}`),
        ...c.registrants.map((r) => `  registrant ${r.domain}: ${stripControls([r.name, r.org, r.address].filter(Boolean).join(' / ') || '-')}`),
        `  why      ${stripControls(c.explanation)}`,
        ...(c.visits.length ? [`  visits   ${c.visits.join(' ')}`] : []),
      ].join('\n'),
    )
    .join('\n\n');
}

export function registerPivot(program: Command): void {
  program
    .command('pivot')
    .description('cluster domains by shared registrant and infrastructure facts (phone, e-mail, IP, certificate, analytics id…)')
    .argument('[job]', 'job id or name (default: every job)')
    .option('--db <file>', 'trace database', DEFAULT_DB)
    .option('--json', 'print as JSON')
    .action(async (jobRef: string | undefined, flags: { db: string; json?: boolean }) => {
      await withStore(flags.db, async (store) => {
        const clusters = pivotJob(store, jobRef ? requireJob(store, jobRef).id : null);
        if (flags.json) printJson({ clusters });
        else process.stdout.write(`${formatClusters(clusters)}\n`);
      });
    });
}
