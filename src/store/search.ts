// Read queries across jobs for `hoptrace serve`: job overviews, filtered and paged visit lists,
// search by host, address, URL part, token, category or hash, and the light rows a campaign
// timeline is built from. Only reads: every function here runs on a read-only connection.
// They return ids and small rows; full records come from the TraceStore getters, so there is one
// mapping from rows to `Visit`, `Token` and the rest.
import type { Connection } from './connection.ts';
import { FINGERPRINT_VALUE_KINDS, type JobStatus } from '../model.ts';

export interface PageRequest {
  offset: number;
  limit: number;
}

export interface IdPage {
  ids: string[];
  total: number;
}

export interface JobOverview {
  id: string;
  name: string;
  createdAt: string;
  finishedAt: string | null;
  /** As stored: a job whose crawl died shows `running` until a writing command marks it `interrupted`. */
  status: JobStatus;
  messages: number;
  links: number;
  visits: number;
  incomplete: number;
  cloaked: number;
  /** Category → number of complete visits (an incomplete visit is never evidence). */
  categories: Record<string, number>;
}

export interface VisitFilter {
  category?: string;
  persona?: string;
  outcome?: string;
  purpose?: string;
  /** A host, or a domain matching its subdomains too. */
  host?: string;
  /** `yes`: only incomplete visits, `no`: only complete ones. */
  incomplete?: 'yes' | 'no';
}

/** The values a job's visits take, with counts: what its filters offer. */
export interface JobFacets {
  personas: Record<string, number>;
  categories: Record<string, number>;
  outcomes: Record<string, number>;
  purposes: Record<string, number>;
}

/** One way a search text can match a visit; `label` says which in the results. */
export type SearchTerm =
  | { label: string; kind: 'host'; host: string }
  | { label: string; kind: 'ip'; ip: string }
  | { label: string; kind: 'url'; text: string }
  | { label: string; kind: 'token'; value: string }
  | { label: string; kind: 'category'; category: string }
  | { label: string; kind: 'sha256'; hash: string }
  /** A kit fingerprint value as stored (a domhash, TLSH, favicon mmh3, `recaptcha:KEY`, `google-gtm:GTM-…`…). */
  | { label: string; kind: 'fingerprint'; value: string };

export interface SearchHit {
  visitId: string;
  labels: string[];
}

export interface SearchResult {
  total: number;
  /** label → number of visits it matched */
  counts: Record<string, number>;
  hits: SearchHit[];
}

/** A visit as a campaign timeline needs it, without hops or pages. */
export interface VisitRow {
  id: string;
  jobId: string;
  linkId: string | null;
  url: string;
  persona: string;
  startedAt: string;
  purpose: string;
  incomplete: string | null;
  category: string | null;
}

const HOST_RE = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i;

/** The lower-case host of a URL without brackets or a trailing dot; '' when it has none. */
export function urlHost(url: string): string {
  const m = HOST_RE.exec(url);
  return m ? m[1]!.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '') : '';
}

/** True when the URL's host is `host` or one of its subdomains. */
function hostMatches(url: string, host: string): boolean {
  const h = urlHost(url);
  return h === host || h.endsWith(`.${host}`);
}

const prepared = new WeakSet<Connection>();

/** SQL cannot split a URL; the host test runs in JS, after a substring test has narrowed the rows. */
function withFunctions(conn: Connection): Connection {
  if (!prepared.has(conn)) {
    conn.fn('hoptrace_host_match', (url: unknown, host: unknown) =>
      typeof url === 'string' && typeof host === 'string' && hostMatches(url, host) ? 1 : 0,
    );
    prepared.add(conn);
  }
  return conn;
}

/** `text` for a LIKE pattern, its wildcards taken literally (ESCAPE '\'). */
function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const CATEGORY = "json_extract(v.final, '$.category')";
// The final page is stored as compact JSON: a substring test finds the candidates far faster than
// parsing every row, and json_extract then confirms each one.
const CATEGORY_IS = `instr(v.final, ?) > 0 AND ${CATEGORY} = ?`;
const categoryArgs = (category: string): string[] => [JSON.stringify({ category }).slice(1, -1), category];

/** Every job with its counts, newest first; with `jobId`, that job only. */
export function jobOverviews(conn: Connection, jobId?: string): JobOverview[] {
  const args = jobId === undefined ? [] : [jobId];
  const rows = conn
    .prepare(
      `SELECT j.id, j.name, j.created_at AS createdAt, j.finished_at AS finishedAt, j.status,
         (SELECT count(*) FROM messages m WHERE m.job_id = j.id) AS messages,
         (SELECT count(*) FROM links l WHERE l.job_id = j.id) AS links,
         (SELECT count(*) FROM visits v WHERE v.job_id = j.id) AS visits,
         (SELECT count(*) FROM visits v WHERE v.job_id = j.id AND v.incomplete IS NOT NULL) AS incomplete,
         (SELECT count(*) FROM cloaking c WHERE c.job_id = j.id) AS cloaked
       FROM jobs j ${jobId === undefined ? '' : 'WHERE j.id = ?'} ORDER BY j.created_at DESC`,
    )
    .all(...args) as Omit<JobOverview, 'categories'>[];
  const cats = conn
    .prepare(
      `SELECT v.job_id, coalesce(${CATEGORY}, 'none') AS c, count(*) AS n FROM visits v
       WHERE v.incomplete IS NULL ${jobId === undefined ? '' : 'AND v.job_id = ?'} GROUP BY 1, 2 ORDER BY n DESC`,
    )
    .all(...args) as { job_id: string; c: string; n: number }[];
  return rows.map((r) => ({ ...r, categories: Object.fromEntries(cats.filter((c) => c.job_id === r.id).map((c) => [c.c, c.n])) }));
}

/** job id → name, for labelling visits from many jobs. */
export function jobNames(conn: Connection): Map<string, string> {
  const rows = conn.prepare('SELECT id, name FROM jobs').all() as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function jobFacets(conn: Connection, jobId: string): JobFacets {
  const rows = conn
    .prepare(
      `SELECT v.persona, v.outcome, v.purpose, coalesce(${CATEGORY}, 'none') AS category, count(*) AS n
       FROM visits v WHERE v.job_id = ? GROUP BY 1, 2, 3, 4`,
    )
    .all(jobId) as { persona: string; outcome: string; purpose: string; category: string; n: number }[];
  const tally = (key: 'persona' | 'outcome' | 'purpose' | 'category'): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const r of rows) out[r[key]] = (out[r[key]] ?? 0) + r.n;
    return out;
  };
  return { personas: tally('persona'), categories: tally('category'), outcomes: tally('outcome'), purposes: tally('purpose') };
}

// instr, not LIKE: a plain substring test is several times faster on every hop of every visit, and
// hop URLs are stored as the engines normalised them (lower-case hosts).
const HOP_HOST = 'EXISTS (SELECT 1 FROM hops h WHERE h.visit_id = v.id AND instr(h.url, ?) > 0 AND hoptrace_host_match(h.url, ?))';

/** The ids of a job's visits that pass the filter, in crawl order, one page of them. */
export function jobVisitIds(conn: Connection, jobId: string, filter: VisitFilter, page: PageRequest): IdPage {
  const where = ['v.job_id = ?'];
  const args: unknown[] = [jobId];
  const add = (clause: string, ...values: unknown[]): void => {
    where.push(clause);
    args.push(...values);
  };
  if (filter.category === 'none') add(`${CATEGORY} IS NULL`);
  else if (filter.category) add(CATEGORY_IS, ...categoryArgs(filter.category));
  for (const key of ['persona', 'outcome', 'purpose'] as const) if (filter[key]) add(`v.${key} = ?`, filter[key]);
  if (filter.incomplete) add(`v.incomplete IS ${filter.incomplete === 'yes' ? 'NOT ' : ''}NULL`);
  if (filter.host) add(HOP_HOST, filter.host, filter.host);
  const sql = `FROM visits v WHERE ${where.join(' AND ')}`;
  withFunctions(conn);
  // One pass gives the page and the total; only a page past the end needs counting on its own.
  const rows = conn
    .prepare(`SELECT v.id, count(*) OVER () AS total ${sql} ORDER BY v.ord LIMIT ? OFFSET ?`)
    .all(...args, page.limit, page.offset) as { id: string; total: number }[];
  const total = rows[0]?.total ?? (conn.prepare(`SELECT count(*) ${sql}`).pluck().get(...args) as number);
  return { ids: rows.map((r) => r.id), total };
}

/** The SQL that yields the matching visit ids (column `visit_id`) for one search term, with its arguments. */
function termQuery(t: SearchTerm): [string, unknown[]] {
  switch (t.kind) {
    case 'host':
      return ['SELECT h.visit_id FROM hops h WHERE instr(h.url, ?) > 0 AND hoptrace_host_match(h.url, ?)', [t.host, t.host]];
    case 'ip':
      return ['SELECT h.visit_id FROM hops h WHERE h.server_ip = ?', [t.ip]];
    case 'url':
      // Case-sensitive, as URL paths and token values are.
      return ['SELECT h.visit_id FROM hops h WHERE instr(h.url, ?) > 0 UNION SELECT v.id FROM visits v WHERE instr(v.url, ?) > 0', [t.text, t.text]];
    case 'token':
      return ['SELECT v.id AS visit_id FROM tokens t JOIN visits v ON v.job_id = t.job_id AND v.link_id = t.link_id WHERE t.value = ?', [t.value]];
    case 'category':
      return [`SELECT v.id AS visit_id FROM visits v WHERE ${CATEGORY_IS}`, categoryArgs(t.category)];
    case 'sha256':
      return [
        `SELECT h.visit_id FROM hops h WHERE h.body_sha256 = ?
         UNION SELECT r.visit_id FROM responses r WHERE r.body_sha256 = ?
         UNION SELECT v.id FROM visits v WHERE (instr(v.final, ?) > 0 AND json_extract(v.final, '$.screenshot') = ?) OR instr(v.downloads, ?) > 0`,
        [t.hash, t.hash, t.hash, t.hash, `"${t.hash}"`],
      ];
    case 'fingerprint':
      return [`SELECT f.visit_id FROM fingerprints f WHERE f.kind IN (${FINGERPRINT_VALUE_KINDS.map(() => '?').join(',')}) AND f.value = ?`, [...FINGERPRINT_VALUE_KINDS, t.value]];
  }
}

/** Every visit any term matches, newest first, with the labels of the terms that matched it. */
export function searchVisits(conn: Connection, all: SearchTerm[], page: PageRequest): SearchResult {
  // A file written before the fingerprint index has no fingerprints to match.
  const indexed = conn.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'fingerprints'").get() !== undefined;
  const terms = indexed ? all : all.filter((t) => t.kind !== 'fingerprint');
  if (terms.length === 0) return { total: 0, counts: {}, hits: [] };
  withFunctions(conn);
  const parts = terms.map((t, i) => {
    const [sql, args] = termQuery(t);
    return { sql: `SELECT visit_id, ${i} AS term FROM (${sql})`, args };
  });
  const rows = conn
    .prepare(
      `WITH m(visit_id, term) AS (${parts.map((p) => p.sql).join(' UNION ALL ')})
       SELECT m.visit_id AS id, group_concat(DISTINCT m.term) AS terms FROM m JOIN visits v ON v.id = m.visit_id
       GROUP BY m.visit_id ORDER BY max(v.started_at) DESC, m.visit_id`,
    )
    .all(...parts.flatMap((p) => p.args)) as { id: string; terms: string }[];
  const counts: Record<string, number> = {};
  const labelled = rows.map((r) => {
    const labels = [...new Set(String(r.terms).split(',').map((i) => terms[Number(i)]!.label))];
    for (const l of labels) counts[l] = (counts[l] ?? 0) + 1;
    return { visitId: r.id, labels };
  });
  return { total: rows.length, counts, hits: labelled.slice(page.offset, page.offset + page.limit) };
}

// Columns named as the fields of VisitRow, so rows need no mapping.
const VISIT_ROW = `SELECT v.id, v.job_id AS jobId, v.link_id AS linkId, v.url, v.persona, v.started_at AS startedAt, v.purpose, v.incomplete,
  ${CATEGORY} AS category FROM visits v`;

/** Visits whose lure URL contains these pieces in this order (LIKE-escaped here), oldest first. */
export function visitRowsByLurePieces(conn: Connection, pieces: string[]): VisitRow[] {
  const pattern = `%${pieces.map(likeEscape).join('%')}%`;
  return conn.prepare(`${VISIT_ROW} WHERE v.url LIKE ? ESCAPE '\\' ORDER BY v.started_at`).all(pattern) as VisitRow[];
}

/** link id → its per-recipient tokens (component and value), for those of these links that have any. */
export function perRecipientTokens(conn: Connection, linkIds: string[]): Map<string, { component: string; value: string }[]> {
  const rows = conn
    .prepare(
      `SELECT link_id, component, value FROM tokens
       WHERE kind = 'per-recipient' AND link_id IN (SELECT value FROM json_each(?)) ORDER BY link_id, component`,
    )
    .all(JSON.stringify(linkIds)) as { link_id: string; component: string; value: string }[];
  const out = new Map<string, { component: string; value: string }[]>();
  for (const r of rows) {
    const list = out.get(r.link_id) ?? [];
    list.push({ component: r.component, value: r.value });
    out.set(r.link_id, list);
  }
  return out;
}

/** visit id → the URLs of its main chain (branch 0) in order. */
export function mainChainUrls(conn: Connection, visitIds: string[]): Map<string, string[]> {
  const rows = conn
    .prepare('SELECT visit_id, url FROM hops WHERE visit_id IN (SELECT value FROM json_each(?)) AND branch = 0 ORDER BY visit_id, seq')
    .all(JSON.stringify(visitIds)) as { visit_id: string; url: string }[];
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const list = out.get(r.visit_id) ?? [];
    list.push(r.url);
    out.set(r.visit_id, list);
  }
  return out;
}

/** The other visits of the same link, in crawl order. */
export function visitIdsOfLink(conn: Connection, linkId: string): string[] {
  return conn.prepare('SELECT id FROM visits WHERE link_id = ? ORDER BY ord').pluck().all(linkId) as string[];
}

/** True when some visit lists this sha256 (hex) among its downloads. */
export function isDownload(conn: Connection, hash: string): boolean {
  return conn.prepare('SELECT 1 FROM visits WHERE instr(downloads, ?) > 0 LIMIT 1').get(`"${hash}"`) !== undefined;
}

/** Changes whenever another connection commits: the key for caching what was computed from the data. */
export function dataVersion(conn: Connection): number {
  return conn.pragma('data_version') as number;
}

/** The schema version of the file (`PRAGMA user_version`). */
export function schemaVersion(conn: Connection): number {
  return conn.pragma('user_version') as number;
}
