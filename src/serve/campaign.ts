// A campaign over time: every stored visit whose lure aligns with one visit's lure, across jobs,
// by date, with the points where a persona's chain changed from its previous visit.
//
// Two lures align when they have the same campaign shape (scheme, host and path with each link's
// own per-recipient token values and id-like parts starred: two recipients' copies of one link),
// or when the links carry the same set of per-recipient token components and the same path shape
// on another host (the sender rotated domains and kept the link). A change is a visit whose main
// chain passed other hosts, or landed in another category, than the same persona's previous
// complete visit; the visits shown are diffed hop by hop to say where. Incomplete visits are shown,
// marked, and never compared: they are not evidence.
import { diffVisits, type VisitDiff } from '../diff/diff.ts';
import { campaignShape, TokenMask } from '../diff/url-compare.ts';
import type { Token, Visit } from '../model.ts';
import { urlHost, type VisitRow } from '../store/search.ts';
import type { TraceStore } from '../store/store.ts';

export interface CampaignKey {
  /** Scheme, host and port of the lure. */
  origin: string;
  shape: string;
  /** The lure's per-recipient token components (`query:u`, `path[2]`…), sorted. */
  components: string[];
}

export interface ChainVariant {
  /** The hosts of the main chain, in order, and the landing category. */
  hosts: string[];
  category: string | null;
  visits: number;
  first: string;
  last: string;
  personas: string[];
}

export interface CampaignDay {
  date: string;
  visits: number;
  incomplete: number;
  /** Distinct chains (host sequence and category) seen that day. */
  variants: number;
  changes: number;
}

export interface TimelineEntry {
  visitId: string;
  /** How the visit aligned: `shape` (same host and path shape), `components` (same token components elsewhere). */
  alignedBy: ('shape' | 'components')[];
  /** The same persona's previous complete visit, when this one's chain differs from it. */
  changedFrom: string | null;
  /** Where, for the changes on the page shown (a token-only difference is no change). */
  diff: Pick<VisitDiff, 'divergesAt' | 'final'> & { changes: string[] } | null;
}

export interface Campaign {
  key: CampaignKey;
  total: number;
  variants: ChainVariant[];
  days: CampaignDay[];
  /** Oldest first. */
  entries: TimelineEntry[];
}

type AlignedRow = VisitRow & { alignedBy: TimelineEntry['alignedBy'] };

/** The store reads a campaign needs (TraceStore has them). */
type CampaignSource = Pick<TraceStore, 'visitRowsByLurePieces' | 'perRecipientTokens' | 'mainChainUrls' | 'getVisit'>;

/** The part of a campaign shape after the origin: `/c?u=*&cid=vb2026q4`. */
function pathShape(shape: string): string {
  const slash = shape.indexOf('/', shape.indexOf('//') + 2);
  return slash < 0 ? '' : shape.slice(slash);
}

/**
 * Literal runs of the path that every aligned lure contains as stored, for the database to narrow
 * the candidates before shapes are compared. Runs a URL may spell otherwise (dots, escapes,
 * non-ASCII) are left out: that only widens the match.
 */
function lurePieces(path: string): string[] {
  const [pathname = '', query = ''] = path.split('?', 2);
  // The shape writes a fragment as the query part `#=value`: not as stored, so it is not a piece.
  const parts = [pathname, ...query.split('&').filter((q) => !q.startsWith('#='))];
  return parts.flatMap((part) => part.split('*')).filter((p) => /^[A-Za-z0-9/_~=-]+$/.test(p) && p !== '/');
}

export function campaignOf(store: CampaignSource, visit: Visit, keyTokens: Token[]): { key: CampaignKey; rows: AlignedRow[] } {
  const perRecipient = keyTokens.filter((t) => t.kind === 'per-recipient');
  const components = [...new Set(perRecipient.map((t) => t.component))].sort();
  const shape = campaignShape(visit.url, new TokenMask(perRecipient.map((t) => t.value)));
  let origin = '';
  try {
    const u = new URL(visit.url);
    origin = `${u.protocol}//${u.host}`;
  } catch {
    // A lure that does not parse has no origin: its shape is the raw text, compared as such.
  }
  const path = pathShape(shape);
  const pieces = lurePieces(path);
  // Without a literal path to narrow on, aligning by token components would compare every lure.
  const byComponents = components.length > 0 && pieces.length > 0;
  const candidates = store.visitRowsByLurePieces(byComponents ? pieces : [origin || visit.url]);
  const tokens = store.perRecipientTokens([...new Set(candidates.map((r) => r.linkId).filter((l): l is string => l !== null))]);

  const rows: AlignedRow[] = [];
  for (const row of candidates) {
    const own = (row.linkId ? tokens.get(row.linkId) : undefined) ?? [];
    const rowShape = campaignShape(row.url, new TokenMask(own.map((t) => t.value)));
    const alignedBy: AlignedRow['alignedBy'] = [];
    if (rowShape === shape) alignedBy.push('shape');
    if (byComponents && pathShape(rowShape) === path && [...new Set(own.map((t) => t.component))].sort().join(' ') === components.join(' ')) {
      alignedBy.push('components');
    }
    if (alignedBy.length > 0) rows.push({ ...row, alignedBy });
  }
  return { key: { origin, shape, components }, rows };
}

/** The timeline of the campaign `visit` belongs to; `page` picks the entries whose changes are diffed. */
export function campaignTimeline(
  store: CampaignSource,
  visit: Visit,
  page: { offset: number; limit: number },
  tokensOf: (v: Visit) => Token[],
): Campaign {
  const { key, rows } = campaignOf(store, visit, tokensOf(visit));
  const chains = store.mainChainUrls(rows.map((r) => r.id));
  const signature = (r: VisitRow): { hosts: string[]; category: string | null; text: string } => {
    const hosts = (chains.get(r.id) ?? []).map(urlHost);
    return { hosts, category: r.category, text: `${hosts.join(' ')}\u0000${r.category ?? ''}` };
  };

  const variants = new Map<string, ChainVariant>();
  const days = new Map<string, CampaignDay & { seen: Set<string> }>();
  const previous = new Map<string, VisitRow & { sig: string }>();
  const entries: (TimelineEntry & { date: string })[] = [];
  for (const row of rows) {
    const sig = signature(row);
    const date = row.startedAt.slice(0, 10);
    const day = days.get(date) ?? { date, visits: 0, incomplete: 0, variants: 0, changes: 0, seen: new Set<string>() };
    days.set(date, day);
    day.visits++;
    let changedFrom: string | null = null;
    if (row.incomplete) {
      day.incomplete++;
    } else {
      const variant = variants.get(sig.text) ?? { hosts: sig.hosts, category: sig.category, visits: 0, first: row.startedAt, last: row.startedAt, personas: [] };
      variant.visits++;
      variant.last = row.startedAt;
      if (!variant.personas.includes(row.persona)) variant.personas.push(row.persona);
      variants.set(sig.text, variant);
      day.seen.add(sig.text);
      const before = previous.get(row.persona);
      if (before && before.sig !== sig.text) changedFrom = before.id;
      previous.set(row.persona, { ...row, sig: sig.text });
    }
    if (changedFrom) day.changes++;
    entries.push({ visitId: row.id, alignedBy: row.alignedBy, changedFrom, diff: null, date });
  }

  const shown = entries.slice(page.offset, page.offset + page.limit).map(({ date: _date, ...entry }): TimelineEntry => {
    if (!entry.changedFrom) return entry;
    const a = store.getVisit(entry.changedFrom);
    const b = store.getVisit(entry.visitId);
    if (!a || !b) return entry;
    const d = diffVisits(a, b, [...tokensOf(a), ...tokensOf(b)]);
    // Hosts that differ only by a token value are the same chain: not a change.
    if (d.same) return { ...entry, changedFrom: null };
    const at = d.hops.find((h) => h.op !== 'same');
    const changes = !at ? ['landing category'] : at.op === 'changed' ? at.changes : [`hop ${at.op}`];
    return { ...entry, diff: { divergesAt: d.divergesAt, final: d.final, changes } };
  });
  return {
    key,
    total: entries.length,
    variants: [...variants.values()].sort((a, b) => a.first.localeCompare(b.first)),
    days: [...days.values()].map(({ seen, ...d }) => ({ ...d, variants: seen.size })),
    entries: shown,
  };
}
