// Where imported visits came from (`hoptrace import`): one row per imported visit, beside the
// visit rather than in it, so crawled visits and older files carry nothing new.
import type { VisitSource } from '../model.ts';
import type { Connection, Row } from './connection.ts';

export class SourcesRoom {
  /** A file written before this table existed (opened read-only, never migrated) has no sources. */
  private readonly present: boolean;

  constructor(private readonly conn: Connection) {
    this.present = conn.stmt("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'visit_sources'").get() !== undefined;
  }

  /** Inside the caller's transaction. */
  put(visitId: string, s: VisitSource): void {
    this.conn.stmt('INSERT INTO visit_sources (visit_id, kind, file, sha256) VALUES (?, ?, ?, ?)').run(visitId, s.kind, s.file, s.sha256);
  }

  /** The sources of the given visits, by visit id (visits that were crawled are absent). */
  of(visitIds: string[]): Map<string, VisitSource> {
    const out = new Map<string, VisitSource>();
    if (!this.present || visitIds.length === 0) return out;
    const stmt = this.conn.stmt('SELECT * FROM visit_sources WHERE visit_id = ?');
    for (const id of visitIds) {
      const r = stmt.get(id) as Row | undefined;
      if (r) out.set(id, { kind: r.kind as VisitSource['kind'], file: r.file as string, sha256: r.sha256 as string });
    }
    return out;
  }
}
