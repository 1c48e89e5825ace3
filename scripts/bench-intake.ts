// Mail that arrives by itself, at the issue's scale, on loopback only:
//   imap: 1,000 mails appended to a real Dovecot mailbox while `hoptrace ingest` runs, with two
//         restarts in between (one kill -9, one SIGTERM): stored, extracted, stored twice, wall time
//   spamtrap: 1,000 mails from 4 nodemailer clients at once into `hoptrace spamtrap`, then again
//         into `spamtrap --crawl` (HTTP engine, fixture site): accepted, stored, visited, fixture
//         hits; a relay attempt; a 50 MB message; the trap's peak RSS (VmHWM)
// Prints a table, then the figures as JSON on the last line.  Usage: tsx scripts/bench-intake.ts [--quick]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import nodemailer from 'nodemailer';
import { BIN } from '../test/fixtures/cli.ts';
import { startDovecot } from '../test/fixtures/dovecot.ts';
import { sendHtml, startFixtureServer } from '../test/fixtures/server.ts';

const quick = process.argv.includes('--quick');
const MAILS = quick ? 200 : 1000;
const CLIENTS = 4;
const dir = mkdtempSync(join(tmpdir(), 'hoptrace-bench-intake-'));
const LOOPBACK = ['--host-map', '*.test=127.0.0.1', '--mapped-only'];

interface Proc {
  child: ChildProcess;
  out: () => string;
  exited: Promise<number | null>;
}
function start(args: string[], env: Record<string, string> = {}): Proc {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', ...env } });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return { child, out: () => out, exited: new Promise((r) => child.once('exit', (c) => r(c))) };
}
const count = (db: string, sql: string): number => {
  try {
    const c = new Database(db, { readonly: true });
    try {
      return (c.prepare(sql).get() as { n: number }).n;
    } finally {
      c.close();
    }
  } catch {
    return 0;
  }
};
async function until(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise((r) => setTimeout(r, 100));
}
/** Peak resident memory of a live process, in MB. */
const peakRssMb = (pid: number) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

function lure(i: number, to: string, site: string): string {
  return [
    'From: "Prize Desk" <desk@prize.test>',
    `To: ${to}`,
    `Delivered-To: ${to}`,
    `Subject: Prize ${i}`,
    `Message-ID: <bench-${i}@prize.test>`,
    'Content-Type: text/html; charset=utf-8',
    '',
    `<p>${'Congratulations, you have been selected. '.repeat(20)}</p><a href="${site}/c?n=${i}&amp;r=${Buffer.from(to).toString('base64url')}">claim</a>`,
    '',
  ].join('\r\n');
}

async function benchImap() {
  const dovecot = await startDovecot();
  const db = join(dir, 'imap.sqlite');
  const t0 = Date.now();
  const appending = (async () => {
    for (let i = 0; i < MAILS; i += 50) await dovecot.append('Bench', Array.from({ length: 50 }, (_, k) => lure(i + k, `u${i + k}@trap.test`, 'http://claim.test')));
  })();
  const ingest = () =>
    start(['ingest', `imap://${dovecot.user}@127.0.0.1:${dovecot.tlsPort}/Bench`, '--password-env', 'PW', '--ca', dovecot.caFile, '--db', db], { PW: dovecot.password });
  const stored = () => count(db, 'SELECT count(*) AS n FROM messages');
  let p = ingest();
  await until(() => stored() >= MAILS * 0.3);
  p.child.kill('SIGKILL');
  await p.exited;
  p = ingest();
  await until(() => stored() >= MAILS * 0.65);
  p.child.kill('SIGTERM');
  await p.exited;
  await appending;
  p = ingest();
  await until(() => stored() >= MAILS && p.out().includes('watching '));
  const wallS = (Date.now() - t0) / 1000;
  p.child.kill('SIGTERM');
  await p.exited;
  await dovecot.stop();
  return {
    appended: MAILS,
    stored: stored(),
    extracted: count(db, 'SELECT count(DISTINCT message_id) AS n FROM links'),
    storedTwice: stored() - count(db, 'SELECT count(DISTINCT message_id) AS n FROM messages'),
    restarts: 'kill -9 at 30 %, SIGTERM at 65 %',
    wallS,
  };
}

async function benchSpamtrap(crawl: boolean) {
  const web = await startFixtureServer();
  web.route('claim.test', '/c', (_req, res) => sendHtml(res, '<title>Claim</title><form><input name=email></form>'));
  const db = join(dir, crawl ? 'smtp-crawl.sqlite' : 'smtp.sqlite');
  const trap = start(['spamtrap', '--listen', '127.0.0.1:0', '--accept', 'trap.test', '--db', db, ...(crawl ? ['--crawl', '--engine', 'http', '--retries', '0', ...LOOPBACK] : [])]);
  await until(() => /listening on smtp:\/\/127\.0\.0\.1:(\d+)/.test(trap.out()));
  const port = Number(/listening on smtp:\/\/127\.0\.0\.1:(\d+)/.exec(trap.out())![1]);
  const t0 = Date.now();
  let accepted = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      const t = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, pool: true, maxConnections: 1, maxMessages: 100 });
      for (let i = c; i < MAILS; i += CLIENTS) {
        const to = `v${i}@trap.test`;
        const info = await t.sendMail({ envelope: { from: 'desk@prize.test', to: [to] }, raw: lure(i, to, web.origin('claim.test')) });
        if (info.response.startsWith('250')) accepted++;
      }
      t.close();
    }),
  );
  const sendS = (Date.now() - t0) / 1000;
  if (crawl) await until(() => count(db, "SELECT count(*) AS n FROM visits WHERE url LIKE '%claim.test%'") >= accepted);
  const crawledS = (Date.now() - t0) / 1000;
  const t = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  const relay = await t.sendMail({ envelope: { from: 'x@prize.test', to: ['someone@elsewhere.test'] }, raw: lure(0, 'someone@elsewhere.test', 'http://x.test') }).catch((e: { response?: string }) => e.response ?? String(e));
  const rssBeforeBig = peakRssMb(trap.child.pid!);
  const big = `${lure(0, 'big@trap.test', 'http://x.test')}${`${'y'.repeat(998)}\r\n`.repeat(50 * 1024)}`;
  const tooBig = await t.sendMail({ envelope: { from: 'x@prize.test', to: ['big@trap.test'] }, raw: big }).catch((e: { response?: string }) => e.response ?? String(e));
  const after = await t.sendMail({ envelope: { from: 'x@prize.test', to: ['after@trap.test'] }, raw: lure(MAILS + 1, 'after@trap.test', 'http://x.test') });
  t.close();
  const peak = peakRssMb(trap.child.pid!);
  trap.child.kill('SIGTERM');
  await trap.exited;
  const figures = {
    sent: MAILS,
    clients: CLIENTS,
    accepted,
    stored: count(db, "SELECT count(*) AS n FROM messages WHERE subject LIKE 'Prize %'") - 1,
    crawl,
    visits: count(db, "SELECT count(*) AS n FROM visits WHERE url LIKE '%claim.test%'"),
    fixtureHits: web.hitsOn('claim.test', '/c').length,
    sendS,
    crawledS,
    relay: typeof relay === 'string' ? relay : 'accepted (!)',
    fiftyMb: typeof tooBig === 'string' ? tooBig : 'accepted (!)',
    afterBig: after.response,
    peakRssMbBeforeBig: Math.round(rssBeforeBig),
    peakRssMb: Math.round(peak),
  };
  await web.close();
  return figures;
}

try {
  const imap = await benchImap();
  const smtp = await benchSpamtrap(false);
  const smtpCrawl = await benchSpamtrap(true);
  console.log(`imap: ${imap.stored}/${imap.appended} stored, ${imap.extracted} extracted, ${imap.storedTwice} twice, ${imap.restarts}, ${imap.wallS.toFixed(1)} s`);
  for (const f of [smtp, smtpCrawl]) {
    console.log(
      `spamtrap${f.crawl ? ' --crawl' : ''}: ${f.accepted}/${f.sent} accepted from ${f.clients} clients in ${f.sendS.toFixed(1)} s, ${f.stored} stored, ` +
        `${f.visits} visits, ${f.fixtureHits} fixture hits (all by ${f.crawledS.toFixed(1)} s); peak RSS ${f.peakRssMbBeforeBig} MB, ${f.peakRssMb} MB after a 50 MB message`,
    );
    console.log(`  relay: ${f.relay}\n  50 MB: ${f.fiftyMb}\n  after it: ${f.afterBig}`);
  }
  console.log(JSON.stringify({ imap, smtp, smtpCrawl }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
