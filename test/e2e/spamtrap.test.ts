// `hoptrace spamtrap` as a real SMTP server on loopback, fed by nodemailer: mail from 4 clients at
// once stored exactly once; relaying refused; an oversized message refused with a clear SMTP error
// and the trap unharmed; junk on the wire answered, not crashed on; a kill -9 loses no message
// that was answered 250; with --crawl each lure is visited once, with the envelope's recipient.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hoptrace, LOOPBACK } from '../fixtures/cli.ts';
import { queryRows } from '../fixtures/store.ts';
import { killAll, startHoptrace, until, type Proc } from '../fixtures/queue-procs.ts';
import { sendHtml, startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { makeCert } from '../fixtures/dovecot.ts';

const dir = mkdtempSync(join(tmpdir(), 'hoptrace-spamtrap-'));
let web: FixtureServer;

beforeAll(async () => {
  web = await startFixtureServer();
  web.route('claim.test', '/c', (_req, res) => sendHtml(res, '<title>Claim your prize</title><form><input name=email></form>'));
});
afterAll(async () => {
  await killAll();
  await web?.close();
});
afterEach(killAll);

const rows = queryRows;
const count = (db: string, sql: string) => rows<{ n: number }>(db, sql)[0]?.n ?? 0;

function lure(i: number, to: string, site = 'http://claim.test'): string {
  return [
    'From: "Prize Desk" <desk@prize.test>',
    `To: ${to}`,
    `Subject: Prize ${i}`,
    `Message-ID: <smtp-${i}@prize.test>`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Claim it: ${site}/c?n=${i}&r=${Buffer.from(to).toString('base64url')}`,
    '',
  ].join('\r\n');
}

async function startTrap(db: string, extra: string[] = [], port = 0): Promise<{ proc: Proc; port: number }> {
  const proc = startHoptrace(['spamtrap', '--listen', `127.0.0.1:${port}`, '--accept', 'trap.test', 'spam.test', '--db', db, ...extra]);
  await until('listening line', () => /listening on smtp:\/\/127\.0\.0\.1:\d+\n/.test(proc.output()), 120_000);
  const first = proc.output().split('\n').find((l) => l.startsWith('listening on '))!;
  return { proc, port: Number(/:(\d+)$/.exec(first)![1]) };
}

function transport(port: number) {
  return nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, pool: true, maxConnections: 1, maxMessages: 50 });
}

describe('hoptrace spamtrap', () => {
  it('takes 400 mails from 4 clients at once, each stored and extracted once; refuses relaying and a 50 MB message', async () => {
    const db = join(dir, 'four.sqlite');
    const { proc, port } = await startTrap(db);
    expect(proc.output().split('\n')[0]).toMatch(/^listening on smtp:\/\/127\.0\.0\.1:\d+$/);
    const PER_CLIENT = 100;
    const clients = Array.from({ length: 4 }, () => transport(port));
    const results = await Promise.all(
      clients.map(async (t, c) => {
        const ids: string[] = [];
        for (let i = 0; i < PER_CLIENT; i++) {
          const n = c * PER_CLIENT + i;
          const to = `user${n}@${n % 2 ? 'trap.test' : 'spam.test'}`;
          const info = await t.sendMail({ envelope: { from: 'desk@prize.test', to: [to] }, raw: lure(n, to) });
          ids.push(info.response);
        }
        t.close();
        return ids;
      }),
    );
    const responses = results.flat();
    expect(responses.every((r) => /^250 2\.0\.0 stored as m-/.test(r))).toBe(true);
    expect(count(db, 'SELECT count(*) AS n FROM messages')).toBe(4 * PER_CLIENT);
    expect(count(db, 'SELECT count(DISTINCT sha256) AS n FROM mail_intake')).toBe(4 * PER_CLIENT);
    expect(count(db, "SELECT count(DISTINCT url) AS n FROM links WHERE url LIKE 'http://claim.test/c?n=%'")).toBe(4 * PER_CLIENT);
    // The envelope is kept: client address, HELO, sender, recipients.
    const origins = rows<{ origin: string }>(db, 'SELECT origin FROM mail_intake').map((r) => JSON.parse(r.origin));
    expect(origins.every((o) => o.kind === 'smtp' && o.clientAddress === '127.0.0.1' && o.mailFrom === 'desk@prize.test' && o.helo.length > 0)).toBe(true);
    expect(rows<{ source: string }>(db, 'SELECT DISTINCT source FROM messages')).toEqual([{ source: 'smtp://127.0.0.1' }]);

    // The same bytes again: answered, not stored twice.
    const again = transport(port);
    const repeat = await again.sendMail({ envelope: { from: 'desk@prize.test', to: ['user1@trap.test'] }, raw: lure(1, 'user1@trap.test') });
    expect(repeat.response).toMatch(/^250 .*already stored/);
    expect(count(db, 'SELECT count(*) AS n FROM messages')).toBe(4 * PER_CLIENT);

    // Relaying: a recipient outside the trap's domains is refused; inside, it is taken.
    const relay = await again.sendMail({ envelope: { from: 'x@prize.test', to: ['victim@elsewhere.test'] }, raw: lure(9001, 'victim@elsewhere.test') }).catch((e) => e);
    expect(relay).toBeInstanceOf(Error);
    expect(String(relay.response ?? relay.message)).toMatch(/550 5\.7\.1 relaying denied/);
    const mixed = await again.sendMail({ envelope: { from: 'x@prize.test', to: ['victim@elsewhere.test', 'catch-all-anything@trap.test'] }, raw: lure(9002, 'x') });
    expect(mixed.rejected).toEqual(['victim@elsewhere.test']);
    expect(mixed.accepted).toEqual(['catch-all-anything@trap.test']);
    const stored = rows<{ recipients: string }>(db, "SELECT recipients FROM messages WHERE subject = 'Prize 9002'");
    expect(stored.map((r) => JSON.parse(r.recipients))).toEqual([['catch-all-anything@trap.test']]);

    // 50 MB: refused with a clear SMTP error; the trap goes on taking mail.
    const big = `${lure(9003, 'big@trap.test')}${'x'.repeat(76)}\r\n`.repeat(1).concat(`${'y'.repeat(998)}\r\n`.repeat(50 * 1024));
    const tooBig = await again.sendMail({ envelope: { from: 'x@prize.test', to: ['big@trap.test'] }, raw: big }).catch((e) => e);
    expect(tooBig).toBeInstanceOf(Error);
    expect(tooBig.responseCode).toBe(552);
    expect(String(tooBig.response ?? tooBig.message)).toMatch(/too big|exceeds/i);
    const after = await again.sendMail({ envelope: { from: 'x@prize.test', to: ['after@trap.test'] }, raw: lure(9004, 'after@trap.test') });
    expect(after.response).toMatch(/^250 /);
    again.close();
    expect(count(db, "SELECT count(*) AS n FROM messages WHERE subject = 'Prize 9003'")).toBe(0);

    proc.signal('SIGTERM');
    expect(await proc.exited).toBe(0);

    // `show` says where a message came from.
    const id = rows<{ id: string }>(db, 'SELECT id FROM messages ORDER BY ord LIMIT 1')[0]!.id;
    const shown = await hoptrace(['show', id, '--db', db]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('smtp://127.0.0.1');
    expect(shown.stdout).toMatch(/HELO .*MAIL FROM desk@prize\.test/);
    const job = await hoptrace(['show', 'spamtrap', '--db', db]);
    expect(job.stdout).toContain(`arrived: ${4 * PER_CLIENT + 2} from SMTP from 127.0.0.1`);
  });

  it('answers junk on the wire with SMTP errors and stays up', async () => {
    const db = join(dir, 'junk.sqlite');
    const { proc, port } = await startTrap(db, ['--max-recipients', '2']);
    // A client that waits for each reply, as SMTP wants (one that talks first is cut off: 421).
    const said = await new Promise<string>((resolve, reject) => {
      const steps = [
        'BOGUS \u0000\u00ff\r\n',
        'EHLO evil\r\n',
        'MAIL FROM:<>\r\n',
        'RCPT TO:<a@trap.test>\r\n',
        'RCPT TO:<b@trap.test>\r\n',
        'RCPT TO:<c@trap.test>\r\n',
        'RCPT TO:<not an address>\r\n',
        'DATA\r\n',
        'Subject: \u001b[31mjunk\r\n\r\n\u0000\u0001binary http://claim.test/c?junk=1\r\n.\r\n',
        'QUIT\r\n',
      ];
      let transcript = '';
      let pending = '';
      const s = createConnection({ host: '127.0.0.1', port });
      s.on('data', (d) => {
        transcript += d;
        pending += d;
        // A reply is complete at a line "NNN text" (not "NNN-text"): then the next step is sent.
        while (/^\d{3} .*\r?\n/m.test(pending)) {
          pending = pending.replace(/^[\s\S]*?^\d{3} .*\r?\n/m, '');
          const next = steps.shift();
          if (next) s.write(next);
        }
      });
      s.on('close', () => resolve(transcript));
      s.on('error', reject);
    });
    expect(said).toMatch(/^50\d /m);
    expect(said).toMatch(/^452 4\.5\.3 too many recipients/m);
    expect(said).toMatch(/^250 2\.0\.0 stored as m-/m);
    expect(proc.child.exitCode).toBeNull();
    const stored = rows<{ recipients: string }>(db, 'SELECT recipients FROM messages');
    expect(stored.map((r) => JSON.parse(r.recipients))).toEqual([['a@trap.test', 'b@trap.test']]);
    proc.signal('SIGTERM');
    expect(await proc.exited).toBe(0);
  });

  it('offers STARTTLS with the given certificate, and a client that checks it delivers over TLS', async () => {
    const certs = join(dir, 'certs');
    mkdirSync(certs);
    makeCert(certs);
    const db = join(dir, 'tls.sqlite');
    const { proc, port } = await startTrap(db, ['--tls-cert', join(certs, 'server.pem'), '--tls-key', join(certs, 'server.key')]);
    const t = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, requireTLS: true, tls: { ca: readFileSync(join(certs, 'ca.pem')) } });
    const info = await t.sendMail({ envelope: { from: 'desk@prize.test', to: ['tls@trap.test'] }, raw: lure(1, 'tls@trap.test') });
    t.close();
    expect(info.response).toMatch(/^250 2\.0\.0 stored as m-/);
    // A client that trusts no such CA refuses to go on: the trap's certificate is the one given.
    const untrusting = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, requireTLS: true });
    const refused = await untrusting.sendMail({ envelope: { from: 'desk@prize.test', to: ['tls@trap.test'] }, raw: lure(2, 'tls@trap.test') }).catch((e) => e);
    untrusting.close();
    expect(refused).toBeInstanceOf(Error);
    expect(String(refused.message)).toMatch(/certificate/i);
    expect(count(db, 'SELECT count(*) AS n FROM messages')).toBe(1);
    proc.signal('SIGTERM');
    expect(await proc.exited).toBe(0);
  });

  it('kill -9 while 4 clients send: every message answered 250 is stored; after a restart the rest is stored once', async () => {
    const db = join(dir, 'kill.sqlite');
    const first = await startTrap(db);
    const TOTAL = 200;
    const acked = new Set<number>();
    const failed = new Set<number>();
    const send = async (port: number, ns: number[], into: Set<number>, lost: Set<number>) => {
      const t = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
      for (const n of ns) {
        const to = `k${n}@trap.test`;
        try {
          await t.sendMail({ envelope: { from: 'desk@prize.test', to: [to] }, raw: lure(n, to) });
          into.add(n);
        } catch {
          lost.add(n);
        }
      }
      t.close();
    };
    const all = Array.from({ length: TOTAL }, (_, i) => i);
    const sending = Promise.all([0, 1, 2, 3].map((c) => send(first.port, all.filter((n) => n % 4 === c), acked, failed)));
    await until('a quarter stored', () => count(db, 'SELECT count(*) AS n FROM messages') >= TOTAL / 4, 120_000);
    first.proc.signal('SIGKILL');
    await first.proc.exited;
    await sending;
    expect(acked.size).toBeGreaterThan(0);
    expect(failed.size).toBeGreaterThan(0);
    // Every message the trap answered 250 to is in the database.
    const subjects = new Set(rows<{ subject: string }>(db, 'SELECT subject FROM messages').map((r) => r.subject));
    for (const n of acked) expect(subjects.has(`Prize ${n}`)).toBe(true);

    // The senders try again what failed; a message stored just before the kill is not stored twice.
    const second = await startTrap(db, [], first.port);
    const retried = new Set<number>();
    await send(second.port, [...failed], retried, new Set());
    expect(retried.size).toBe(failed.size);
    second.proc.signal('SIGTERM');
    expect(await second.proc.exited).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM messages')).toBe(TOTAL);
    expect(count(db, 'SELECT count(DISTINCT subject) AS n FROM messages')).toBe(TOTAL);
    expect(rows<{ integrity_check: string }>(db, 'PRAGMA integrity_check')[0]!.integrity_check).toBe('ok');
  });

  it('--crawl visits each new lure once, with the envelope recipient; a kill -9 and restart visit nothing twice', async () => {
    const db = join(dir, 'crawl.sqlite');
    const crawlFlags = ['--crawl', '--engine', 'http', ...LOOPBACK, '--retries', '0'];
    const first = await startTrap(db, crawlFlags);
    const t = transport(first.port);
    const N = 6;
    for (let n = 0; n < N; n++) {
      // The To: header names someone else: the envelope is who the token was minted for.
      await t.sendMail({ envelope: { from: 'desk@prize.test', to: [`victim${n}@trap.test`] }, raw: lure(n, `victim${n}@trap.test`, web.origin('claim.test')).replace(/^To: .*$/m, 'To: undisclosed-recipients:;') });
    }
    t.close();
    await until('every lure visited', () => count(db, 'SELECT count(*) AS n FROM visits') >= N, 120_000);
    first.proc.signal('SIGKILL');
    await first.proc.exited;
    const second = await startTrap(db, crawlFlags, first.port);
    await until('a crawl round after the restart', () => /crawled spamtrap/.test(second.proc.output()), 120_000);
    second.proc.signal('SIGTERM');
    expect(await second.proc.exited).toBe(0);

    expect(count(db, 'SELECT count(*) AS n FROM visits')).toBe(N);
    expect(web.hitsOn('claim.test', '/c')).toHaveLength(N);
    const links = rows<{ url: string; recipients: string }>(db, 'SELECT url, recipients FROM links');
    for (const l of links) {
      const r = JSON.parse(l.recipients)[0] as string;
      expect(new URL(l.url).searchParams.get('r')).toBe(Buffer.from(r).toString('base64url'));
    }
    // The token analysis explains the token from the envelope's address.
    const tokens = rows<{ kind: string; recipient: string; derivation: string }>(db, "SELECT kind, recipient, derivation FROM tokens WHERE component = 'query:r'");
    expect(tokens).toHaveLength(N);
    expect(tokens.every((tk) => tk.kind === 'per-recipient' && /^victim\d@trap\.test$/.test(tk.recipient) && /base64/.test(tk.derivation))).toBe(true);

    // The web view says where each visit's lure came from.
    const serve = startHoptrace(['serve', '--db', db, '--port', '0']);
    await until('serve listening', () => /listening on http:\/\/\S+\n/.test(serve.output()), 60_000);
    const base = /listening on (http:\/\/\S+?)\/?\n/.exec(serve.output())![1];
    const visitId = rows<{ id: string }>(db, 'SELECT id FROM visits LIMIT 1')[0]!.id;
    const api = (await (await fetch(`${base}/api/visits/${visitId}`)).json()) as { lureOrigin: { kind: string; clientAddress: string; rcptTo: string[] } };
    expect(api.lureOrigin).toMatchObject({ kind: 'smtp', clientAddress: '127.0.0.1' });
    expect(api.lureOrigin.rcptTo[0]).toMatch(/^victim\d@trap\.test$/);
    const html = await (await fetch(`${base}/visits/${visitId}`)).text();
    expect(html).toMatch(/lure arrived .* over SMTP from 127\.0\.0\.1: HELO /);
    serve.signal('SIGTERM');
    await serve.exited;
    // And so does the report.
    const out = join(dir, 'report.html');
    expect((await hoptrace(['report', 'spamtrap', '--db', db, '-o', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/arrived .* over SMTP from 127\.0\.0\.1: HELO .*RCPT TO victim\d@trap\.test/);
  });
});
