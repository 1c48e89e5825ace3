// One raw message that arrived by itself (from a mailbox or the spamtrap) into the store: parsed
// as `extract` parses a file (bodies, comments, attachments, PDFs, QR codes), kept once by sha256.
import { sha256 } from '../bytes.ts';
import { messageRecord } from '../jobs/crawl.ts';
import { parseMail, type MailOptions } from '../mail/parse.ts';
import type { MailOrigin, Message } from '../model.ts';
import type { ImapCursor, TraceStore } from '../store/store.ts';

/** Where the message came from, less what is computed here. */
export type Arrival = { raw: Buffer; source: string; receivedAt?: string } & (
  | { origin: Omit<Extract<MailOrigin, { kind: 'imap' }>, 'sha256' | 'receivedAt'> }
  | { origin: Omit<Extract<MailOrigin, { kind: 'smtp' }>, 'sha256' | 'receivedAt'> }
);

export interface ArriveOptions {
  mail: MailOptions;
  /** A mailbox's place to move in the same transaction (IMAP). */
  place?: { mailbox: string; cursor: ImapCursor };
}

/**
 * Stores the message unless the same bytes are already stored; returns it, or null for a repeat.
 * An SMTP envelope names the recipients the trap accepted: they are the ones the per-recipient
 * tokens were minted for (a spammer's To: header often names someone else or no one).
 */
export async function arrive(store: TraceStore, jobId: string, a: Arrival, opts: ArriveOptions): Promise<Message | null> {
  const hash = sha256(a.raw);
  const origin = { ...a.origin, sha256: hash, receivedAt: a.receivedAt ?? new Date().toISOString() } as MailOrigin;
  if (store.hasArrived(hash)) {
    if (opts.place) store.setImapCursor(opts.place.mailbox, opts.place.cursor);
    return null;
  }
  const parsed = await parseMail(a.raw, a.source, opts.mail);
  const message = messageRecord(parsed);
  if (origin.kind === 'smtp' && origin.rcptTo.length) message.recipients = origin.rcptTo;
  const attachments = parsed.attachments.map((x) => ({ sha256: x.sha256, mime: x.mime, data: x.data }));
  return store.storeArrived(jobId, { raw: a.raw, message, attachments, origin }, opts.place);
}
