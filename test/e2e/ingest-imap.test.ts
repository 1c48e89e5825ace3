// `hoptrace ingest` against a real Dovecot on loopback: mail appended while it runs is stored and
// extracted exactly once across a kill -9 and a clean restart; a new UIDVALIDITY re-reads the
// mailbox without storing anything twice; STARTTLS, polling (no IDLE), --mark-seen and --move-to;
// wrong passwords, certificates and URLs end with one clear line and the password never shows.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hoptrace, LOOPBACK } from '../fixtures/cli.ts';
import { startDovecot, type DovecotServer } from '../fixtures/dovecot.ts';
import { queryRows } from '../fixtures/store.ts';
import { killAll, startHoptrace, until, type Proc } from '../fixtures/queue-procs.ts';
import { sendHtml, startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'hoptrace-ingest-'));
let dovecot: DovecotServer;
let web: FixtureServer;

beforeAll(async () => {
  dovecot = await startDovecot();
  web = await startFixtureServer();
  web.route('claim.test', '/c', (_req, res) => sendHtml(res, '<title>Claim your prize</title><form><input name=email></form>'));
});
afterAll(async () => {
  await killAll();
  await dovecot?.stop();
  await web?.close();
});
afterEach(killAll);

/** A lure for recipient i: its link carries a per-recipient token, and a QR-free plain body. */
function lure(i: number, box = 'trap', site = 'http://claim.test'): string {
  return [
    'From: "Prize Desk" <desk@prize.test>',
    `To: user${i}@${box}.test`,
    `Delivered-To: user${i}@${box}.test`,
    `Subject: You won #${i}`,
    `Message-ID: <lure-${i}-${box}@prize.test>`,
    'Content-Type: text/html; charset=utf-8',
    '',
    `<p>Claim: <a href="${site}/c?u=${i}&amp;box=${box}&amp;r=${Buffer.from(`user${i}@${box}.test`).toString('base64url')}">here</a></p><!-- <a href="http://hidden.test/h/${i}">x</a> -->`,
    '',
  ].join('\r\n');
}

const rows = queryRows;
const messageCount = (db: string) => rows<{ n: number }>(db, 'SELECT count(*) AS n FROM messages')[0]?.n ?? 0;

function ingest(db: string, mailbox: string, extra: string[] = [], port = dovecot.tlsPort): Proc {
  return startHoptrace(
    ['ingest', `imap://${dovecot.user}@127.0.0.1:${port}/${mailbox}`, '--password-env', 'TRAP_PW', '--ca', dovecot.caFile, '--db', db, ...extra],
    { TRAP_PW: dovecot.password },
  );
}

describe('hoptrace ingest (real Dovecot)', () => {
  it('stores and extracts every mail appended while it runs exactly once, across a kill -9 and a clean restart', async () => {
    const db = join(dir, 'restarts.sqlite');
    const TOTAL = 100;
    await dovecot.append('Restarts', Array.from({ length: 20 }, (_, i) => lure(i)));
    // Mail keeps arriving in the background whatever happens to the ingester.
    const appending = (async () => {
      for (let i = 20; i < TOTAL; i += 10) await dovecot.append('Restarts', Array.from({ length: 10 }, (_, k) => lure(i + k)));
    })();

    let p = ingest(db, 'Restarts');
    await until('some mail stored', () => messageCount(db) >= 15, 120_000);
    p.signal('SIGKILL');
    await p.exited;
    p = ingest(db, 'Restarts');
    await until('more mail stored', () => messageCount(db) >= 50, 120_000);
    p.signal('SIGTERM');
    expect(await p.exited).toBe(0);
    await appending;
    p = ingest(db, 'Restarts');
    await until('every mail stored', () => messageCount(db) >= TOTAL, 180_000);
    await until('caught up', () => p.output().includes('watching '), 60_000);
    p.signal('SIGTERM');
    expect(await p.exited).toBe(0);

    const messages = rows<{ source: string; recipients: string; message_id: string }>(db, 'SELECT source, recipients, message_id FROM messages');
    expect(messages).toHaveLength(TOTAL);
    const uids = messages.map((m) => Number(/;UID=(\d+)$/.exec(m.source)![1]));
    expect(new Set(uids).size).toBe(TOTAL);
    expect(messages.every((m) => /^imap:\/\/trap@127\.0\.0\.1:\d+\/Restarts;UIDVALIDITY=\d+;UID=\d+$/.test(m.source))).toBe(true);
    expect(new Set(messages.map((m) => m.message_id)).size).toBe(TOTAL);
    // Extracted as `extract` does: the body link and the one hidden in an HTML comment, per mail.
    const links = rows<{ url: string; where_found: string }>(db, 'SELECT url, where_found FROM links');
    expect(links).toHaveLength(2 * TOTAL);
    expect(new Set(links.filter((l) => l.where_found === 'body').map((l) => l.url)).size).toBe(TOTAL);
    expect(links.filter((l) => l.where_found === 'comment')).toHaveLength(TOTAL);
    // The recipient from Delivered-To, so tokens line up with the address they were made for.
    expect(messages.map((m) => JSON.parse(m.recipients)[0]).sort()).toEqual(Array.from({ length: TOTAL }, (_, i) => `user${i}@trap.test`).sort());
    // The raw bytes are kept once each, and the place is the last UID.
    expect(rows<{ n: number }>(db, 'SELECT count(DISTINCT sha256) AS n FROM mail_intake')[0]!.n).toBe(TOTAL);
    expect(rows<{ n: number }>(db, "SELECT count(*) AS n FROM blobs WHERE mime = 'message/rfc822'")[0]!.n).toBe(TOTAL);
    expect(rows<{ last_uid: number }>(db, 'SELECT last_uid FROM imap_cursors')[0]!.last_uid).toBe(Math.max(...uids));
    expect(rows<{ integrity_check: string }>(db, 'PRAGMA integrity_check')[0]!.integrity_check).toBe('ok');

    // `show` names where a mail came from.
    const id = rows<{ id: string }>(db, 'SELECT id FROM messages ORDER BY ord LIMIT 1')[0]!.id;
    const shown = await hoptrace(['show', id, '--db', db]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/imap:\/\/trap@127\.0\.0\.1:\d+\/Restarts;UIDVALIDITY=\d+;UID=\d+/);
  });

  it('reads the mailbox again under a new UIDVALIDITY and stores only what it had not stored', async () => {
    const db = join(dir, 'uidvalidity.sqlite');
    await dovecot.append('Renumbered', [lure(1, 'rv'), lure(2, 'rv'), lure(3, 'rv')]);
    let p = ingest(db, 'Renumbered');
    await until('three stored', () => messageCount(db) === 3 && p.output().includes('watching '), 120_000);
    p.signal('SIGTERM');
    expect(await p.exited).toBe(0);
    const before = rows<{ uidvalidity: string }>(db, 'SELECT uidvalidity FROM imap_cursors')[0]!.uidvalidity;

    // The mailbox is re-created: same messages plus one, under a new UIDVALIDITY.
    await dovecot.recreate('Renumbered');
    await dovecot.append('Renumbered', [lure(1, 'rv'), lure(2, 'rv'), lure(3, 'rv'), lure(4, 'rv')]);
    p = ingest(db, 'Renumbered');
    await until('caught up', () => p.output().includes('watching '), 120_000);
    p.signal('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(p.output()).toContain('has a new UIDVALIDITY');
    const after = rows<{ uidvalidity: string; last_uid: number }>(db, 'SELECT uidvalidity, last_uid FROM imap_cursors')[0]!;
    expect(after.uidvalidity).not.toBe(before);
    expect(after.last_uid).toBe(4);
    const subjects = rows<{ subject: string }>(db, 'SELECT subject FROM messages ORDER BY ord').map((r) => r.subject);
    expect(subjects).toEqual(['You won #1', 'You won #2', 'You won #3', 'You won #4']);
  });

  it('STARTTLS to a server without IDLE: polls, and with --mark-seen --move-to files what it stored', async () => {
    const plain = await startDovecot({ idle: false });
    try {
      const db = join(dir, 'starttls.sqlite');
      const p = startHoptrace(
        ['ingest', `imap://${plain.user}@127.0.0.1:${plain.port}/Polled`, '--starttls', '--password-env', 'TRAP_PW', '--ca', plain.caFile,
          '--poll-interval', '1', '--mark-seen', '--move-to', 'Done', '--db', db],
        { TRAP_PW: plain.password },
      );
      await plain.append('Polled', [lure(1, 'poll')]);
      const c0 = await plain.client();
      await c0.mailboxCreate('Done').catch(() => {});
      await c0.logout();
      await until('watching', () => p.output().includes('watching '), 120_000);
      // Mail that arrives after the catch-up is found by polling: this server has no IDLE.
      await plain.append('Polled', [lure(2, 'poll')]);
      await until('the polled mail', () => messageCount(db) === 2, 120_000);
      const c = await plain.client();
      try {
        expect(c.capabilities.has('IDLE')).toBe(false);
        // Moved right after storing: wait until the source mailbox is empty (the test's timeout guards a hang).
        const status = async (box: string) => {
          const s = await c.status(box, { messages: true, unseen: true });
          if (!s) throw new Error(`no STATUS for ${box}`);
          return s;
        };
        while ((await status('Polled')).messages !== 0) await new Promise((r) => setTimeout(r, 100));
        const done = await status('Done');
        expect(done.messages).toBe(2);
        expect(done.unseen).toBe(0);
      } finally {
        await c.logout();
      }
      p.signal('SIGTERM');
      expect(await p.exited).toBe(0);
    } finally {
      await plain.stop();
    }
  });

  it('--crawl visits each lure once with the Delivered-To recipient, across a kill -9', async () => {
    const db = join(dir, 'crawl.sqlite');
    const N = 5;
    const site = web.origin('claim.test');
    // To: names no one; Delivered-To says who the token was made for.
    await dovecot.append('Crawled', Array.from({ length: N }, (_, i) => lure(i, 'cr', site).replace(/^To: .*$/m, 'To: undisclosed-recipients:;')));
    const flags = ['--crawl', '--engine', 'http', '--retries', '0', ...LOOPBACK];
    let p = ingest(db, 'Crawled', flags);
    // Killed once every claim visit is stored (a visit in flight at a kill is made again: it was never stored).
    await until('every lure visited', () => (rows<{ n: number }>(db, "SELECT count(*) AS n FROM visits WHERE url LIKE '%claim.test%'")[0]?.n ?? 0) >= N, 120_000);
    p.signal('SIGKILL');
    await p.exited;
    p = ingest(db, 'Crawled', flags);
    await until('a round after the restart', () => /crawled /.test(p.output()) && p.output().includes('watching '), 120_000);
    p.signal('SIGTERM');
    expect(await p.exited).toBe(0);
    // Each mail has two visitable links (the anchor, and the one in an HTML comment): each visited once.
    const n = (sql: string) => rows<{ n: number }>(db, sql)[0]!.n;
    expect(n('SELECT count(*) AS n FROM links WHERE visitable = 1')).toBe(2 * N);
    expect(n('SELECT count(*) AS n FROM visits')).toBe(2 * N);
    expect(n('SELECT count(DISTINCT link_id) AS n FROM visits')).toBe(2 * N);
    expect(web.hitsOn('claim.test', '/c')).toHaveLength(N);
    const tokens = rows<{ kind: string; recipient: string; derivation: string }>(db, "SELECT kind, recipient, derivation FROM tokens WHERE component = 'query:r'");
    expect(tokens.map((t) => t.recipient).sort()).toEqual(Array.from({ length: N }, (_, i) => `user${i}@cr.test`));
    expect(tokens.every((t) => t.kind === 'per-recipient' && /base64/.test(t.derivation))).toBe(true);
  });

  it('a wrong password, an unknown certificate or a password in the URL: one line, exit code, no password shown', async () => {
    const db = join(dir, 'bad.sqlite');
    const url = `imap://${dovecot.user}@127.0.0.1:${dovecot.tlsPort}/INBOX`;
    const wrong = await hoptrace(['ingest', url, '--password-env', 'TRAP_PW', '--ca', dovecot.caFile, '--db', db], { env: { TRAP_PW: 'wrong-secret-123' } });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    expect(wrong.stderr + wrong.stdout).not.toContain('wrong-secret-123');

    const uncheckedCert = await hoptrace(['ingest', url, '--password-env', 'TRAP_PW', '--db', db], { env: { TRAP_PW: dovecot.password } });
    expect(uncheckedCert.code).toBe(1);
    expect(uncheckedCert.stderr).toMatch(/certificate/i);
    expect(uncheckedCert.stderr + uncheckedCert.stdout).not.toContain(dovecot.password);

    const inUrl = await hoptrace(['ingest', `imap://${dovecot.user}:${dovecot.password}@127.0.0.1:${dovecot.tlsPort}/INBOX`, '--db', db]);
    expect(inUrl.code).toBe(2);
    expect(inUrl.stderr).toMatch(/--password-env/);
    expect(inUrl.stderr).not.toContain(dovecot.password);

    const pwFile = join(dir, 'pw');
    writeFileSync(pwFile, `${dovecot.password}\n`);
    const noBox = await hoptrace(['ingest', `imap://${dovecot.user}@127.0.0.1:${dovecot.tlsPort}/NoSuchBox`, '--password-file', pwFile, '--ca', dovecot.caFile, '--db', db]);
    expect(noBox.code).toBe(1);
    expect(noBox.stderr.trim().split('\n')).toHaveLength(1);
  });
});
