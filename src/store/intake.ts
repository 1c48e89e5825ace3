// Mail that arrived by itself (`ingest` from IMAP, `spamtrap` over SMTP): each raw message once by
// its sha256, where it came from, and each IMAP mailbox's place. The raw bytes live in blobs.
import type { MailOrigin } from '../model.ts';
import { json, parseJson, type Connection, type Row } from './connection.ts';

/** An IMAP mailbox's place: messages up to `lastUid` under this UIDVALIDITY are stored. */
export interface ImapCursor {
  uidValidity: string;
  lastUid: number;
}

export class IntakeRoom {
  /** Readers of files written before this room existed see no origins and no cursors. */
  private readonly present: boolean;

  constructor(private readonly conn: Connection) {
    this.present = Boolean(conn.stmt("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'mail_intake'").get());
  }

  has(sha256: string): boolean {
    return this.present && Boolean(this.conn.stmt('SELECT 1 FROM mail_intake WHERE sha256 = ?').get(sha256));
  }

  /** Inside the caller's transaction. */
  record(origin: MailOrigin, jobId: string | null, messageId: string | null): void {
    this.conn
      .stmt('INSERT INTO mail_intake (sha256, message_id, job_id, received_at, origin) VALUES (?,?,?,?,?)')
      .run(origin.sha256, messageId, jobId, origin.receivedAt, json(origin));
  }

  count(jobId: string): number {
    if (!this.present) return 0;
    return (this.conn.stmt('SELECT count(*) AS n FROM mail_intake WHERE job_id = ?').get(jobId) as { n: number }).n;
  }

  /** The origins of stored messages, by message id (one query). */
  originsOf(messageIds: string[]): Map<string, MailOrigin> {
    const found = new Map<string, MailOrigin>();
    if (!this.present || messageIds.length === 0) return found;
    // SQLite's bound-parameter cap is far above this; chunks keep each statement small.
    for (let i = 0; i < messageIds.length; i += 500) {
      const ids = messageIds.slice(i, i + 500);
      const rows = this.conn
        .prepare(`SELECT message_id, origin FROM mail_intake WHERE message_id IN (${ids.map(() => '?').join(',')})`)
        .all(...ids) as Row[];
      for (const r of rows) found.set(r.message_id as string, parseJson(r.origin as string, null as unknown as MailOrigin));
    }
    return found;
  }

  /** Where the mail that carried a link came from; null for links of files and URL inputs. */
  originOfLink(linkId: string): MailOrigin | null {
    if (!this.present) return null;
    const r = this.conn
      .stmt('SELECT i.origin FROM links l JOIN mail_intake i ON i.message_id = l.message_id WHERE l.id = ?')
      .get(linkId) as Row | undefined;
    return r ? parseJson(r.origin as string, null) : null;
  }

  cursor(mailbox: string): ImapCursor | null {
    if (!this.present) return null;
    const r = this.conn.stmt('SELECT uidvalidity, last_uid FROM imap_cursors WHERE mailbox = ?').get(mailbox) as Row | undefined;
    return r ? { uidValidity: r.uidvalidity as string, lastUid: r.last_uid as number } : null;
  }

  /** Inside the caller's transaction. */
  setCursor(mailbox: string, cursor: ImapCursor): void {
    this.conn
      .stmt(
        `INSERT INTO imap_cursors (mailbox, uidvalidity, last_uid) VALUES (?,?,?)
         ON CONFLICT (mailbox) DO UPDATE SET uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid`,
      )
      .run(mailbox, cursor.uidValidity, cursor.lastUid);
  }
}
