// A job's analyses that are re-run as a whole: the token table and the cloaking findings. Saving
// one replaces the job's previous rows.
import type { CloakFinding, Token } from '../model.ts';
import { json, parseJson, type Connection, type Row } from './connection.ts';

export class TokensRoom {
  constructor(private readonly conn: Connection) {}

  saveTokens(jobId: string, tokens: Token[]): void {
    this.conn.tx(() => {
      this.conn.stmt('DELETE FROM tokens WHERE job_id = ?').run(jobId);
      const ins = this.conn.stmt(
        `INSERT OR REPLACE INTO tokens (job_id, link_id, component, url, value, kind, format, recipient, derivation,
          seen_on_hosts, entropy) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
      );
      for (const t of tokens) {
        ins.run(jobId, t.linkId, t.component, t.url, t.value, t.kind, t.format, t.recipient, t.derivation,
          json(t.seenOnHosts), t.entropy ?? null);
      }
    });
  }

  listTokens(jobId: string): Token[] {
    const rows = this.conn.stmt('SELECT * FROM tokens WHERE job_id = ? ORDER BY rowid').all(jobId) as Row[];
    return rows.map((r) => ({
      jobId,
      linkId: r.link_id as string,
      url: r.url as string,
      component: r.component as string,
      value: r.value as string,
      kind: r.kind as Token['kind'],
      format: r.format as string,
      recipient: (r.recipient as string | null) ?? null,
      derivation: (r.derivation as string | null) ?? null,
      seenOnHosts: parseJson(r.seen_on_hosts as string, [] as string[]),
      ...(r.entropy != null ? { entropy: r.entropy as number } : {}),
    }));
  }

  saveCloaking(jobId: string, findings: CloakFinding[]): void {
    this.conn.tx(() => {
      this.conn.stmt('DELETE FROM cloaking WHERE job_id = ?').run(jobId);
      const ins = this.conn.stmt('INSERT INTO cloaking (job_id, link_id, finding) VALUES (?,?,?)');
      for (const f of findings) ins.run(jobId, f.linkId, json(f));
    });
  }

  listCloaking(jobId: string): CloakFinding[] {
    const rows = this.conn.stmt('SELECT finding FROM cloaking WHERE job_id = ? ORDER BY rowid').all(jobId) as { finding: string }[];
    return rows.map((r) => JSON.parse(r.finding) as CloakFinding);
  }
}
