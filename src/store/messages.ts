// Messages and the links found in them (or given as URLs). Reads are batched: one query for a
// job's messages and one for its links, joined in memory.
import type { Link, Message } from '../model.ts';
import { json, parseJson, type Connection, type Row } from './connection.ts';
import { newId } from './jobs.ts';

/** A message as parsed, before the store gives it ids. */
export type NewMessage = Omit<Message, 'id' | 'jobId' | 'links'> & { links: NewLink[] };
export type NewLink = Omit<Link, 'id' | 'messageId' | 'visited'> & { visitable: boolean; recipients?: string[] };

/** A stored link with what the job needs to visit it. */
export interface StoredLink extends Link {
  jobId: string;
  visitable: boolean;
  recipients: string[];
}

export class MessagesRoom {
  private readonly selectLinks: string;

  constructor(private readonly conn: Connection) {
    // Files from before migration 3 have no `where_found`: their links were all found in the body.
    const where = conn.version >= 3 ? 'l.where_found' : "'body'";
    this.selectLinks = `SELECT l.*, ${where} AS where_at, EXISTS (SELECT 1 FROM visits v WHERE v.link_id = l.id) AS visited FROM links l`;
  }

  /** Stores a parsed message and its links, assigning ids; returns the stored message. */
  add(jobId: string, msg: NewMessage): Message {
    const id = newId('m-');
    return this.conn.tx(() => {
      this.conn
        .stmt(
          `INSERT INTO messages (id, job_id, ord, source, message_id, subject, date, from_address, from_name,
             recipients, findings, errors)
           VALUES (?, ?, (SELECT coalesce(max(ord), -1) + 1 FROM messages WHERE job_id = ?), ?,?,?,?,?,?,?,?,?)`,
        )
        .run(id, jobId, jobId, msg.source, msg.messageId, msg.subject, msg.date, msg.from.address, msg.from.name,
          json(msg.recipients), json(msg.sender.findings), json(msg.errors));
      const links = msg.links.map((l) => this.insertLink(jobId, id, { ...l, recipients: l.recipients ?? msg.recipients }));
      return { ...msg, id, jobId, links };
    });
  }

  /** Stores links that came without a message (URL inputs). */
  addLinks(jobId: string, links: NewLink[]): Link[] {
    return this.conn.tx(() => links.map((l) => this.insertLink(jobId, null, l)));
  }

  private insertLink(jobId: string, messageId: string | null, l: NewLink): Link {
    const id = newId('l-');
    const where = l.where ?? 'body';
    this.conn
      .stmt(
        `INSERT INTO links (id, job_id, message_id, ord, url, wrapped_url, text, kind, visitable, refused, recipients, where_found)
         VALUES (?, ?, ?, (SELECT coalesce(max(ord), -1) + 1 FROM links WHERE job_id = ?), ?,?,?,?,?,?,?,?)`,
      )
      .run(id, jobId, messageId, jobId, l.url, l.wrappedUrl, l.text, l.kind, l.visitable ? 1 : 0, l.refused, json(l.recipients ?? []), where);
    return { id, messageId, url: l.url, wrappedUrl: l.wrappedUrl, text: l.text, kind: l.kind, visited: false, refused: l.refused, where };
  }

  listLinks(jobId: string): StoredLink[] {
    const rows = this.conn.stmt(`${this.selectLinks} WHERE l.job_id = ? ORDER BY l.ord`).all(jobId) as Row[];
    return rows.map(toLink);
  }

  list(jobId: string): Message[] {
    const byMessage = new Map<string, Link[]>();
    for (const l of this.listLinks(jobId)) {
      if (l.messageId === null) continue;
      const list = byMessage.get(l.messageId) ?? [];
      list.push(publicLink(l));
      byMessage.set(l.messageId, list);
    }
    const rows = this.conn.stmt('SELECT * FROM messages WHERE job_id = ? ORDER BY ord').all(jobId) as Row[];
    return rows.map((r) => toMessage(r, byMessage.get(r.id as string) ?? []));
  }

  get(id: string): Message | null {
    const r = this.conn.stmt('SELECT * FROM messages WHERE id = ?').get(id) as Row | undefined;
    if (!r) return null;
    const links = this.conn
      .stmt(`${this.selectLinks} WHERE l.message_id = ? ORDER BY l.ord`)
      .all(id) as Row[];
    return toMessage(r, links.map((l) => publicLink(toLink(l))));
  }
}

function toLink(r: Row): StoredLink {
  return {
    id: r.id as string,
    jobId: r.job_id as string,
    messageId: (r.message_id as string | null) ?? null,
    url: r.url as string,
    wrappedUrl: (r.wrapped_url as string | null) ?? null,
    text: (r.text as string | null) ?? null,
    kind: r.kind as Link['kind'],
    visited: Boolean(r.visited),
    refused: (r.refused as string | null) ?? null,
    where: r.where_at as string,
    visitable: Boolean(r.visitable),
    recipients: parseJson(r.recipients as string, [] as string[]),
  };
}

function toMessage(r: Row, links: Link[]): Message {
  return {
    id: r.id as string,
    jobId: r.job_id as string,
    source: r.source as string,
    messageId: (r.message_id as string | null) ?? null,
    subject: r.subject as string,
    date: (r.date as string | null) ?? null,
    from: { address: r.from_address as string, name: r.from_name as string },
    recipients: parseJson(r.recipients as string, [] as string[]),
    sender: { findings: parseJson(r.findings as string, []) },
    links,
    errors: parseJson(r.errors as string, [] as string[]),
  };
}

function publicLink(l: StoredLink): Link {
  return { id: l.id, messageId: l.messageId, url: l.url, wrappedUrl: l.wrappedUrl, text: l.text, kind: l.kind, visited: l.visited, refused: l.refused, where: l.where };
}
