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
import { BOT, kit, serveKits } from '../fixtures/kits.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

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
  ({ kitA, kitB, article } = serveKits(server));
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
    const { families } = JSON.parse(r.stdout) as { families: { id: string; name: string; label: string; evidence: { fingerprint: string }[]; visits: string[] }[] };
    expect(families).toHaveLength(1);
    const ids = (await similar(kitA)).matches.map((m) => m.visitId);
    expect(families[0]!.visits).toHaveLength(2);
    expect(families[0]!.visits).toEqual(expect.arrayContaining(ids));
    expect(families[0]!.evidence.map((e) => e.fingerprint)).toEqual(expect.arrayContaining(['domhash', 'sitekeys', 'telegram']));
    expect(families[0]!.label).toMatch(/^telegram /);
    // Named by what its landings are and where: both hosts are the kit's, one named, one counted.
    const [hostA, hostB] = [new URL(kitA).hostname, new URL(kitB).hostname].sort();
    expect(families[0]!.name).toBe(`credential-phishing kit on ${hostA} + 1 host`);
    expect(hostA).not.toBe(hostB);
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
