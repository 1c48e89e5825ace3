// Cloaking: a link that sends one persona (a phone, a Japanese desktop) somewhere else than
// another. Visits of the same link under several personas are diffed against the first persona's
// visit; any real divergence makes a finding. A same-persona re-visit that differs from its own
// first visit shows the site changes anyway (rotation, randomness), so the finding is `noisy`.
import type { CloakFinding, Token, Visit } from '../model.ts';
import { diffVisits } from './diff.ts';

export interface CloakingOptions {
  /** Extra same-persona re-visits (`--cloak-check`); re-visits among `visits` count too. */
  noiseCheck?: Visit[];
  /** The job's tokens, so per-recipient values do not read as divergence. */
  tokens?: Token[];
}

const linkKey = (v: Visit): string => `${v.jobId}\u0000${v.linkId ?? v.url}`;

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

export function findCloaking(visits: Visit[], opts: CloakingOptions = {}): CloakFinding[] {
  // An incomplete visit is no evidence: two identical chains are never cloaking because one of them stopped short.
  const original = visits.filter((v) => v.replayOf === null && !v.incomplete);
  const rechecks = groupBy(
    (opts.noiseCheck ?? []).filter((v) => v.replayOf === null && !v.incomplete),
    (v) => `${linkKey(v)}\u0000${v.persona}`,
  );
  const findings: CloakFinding[] = [];
  for (const group of groupBy(original, linkKey).values()) {
    const byPersona = groupBy(group, (v) => v.persona);
    if (byPersona.size < 2) continue;
    // The first visit of each persona speaks for it; later ones are noise checks.
    const primaries = [...byPersona.values()].map((list) => list[0]);
    const [reference] = primaries;
    const diverging = primaries.slice(1).map((v) => diffVisits(reference, v, opts.tokens)).find((d) => !d.same);
    if (!diverging) continue;

    const finding: CloakFinding = {
      jobId: reference.jobId,
      linkId: reference.linkId ?? '',
      url: reference.url,
      personas: primaries.map((v) => ({
        persona: v.persona,
        visitId: v.id,
        finalUrl: v.final?.url ?? null,
        category: v.final?.category ?? null,
      })),
      divergesAt: diverging.divergesAt,
    };
    const revisits = primaries.flatMap((p) => [
      ...byPersona.get(p.persona)!.slice(1).map((r) => [p, r] as const),
      ...(rechecks.get(`${linkKey(p)}\u0000${p.persona}`) ?? []).map((r) => [p, r] as const),
    ]);
    if (revisits.length > 0) finding.noisy = revisits.some(([p, r]) => !diffVisits(p, r, opts.tokens).same);
    findings.push(finding);
  }
  return findings;
}
