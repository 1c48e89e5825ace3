// The human-readable crawl summary. Page-derived strings (cloaked URLs, categories from user
// rules), input paths and error texts are cleaned like every other view's.
import type { CrawlSummary } from '../../jobs/crawl.ts';
import { clean } from './terminal.ts';

const counts = (rec: Partial<Record<string, number>>) =>
  Object.entries(rec)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([k, v]) => `${clean(k)} ${clean(v)}`)
    .join(', ') || 'none';

export function formatCrawlSummary(s: CrawlSummary, db: string): string {
  const name = clean(s.job.name);
  const lines = [
    `job ${name} (${clean(s.job.id)}): ${clean(s.job.status)} in ${(s.elapsedMs / 1000).toFixed(1)} s`,
    `  ${s.messages} messages, ${s.links} links (${s.visitable} visitable, ${s.refused} not visited), ${s.visits} visits` +
      (s.retries ? ` (${s.retries} retries of incomplete visits)` : ''),
    `  outcomes:   ${counts(s.outcomes)}`,
    `  categories: ${counts(s.categories)}${s.incomplete.length ? ` (${s.incomplete.length} incomplete, not counted)` : ''}`,
    `  tokens:     ${s.tokens.total} (${s.tokens.perRecipient} per-recipient, ${s.tokens.explained} explained from the address)`,
  ];
  for (const i of s.incomplete) lines.push(`  incomplete: ${clean(i.url)} (${clean(i.persona)}, ${clean(i.visitId)}): ${clean(i.reason)}`);
  for (const c of s.cloaked) {
    lines.push(`  cloaked:    ${clean(c.url)}`);
    for (const p of c.personas) lines.push(`              ${clean(p.persona)} → ${clean(p.category ?? '?')} ${clean(p.finalUrl)}`);
  }
  if (s.rdap) {
    lines.push(`  rdap:       ${s.rdap.fetched} fetched, ${s.rdap.cached} from cache, ${s.rdap.errors.length} failed`);
  }
  for (const e of s.inputErrors) lines.push(`  input error: ${clean(e.source)}: ${clean(e.error)}`);
  for (const w of s.warnings) lines.push(`  warning:    ${clean(w)}`);
  lines.push(`  database:   ${clean(db)}   (hoptrace show ${name} --db ${clean(db)})`);
  return `${lines.join('\n')}\n`;
}
