// `hoptrace classify`: how many visits were re-labelled, then one line per change. The URL and
// the categories (user rules may name any) are cleaned.
import type { Relabel } from '../../jobs/reclassify.ts';
import { clean } from './terminal.ts';

export function formatReclassified(result: { visits: number; changed: Relabel[] }): string {
  const lines = [`${result.visits} visits re-classified, ${result.changed.length} changed`];
  for (const c of result.changed) {
    lines.push(`  ${clean(c.visitId)}  ${clean(c.persona)}  ${clean(c.before ?? '-')} → ${clean(c.after)}  ${clean(c.url)}`);
  }
  return `${lines.join('\n')}\n`;
}
