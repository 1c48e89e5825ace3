// The fingerprint index (issue 27): one row per fingerprint value of each stored page, plus the
// LSH bands of its TLSH and dHash, so "who else has this" is an index lookup at any store size.
// A file written before the table existed reads as having no fingerprints.
import type { FamilyLanding, FingerprintRow, PageSnapshot, VisitFingerprintRow } from '../model.ts';
import { json, type Connection, type Row } from './connection.ts';

/** Bound variables per IN list (SQLite's default limit is 32766; well under it). */
const CHUNK = 500;

export class FingerprintsRoom {
  private readonly present: boolean;

  constructor(private readonly conn: Connection) {
    this.present = conn.stmt("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'fingerprints'").get() !== undefined;
  }

  get available(): boolean {
    return this.present;
  }

  /** Replaces a visit's rows, and its branch finals (which carry each page's `fingerprints`). */
  replace(visitId: string, rows: FingerprintRow[], branchFinals?: PageSnapshot[]): void {
    this.conn.tx(() => this.insert(visitId, rows, branchFinals));
  }

  /** Inside the caller's transaction. */
  insert(visitId: string, rows: FingerprintRow[], branchFinals?: PageSnapshot[]): void {
    this.conn.stmt('DELETE FROM fingerprints WHERE visit_id = ?').run(visitId);
    const add = this.conn.stmt('INSERT OR IGNORE INTO fingerprints (visit_id, branch, kind, value) VALUES (?,?,?,?)');
    for (const r of rows) add.run(visitId, r.branch, r.kind, r.value);
    if (branchFinals) this.conn.stmt('UPDATE visits SET branch_finals = ? WHERE id = ?').run(json(branchFinals), visitId);
  }

  visitsWith(kind: string, value: string, limit: number): string[] {
    if (!this.present) return [];
    // Straight off the covering (kind, value, visit_id) index; a visit holding the value on two
    // branches comes twice, so the limit counts rows and the answer is deduplicated.
    const ids = (this.conn.stmt('SELECT visit_id FROM fingerprints WHERE kind = ? AND value = ? LIMIT ?').all(kind, value, limit) as Row[]).map((r) => r.visit_id as string);
    return [...new Set(ids)];
  }

  /** Each visit's rows but the LSH bands (they only find candidates). */
  rowsOf(visitIds: string[]): Map<string, FingerprintRow[]> {
    const out = new Map<string, FingerprintRow[]>();
    if (!this.present) return out;
    for (let i = 0; i < visitIds.length; i += CHUNK) {
      const ids = visitIds.slice(i, i + CHUNK);
      const rows = this.conn
        .stmt(`SELECT visit_id, branch, kind, value FROM fingerprints WHERE visit_id IN (${ids.map(() => '?').join(',')}) AND kind NOT LIKE '%-band'`)
        .all(...ids) as Row[];
      for (const r of rows) push(out, r);
    }
    return out;
  }

  /**
   * The rows of some kinds of every complete visit's pages in the given jobs (all jobs when none
   * are given), one at a time: `cluster` reads 100,000 visits' rows without holding them.
   */
  *rowsOfJobs(jobIds: string[], kinds: string[]): IterableIterator<VisitFingerprintRow> {
    if (!this.present) return;
    const where = jobIds.length ? `AND v.job_id IN (${jobIds.map(() => '?').join(',')})` : '';
    const rows = this.conn
      .stmt(`SELECT f.visit_id, f.kind, f.value FROM fingerprints f JOIN visits v ON v.id = f.visit_id WHERE v.incomplete IS NULL AND f.kind IN (${kinds.map(() => '?').join(',')}) ${where}`)
      .iterate(...kinds, ...jobIds) as IterableIterator<Row>;
    for (const r of rows) yield { visitId: r.visit_id as string, kind: r.kind as string, value: r.value as string };
  }

  /** Each complete visit's landing in the given jobs (all when none): its final URL (else its start) and category. */
  *landingsOfJobs(jobIds: string[]): IterableIterator<FamilyLanding> {
    const where = jobIds.length ? `AND job_id IN (${jobIds.map(() => '?').join(',')})` : '';
    const rows = this.conn
      .stmt(`SELECT id, coalesce(json_extract(final, '$.url'), url) AS url, json_extract(final, '$.category') AS category FROM visits WHERE incomplete IS NULL ${where}`)
      .iterate(...jobIds) as IterableIterator<Row>;
    for (const r of rows) yield { visitId: r.id as string, url: r.url as string, category: (r.category as string | null) ?? null };
  }

  /** The newest visit that started at, or ended on, a URL. */
  visitIdByUrl(url: string): string | null {
    const r = this.conn
      .stmt("SELECT id FROM visits WHERE url = ? OR json_extract(final, '$.url') = ? ORDER BY finished_at DESC LIMIT 1")
      .get(url, url) as Row | undefined;
    return (r?.id as string | undefined) ?? null;
  }
}

function push(out: Map<string, FingerprintRow[]>, r: Row): void {
  const row = { branch: r.branch as number, kind: r.kind as string, value: r.value as string };
  const list = out.get(r.visit_id as string);
  if (list) list.push(row);
  else out.set(r.visit_id as string, [row]);
}
