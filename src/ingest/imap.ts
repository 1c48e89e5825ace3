// `hoptrace ingest`: read what is new in one IMAP mailbox, store it, then wait (IDLE, or polling
// where the server has none) and read again; reconnect with backoff when the connection drops.
//
// The place in the mailbox is kept in SQLite as (mailbox, UIDVALIDITY, last UID) and moved in the
// same transaction that stores each message, so a kill at any moment neither skips a message nor
// stores one twice. Under a new UIDVALIDITY the old UIDs mean nothing (RFC 3501 2.3.1.1): the whole
// mailbox is read again and the sha256 of each message keeps what was stored from being stored again.
import type { ImapFlow } from 'imapflow';
import { MAX_MESSAGE_BYTES, type MailOptions } from '../mail/parse.ts';
import type { Message } from '../model.ts';
import { imapClient, mailboxKey, type ImapAddress } from '../net/imap-client.ts';
import type { TraceStore } from '../store/store.ts';
import { arrive } from './arrive.ts';
import { Backoff } from './backoff.ts';

export interface WatchOptions {
  mail: MailOptions;
  /** Set \Seen on each stored message (the mailbox is opened read-write). */
  markSeen: boolean;
  /** Move each stored message to this folder (read-write). */
  moveTo: string | null;
  onStored(message: Message): void;
  /** The mailbox is selected and read up to now; called after every catch-up. */
  onIdle?(info: { mailbox: string; uidValidity: string; lastUid: number }): void;
  log(line: string): void;
  signal: AbortSignal;
}

/** Messages fetched per round trip: enough to keep the link busy, few enough to bound memory. */
const FETCH_BATCH = 50;
/** Bytes fetched per round trip at most (a batch holds at least one message). */
const FETCH_BATCH_BYTES = 64 * 1024 * 1024;

/** An error worth stopping for: the configuration is wrong, and trying again will not fix it. */
function isFatal(err: unknown): boolean {
  const e = err as { authenticationFailed?: boolean; code?: string; serverResponseCode?: string; message?: string };
  if (e.authenticationFailed) return true;
  if (e.serverResponseCode === 'NONEXISTENT') return true;
  return /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS_CERT_ALTNAME/.test(e.code ?? '');
}

/** Runs until the signal aborts. Errors before the first successful read are thrown (wrong password, host, mailbox or certificate). */
export async function watchMailbox(store: TraceStore, jobId: string, address: ImapAddress, password: string, opts: WatchOptions): Promise<void> {
  const backoff = new Backoff();
  let readOnce = false;
  while (!opts.signal.aborted) {
    try {
      await session(store, jobId, address, password, opts, () => {
        readOnce = true;
        backoff.reset();
      });
    } catch (err) {
      // Stopping (SIGINT/SIGTERM) logs out mid-command: that failure is the stop, not an error.
      if (opts.signal.aborted) break;
      if (!readOnce || isFatal(err)) throw err;
      const wait = backoff.next();
      opts.log(`ingest: ${(err as Error).message.split('\n')[0]}; connecting again in ${Math.round(wait / 1000)} s`);
      await backoff.sleep(wait, opts.signal);
    }
  }
}

/** One connection: select, read what is new, wait for news; returns when aborted, throws when the connection fails. */
async function session(store: TraceStore, jobId: string, a: ImapAddress, password: string, opts: WatchOptions, onRead: () => void): Promise<void> {
  const client = imapClient(a, password);
  // imapflow reports socket trouble as an 'error' event as well as by closing: without a listener
  // that event would end the process.
  let failure: Error | null = null;
  client.on('error', (err: Error) => (failure ??= err));
  const onAbort = () => void client.logout().catch(() => client.close());
  await client.connect();
  opts.signal.addEventListener('abort', onAbort, { once: true });
  try {
    // Opened without a lock: imapflow IDLEs (or polls) by itself only while no lock is held, and
    // this connection runs nothing else.
    await client.mailboxOpen(a.mailbox, { readOnly: !(opts.markSeen || opts.moveTo !== null) });
    let news = true;
    let wake: (() => void) | null = null;
    const nudge = () => {
      news = true;
      wake?.();
    };
    client.on('exists', nudge);
    client.on('close', nudge);
    while (client.usable && !opts.signal.aborted) {
      if (news) {
        news = false;
        const read = await readNew(store, jobId, client, a, opts);
        onRead();
        opts.onIdle?.(read);
        continue;
      }
      // Waiting: 'exists' (from IDLE, or a poll) says mail came; our next command ends the IDLE.
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (news || !client.usable || opts.signal.aborted) resolve();
      });
      wake = null;
    }
  } finally {
    opts.signal.removeEventListener('abort', onAbort);
    if (client.usable) await client.logout().catch(() => client.close());
    else client.close();
  }
  if (!opts.signal.aborted) throw failure ?? new Error('the IMAP server closed the connection');
}

/** The UIDs in fetch batches of at most FETCH_BATCH messages and FETCH_BATCH_BYTES (sizes asked first, in one round trip). */
async function batches(client: ImapFlow, uids: number[]): Promise<number[][]> {
  if (uids.length === 0) return [];
  const sizes = new Map<number, number>();
  for await (const msg of client.fetch(uids.join(','), { uid: true, size: true }, { uid: true })) sizes.set(msg.uid, Math.min(msg.size ?? 0, MAX_MESSAGE_BYTES + 1));
  const out: number[][] = [];
  let current: number[] = [];
  let bytes = 0;
  for (const uid of uids) {
    const size = sizes.get(uid) ?? 0;
    if (current.length && (current.length >= FETCH_BATCH || bytes + size > FETCH_BATCH_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(uid);
    bytes += size;
  }
  out.push(current);
  return out;
}

/** Reads and stores every message past the stored place; returns the place reached. */
async function readNew(store: TraceStore, jobId: string, client: ImapFlow, a: ImapAddress, opts: WatchOptions) {
  const mailbox = mailboxKey(a);
  const selected = client.mailbox;
  if (!selected) throw new Error(`mailbox ${a.mailbox} is not selected`);
  const uidValidity = String(selected.uidValidity);
  let cursor = store.imapCursor(mailbox);
  if (cursor && cursor.uidValidity !== uidValidity) {
    opts.log(`ingest: ${mailbox} has a new UIDVALIDITY (${cursor.uidValidity} → ${uidValidity}): reading it again from the start; messages already stored are recognised by their sha256`);
    cursor = null;
  }
  let lastUid = cursor?.lastUid ?? 0;
  // `N:*` always matches the highest UID, even one below N: the filter keeps only what is new.
  const found = (await client.search({ uid: `${lastUid + 1}:*` }, { uid: true })) || [];
  const uids = found.filter((u) => u > lastUid).sort((x, y) => x - y);
  for (const batch of await batches(client, uids)) {
    if (opts.signal.aborted) break;
    const fetched: { uid: number; raw: Buffer }[] = [];
    // A message is fetched up to one byte past what is parsed, as a file is read: a huge one (or a
    // hostile server's) costs no more memory than that, and its parse notes the cut.
    for await (const msg of client.fetch(batch.join(','), { uid: true, source: { maxLength: MAX_MESSAGE_BYTES + 1 } }, { uid: true })) {
      if (msg.source) fetched.push({ uid: msg.uid, raw: msg.source });
    }
    fetched.sort((x, y) => x.uid - y.uid);
    const done: number[] = [];
    for (const { uid, raw } of fetched) {
      const source = `${mailbox};UIDVALIDITY=${uidValidity};UID=${uid}`;
      const stored = await arrive(
        store,
        jobId,
        { raw, source, origin: { kind: 'imap', mailbox, uidValidity, uid } },
        { mail: opts.mail, place: { mailbox, cursor: { uidValidity, lastUid: uid } } },
      );
      lastUid = uid;
      done.push(uid);
      if (stored) opts.onStored(stored);
    }
    // A message expunged between SEARCH and FETCH is gone: the place moves past it all the same.
    const batchEnd = batch[batch.length - 1]!;
    if (batchEnd > lastUid) {
      lastUid = batchEnd;
      store.setImapCursor(mailbox, { uidValidity, lastUid });
    }
    if (done.length && opts.markSeen) await client.messageFlagsAdd(done.join(','), ['\\Seen'], { uid: true });
    if (done.length && opts.moveTo) await client.messageMove(done.join(','), opts.moveTo, { uid: true });
  }
  if (!cursor && uids.length === 0) store.setImapCursor(mailbox, { uidValidity, lastUid });
  return { mailbox, uidValidity, lastUid };
}
