// `hoptrace similar`, `hoptrace cluster` and `pivot --fingerprint`: matches best first with the fingerprints that matched,
// families with the evidence that holds them. URLs and values came from pages: cleaned.
import { stringify } from 'csv-stringify/sync';
import type { Family } from '../../fingerprint/cluster.ts';
import type { FingerprintPivot, SimilarAnswer } from '../../fingerprint/query.ts';
import { clean } from './terminal.ts';

export function formatSimilar(answer: SimilarAnswer): string {
  if (!answer.matches.length) return `nothing similar to ${clean(answer.target)}`;
  return answer.matches
    .map((m) => `${m.score.toFixed(3)}  ${clean(m.visitId)}  ${clean(m.url)}  [${m.by.map(clean).join(', ')}]`)
    .join('\n');
}

export function formatFamilies(families: Family[]): string {
  if (!families.length) return 'no families: no two landings share a kit fingerprint';
  return families
    .map((f) =>
      [
        `${clean(f.id)}: ${clean(f.name)} — ${f.visits.length} visits, ${clean(f.label)}`,
        ...f.evidence.map((e) => `  ${clean(e.fingerprint).padEnd(11)}${e.value === null ? 'near' : clean(e.value)}  (${e.visits} visits)`),
        `  visits     ${f.visits.map(clean).join(' ')}`,
      ].join('\n'),
    )
    .join('\n\n');
}

/** One row per member visit: the family, its label, and its evidence as `fingerprint=value` (near: `fingerprint~`). */
export function familiesCsv(families: Family[]): string {
  const rows = families.flatMap((f) => {
    const evidence = f.evidence.map((e) => (e.value === null ? `${e.fingerprint}~` : `${e.fingerprint}=${e.value}`)).join(' ');
    return f.visits.map((v) => [f.id, f.label, v, evidence]);
  });
  return stringify(rows, { header: true, columns: ['family', 'label', 'visit', 'evidence'] });
}

export function formatFingerprintPivot(p: FingerprintPivot): string {
  const what = `${clean(p.fingerprint.kind)} ${clean(p.fingerprint.value)}`;
  if (!p.visits.length) return `no stored visit holds ${what}`;
  return [
    `${what}: ${p.visits.length} visits, ${p.domains.length} domains`,
    ...p.domains.map((d) => `  domain   ${clean(d.domain)}  (${d.visits} visits; jobs ${d.jobs.map(clean).join(' ')})`),
    ...p.visits.map((v) => `  visit    ${clean(v.visitId)}  ${clean(v.url)}`),
  ].join('\n');
}
