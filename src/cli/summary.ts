// The human-readable crawl summary.
import type { CrawlSummary } from '../jobs/crawl.ts';

const counts = (rec: Partial<Record<string, number>>) =>
  Object.entries(rec)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ') || 'none';

export function formatCrawlSummary(s: CrawlSummary, db: string): string {
  const lines = [
    `job ${s.job.name} (${s.job.id}): ${s.job.status} in ${(s.elapsedMs / 1000).toFixed(1)} s`,
    `  ${s.messages} messages, ${s.links} links (${s.visitable} visitable, ${s.refused} not visited), ${s.visits} visits` +
      (s.retries ? ` (${s.retries} retries of incomplete visits)` : ''),
    `  outcomes:   ${counts(s.outcomes)}`,
    `  categories: ${counts(s.categories)}${s.incomplete.length ? ` (${s.incomplete.length} incomplete, not counted)` : ''}`,
    `  tokens:     ${s.tokens.total} (${s.tokens.perRecipient} per-recipient, ${s.tokens.explained} explained from the address)`,
  ];
  for (const i of s.incomplete) lines.push(`  incomplete: ${i.url} (${i.persona}, ${i.visitId}): ${i.reason}`);
  for (const c of s.cloaked) {
    lines.push(`  cloaked:    ${c.url}`);
    for (const p of c.personas) lines.push(`              ${p.persona} → ${p.category ?? '?'} ${p.finalUrl ?? ''}`);
  }
  if (s.rdap) {
    lines.push(`  rdap:       ${s.rdap.fetched} fetched, ${s.rdap.cached} from cache, ${s.rdap.errors.length} failed`);
  }
  for (const e of s.inputErrors) lines.push(`  input error: ${e.source}: ${e.error}`);
  for (const w of s.warnings) lines.push(`  warning:    ${w}`);
  lines.push(`  database:   ${db}   (hoptrace show ${s.job.name} --db ${db})`);
  return `${lines.join('\n')}\n`;
}
