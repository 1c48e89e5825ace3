// The pure parts of mail intake: IMAP URLs (no password on the command line), trap domains, the
// reconnect backoff, and the store's promise that a message and its mailbox place move together
// and the same bytes are stored once.
import { describe, expect, it } from 'vitest';
import { arrive } from '../../src/ingest/arrive.ts';
import { Backoff } from '../../src/ingest/backoff.ts';
import { normalizeDomain } from '../../src/ingest/spamtrap.ts';
import { mailboxKey, parseImapUrl } from '../../src/net/imap-client.ts';
import { DEFAULT_JOB_OPTIONS } from '../../src/records/job-options.ts';
import { TraceStore } from '../../src/store/store.ts';
import { tmpDb } from '../fixtures/store.ts';

describe('IMAP URLs', () => {
  it('takes user, host, port and mailbox; the port follows the TLS mode', () => {
    expect(parseImapUrl('imap://trap@mail.test/Spam', 'implicit')).toEqual({ user: 'trap', host: 'mail.test', port: 993, mailbox: 'Spam' });
    expect(parseImapUrl('imap://trap@mail.test/Spam', 'starttls').port).toBe(143);
    expect(parseImapUrl('imap://a%40b.test@[::1]:1143/INBOX%2FJunk', 'implicit')).toEqual({ user: 'a@b.test', host: '::1', port: 1143, mailbox: 'INBOX/Junk' });
    expect(mailboxKey({ user: 'a@b.test', host: '::1', port: 1143, mailbox: 'INBOX/Junk' })).toBe('imap://a%40b.test@[::1]:1143/INBOX%2FJunk');
  });

  it('refuses a password in the URL without repeating it, and URLs missing a part', () => {
    expect(() => parseImapUrl('imap://trap:hunter2@mail.test/Spam', 'implicit')).toThrow(/--password-env/);
    try {
      parseImapUrl('imap://trap:hunter2@mail.test/Spam', 'implicit');
    } catch (err) {
      expect((err as Error).message).not.toContain('hunter2');
    }
    expect(() => parseImapUrl('imap://mail.test/Spam', 'implicit')).toThrow(/no user/);
    expect(() => parseImapUrl('imap://trap@mail.test/', 'implicit')).toThrow(/no mailbox/);
    expect(() => parseImapUrl('http://trap@mail.test/x', 'implicit')).toThrow(/imap:\/\//);
    expect(() => parseImapUrl('not a url', 'implicit')).toThrow(/not an IMAP URL/);
  });
});

describe('trap domains', () => {
  it('compare in ASCII lower case without a trailing dot', () => {
    expect(normalizeDomain('Trap.TEST.')).toBe('trap.test');
    expect(normalizeDomain('bücher.test')).toBe('xn--bcher-kva.test');
  });
});

describe('reconnect backoff', () => {
  it('doubles from 1 s to at most a minute, jittered within the upper half, and starts over after reset', () => {
    const b = new Backoff();
    const waits = Array.from({ length: 10 }, () => b.next());
    const bases = [1, 2, 4, 8, 16, 32, 60, 60, 60, 60].map((s) => s * 1000);
    waits.forEach((w, i) => {
      expect(w).toBeGreaterThanOrEqual(bases[i]! / 2);
      expect(w).toBeLessThanOrEqual(bases[i]!);
    });
    b.reset();
    expect(b.next()).toBeLessThanOrEqual(1000);
  });

  it('sleeps until aborted', async () => {
    const b = new Backoff();
    const controller = new AbortController();
    const sleeping = b.sleep(3_600_000, controller.signal);
    controller.abort();
    await sleeping;
  });
});

describe('storing arrived mail', () => {
  const raw = (n: number) => Buffer.from(`From: a@prize.test\r\nTo: x@trap.test\r\nSubject: n${n}\r\n\r\nhttp://claim.test/c?n=${n}\r\n`);

  it('stores the same bytes once, moving the mailbox place either way; keeps the origin and the raw bytes', async () => {
    const store = TraceStore.open(tmpDb());
    const job = store.createJob('j', DEFAULT_JOB_OPTIONS);
    const imap = (uid: number) => ({ kind: 'imap' as const, mailbox: 'imap://t@h:993/Spam', uidValidity: '7', uid });
    const place = (uid: number) => ({ mailbox: 'imap://t@h:993/Spam', cursor: { uidValidity: '7', lastUid: uid } });
    const first = await arrive(store, job.id, { raw: raw(1), source: 's;UID=1', origin: imap(1) }, { mail: {}, place: place(1) });
    expect(first?.links.map((l) => l.url)).toEqual(['http://claim.test/c?n=1']);
    const again = await arrive(store, job.id, { raw: raw(1), source: 's;UID=2', origin: imap(2) }, { mail: {}, place: place(2) });
    expect(again).toBeNull();
    expect(store.imapCursor('imap://t@h:993/Spam')).toEqual({ uidValidity: '7', lastUid: 2 });
    const messages = store.listMessages(job.id);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.origin).toMatchObject({ kind: 'imap', uid: 1, uidValidity: '7', sha256: first!.origin!.sha256 });
    expect(store.getBlob(first!.origin!.sha256)?.equals(raw(1))).toBe(true);
    expect(store.arrivedCount(job.id)).toBe(1);
    store.close();
  });

  it('takes an SMTP envelope’s recipients as the message’s', async () => {
    const store = TraceStore.open(tmpDb());
    const job = store.createJob('j', DEFAULT_JOB_OPTIONS);
    const origin = { kind: 'smtp' as const, clientAddress: '127.0.0.1', helo: 'h', mailFrom: 'a@prize.test', rcptTo: ['real@trap.test'] };
    const m = await arrive(store, job.id, { raw: raw(3), source: 'smtp://127.0.0.1', origin }, { mail: {} });
    expect(m?.recipients).toEqual(['real@trap.test']);
    expect(store.getMessage(m!.id)?.origin).toMatchObject({ kind: 'smtp', rcptTo: ['real@trap.test'], helo: 'h' });
    store.close();
  });
});
