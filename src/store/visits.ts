// Visits with their hops and the responses kept for replay. A visit is written in one piece; a
// job's visits are read with one query for the visits and one for all their hops.
import type { FinalPage, Hop, RecordedResponse, Visit, VisitPurpose } from '../model.ts';
import { json, parseJson, type Connection, type Row } from './connection.ts';

/**
 * Before migration 3 a visit's purpose was not stored: replays had `replay_of`, cloak-check
 * re-visits a warning. This reads an old file the way migration 3 converts it.
 */
const LEGACY_VISIT_COLUMNS = `
  CASE WHEN warnings LIKE '%"cloak-check%' THEN 'cloak-check' WHEN replay_of IS NOT NULL THEN 'replay' ELSE 'primary' END AS purpose,
  1 AS attempt, NULL AS retry_of, NULL AS incomplete`;

export class VisitsRoom {
  private readonly selectVisits: string;

  constructor(private readonly conn: Connection) {
    this.selectVisits = conn.version >= 3 ? 'SELECT * FROM visits' : `SELECT *, ${LEGACY_VISIT_COLUMNS} FROM visits`;
  }

  /** Inside the caller's transaction: the visit row, its hops and its responses. */
  insert(v: Visit, responses: RecordedResponse[]): void {
    this.conn
      .stmt(
        `INSERT INTO visits (id, job_id, link_id, ord, url, persona, engine, replay_of, decoy, started_at, finished_at,
          outcome, error, final, downloads, branch_finals, substitutions, decoy_unexplained, warnings,
          purpose, attempt, retry_of, incomplete)
         VALUES (?, ?, ?, (SELECT coalesce(max(ord), -1) + 1 FROM visits WHERE job_id = ?), ?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
      )
      .run(v.id, v.jobId, v.linkId, v.jobId, v.url, v.persona, v.engine, v.replayOf, v.decoy ? 1 : 0,
        v.startedAt, v.finishedAt, v.outcome, v.error, v.final ? json(v.final) : null, json(v.downloads),
        json(v.branchFinals ?? []), json(v.substitutions ?? []), json(v.decoyUnexplained ?? []), json(v.warnings ?? []),
        v.purpose ?? (v.replayOf ? 'replay' : 'primary'), v.attempt ?? 1, v.retryOf ?? null, v.incomplete ?? null);
    const hop = this.conn.stmt(
      `INSERT INTO hops (visit_id, seq, branch, url, method, status, cause, server_ip, content_type, body_sha256, blocked,
        started_at, duration_ms, set_cookies, note, tls) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    );
    for (const h of v.hops) {
      hop.run(v.id, h.seq, h.branch, h.url, h.method, h.status, h.cause, h.serverIp, h.contentType, h.bodySha256, h.blocked,
        h.startedAt, Math.round(h.durationMs), json(h.setCookies), h.note ?? null, h.tls ? json(h.tls) : null);
    }
    const resp = this.conn.stmt(
      `INSERT INTO responses (visit_id, ord, method, url, status, headers, body_sha256, resource_type, truncated)
       VALUES (?,?,?,?,?,?,?,?,?)`,
    );
    for (const r of responses) {
      resp.run(v.id, r.order, r.method, r.url, r.status, json(r.headers), r.bodySha256, r.resourceType, r.truncated ? 1 : 0);
    }
  }

  updateClassification(visitId: string, final: FinalPage | null, branchFinals: Visit['branchFinals']): void {
    this.conn.tx(() =>
      this.conn
        .stmt('UPDATE visits SET final = ?, branch_finals = ? WHERE id = ?')
        .run(final ? json(final) : null, json(branchFinals ?? []), visitId),
    );
  }

  get(id: string): Visit | null {
    const r = this.conn.stmt(`${this.selectVisits} WHERE id = ?`).get(id) as Row | undefined;
    if (!r) return null;
    const hops = this.conn.stmt('SELECT * FROM hops WHERE visit_id = ? ORDER BY seq').all(id) as Row[];
    return toVisit(r, hops.map(toHop));
  }

  list(jobId: string): Visit[] {
    const hops = groupBy(
      this.conn
        .stmt('SELECT h.* FROM hops h JOIN visits v ON v.id = h.visit_id WHERE v.job_id = ? ORDER BY h.visit_id, h.seq')
        .all(jobId) as Row[],
      toHop,
    );
    const rows = this.conn.stmt(`${this.selectVisits} WHERE job_id = ? ORDER BY ord`).all(jobId) as Row[];
    return rows.map((r) => toVisit(r, hops.get(r.id as string) ?? []));
  }

  responses(visitId: string): RecordedResponse[] {
    return (this.conn.stmt('SELECT * FROM responses WHERE visit_id = ? ORDER BY ord').all(visitId) as Row[]).map(toResponse);
  }

  /** Every stored response of a job's visits, by visit id, in one query. */
  responsesOfJob(jobId: string): Map<string, RecordedResponse[]> {
    return groupBy(
      this.conn
        .stmt('SELECT r.* FROM responses r JOIN visits v ON v.id = r.visit_id WHERE v.job_id = ? ORDER BY r.visit_id, r.ord')
        .all(jobId) as Row[],
      toResponse,
    );
  }
}

function groupBy<T>(rows: Row[], map: (r: Row) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const key = r.visit_id as string;
    const list = out.get(key);
    if (list) list.push(map(r));
    else out.set(key, [map(r)]);
  }
  return out;
}

function toHop(r: Row): Hop {
  return {
    seq: r.seq as number,
    branch: r.branch as number,
    url: r.url as string,
    method: r.method as string,
    status: (r.status as number | null) ?? null,
    cause: r.cause as Hop['cause'],
    serverIp: (r.server_ip as string | null) ?? null,
    contentType: (r.content_type as string | null) ?? null,
    bodySha256: (r.body_sha256 as string | null) ?? null,
    blocked: (r.blocked as string | null) ?? null,
    startedAt: r.started_at as string,
    durationMs: r.duration_ms as number,
    setCookies: parseJson(r.set_cookies as string, [] as string[]),
    note: (r.note as string | null) ?? null,
    ...(r.tls ? { tls: parseJson(r.tls as string, null) } : {}),
  };
}

function toVisit(r: Row, hops: Hop[]): Visit {
  return {
    id: r.id as string,
    jobId: r.job_id as string,
    linkId: (r.link_id as string | null) ?? null,
    url: r.url as string,
    persona: r.persona as string,
    engine: r.engine as Visit['engine'],
    replayOf: (r.replay_of as string | null) ?? null,
    decoy: Boolean(r.decoy),
    startedAt: r.started_at as string,
    finishedAt: r.finished_at as string,
    outcome: r.outcome as Visit['outcome'],
    error: (r.error as string | null) ?? null,
    purpose: r.purpose as VisitPurpose,
    attempt: r.attempt as number,
    retryOf: (r.retry_of as string | null) ?? null,
    incomplete: (r.incomplete as string | null) ?? null,
    hops,
    final: parseJson(r.final as string | null, null),
    downloads: parseJson(r.downloads as string, []),
    branchFinals: parseJson(r.branch_finals as string, []),
    substitutions: parseJson(r.substitutions as string, []),
    decoyUnexplained: parseJson(r.decoy_unexplained as string, []),
    warnings: parseJson(r.warnings as string, []),
  };
}

function toResponse(r: Row): RecordedResponse {
  return {
    order: r.ord as number,
    method: r.method as string,
    url: r.url as string,
    status: r.status as number,
    headers: parseJson(r.headers as string, [] as [string, string][]),
    bodySha256: (r.body_sha256 as string | null) ?? null,
    resourceType: r.resource_type as string,
    truncated: Boolean(r.truncated),
  };
}
