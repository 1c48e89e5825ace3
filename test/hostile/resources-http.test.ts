// Hostile servers against the HTTP engine, all in ONE crawl job through the real CLI, so "the job
// goes on" is part of what is tested: every visit ends within --timeout with the right outcome,
// the caps hold (body, decompressed body, download, hops), the crawler's peak memory stays
// bounded, and the database exports and passes integrity_check afterwards.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoptrace } from '../fixtures/cli.ts';
import {
  dropMidBody, endlessBody, gzipBomb, hugeDownload, redirectChain, selfSignedCertificate, startBadTlsServer,
  startSilentServer, type RawServer, type SentCounter, type TlsServer,
} from '../fixtures/hostile.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { tripwireEnv } from './support/ssrf-targets.ts';

const MB = 1024 * 1024;
const BODY_LIMIT = 2 * MB;
const TIMEOUT_MS = 4000;
const MAX_HOPS = 20;
/** Peak RSS of the crawler process; buffering the bomb or the download would blow far past it. */
const RSS_LIMIT_MB = 400;

let server: FixtureServer;
let silent: RawServer;
let tls: TlsServer | null = null;
let endless: SentCounter;
let bomb: SentCounter & { wire: number };
let download: SentCounter;
const dir = mkdtempSync(join(tmpdir(), 'hoptrace-resources-'));

beforeAll(async () => {
  server = await startFixtureServer();
  endless = endlessBody(server, 'endless.test', '/');
  bomb = gzipBomb(server, 'bomb.test', '/', 16 * 1024 ** 3);
  download = hugeDownload(server, 'download.test', '/invoice');
  redirectChain(server, 'chain.test', '/hop', 10_000);
  dropMidBody(server, 'drop.test', '/');
  server.page('meta.test', '/self', '<meta http-equiv="refresh" content="0"><title>again</title>');
  server.route('refresh.test', '/self', (_q, res) => {
    res.writeHead(200, { refresh: '0', 'content-type': 'text/html' });
    res.end('<title>again</title>');
  });
  server.redirect('loop.test', '/a', 302, '/b');
  server.redirect('loop.test', '/b', 302, '/a');
  server.page('fine.test', '/', '<title>still here</title><p>the job went on</p>');
  silent = await startSilentServer();
  const cert = selfSignedCertificate(['tls.test']);
  if (cert) {
    tls = await startBadTlsServer(cert, (_q, res) => {
      res.writeHead(302, { location: server.url('fine.test', '/') });
      res.end();
    });
  }
});
afterAll(async () => {
  await server.close();
  await silent.close();
  await tls?.close();
});

interface ExportedHop { status: number | null; cause: string; note?: string | null; blocked: string | null }
interface ExportedVisit {
  id: string;
  url: string;
  purpose: string;
  retryOf: string | null;
  incomplete: string | null;
  outcome: string;
  error: string | null;
  hops: ExportedHop[];
  downloads: { filename: string; size: number; sha256: string }[];
  final: { url: string; title: string } | null;
}

describe('hostile servers in one HTTP crawl job', () => {
  it('ends every visit with the right outcome, holds every cap, and keeps the database sound', async () => {
    if (!tls) console.warn('openssl not available: the bad-certificate case is skipped');
    const urls = {
      endless: server.url('endless.test', '/'),
      bomb: server.url('bomb.test', '/'),
      download: server.url('download.test', '/invoice'),
      chain: server.url('chain.test', '/hop?n=0'),
      drop: server.url('drop.test', '/'),
      meta: server.url('meta.test', '/self'),
      refresh: server.url('refresh.test', '/self'),
      loop: server.url('loop.test', '/a'),
      silent: `http://silent.test:${silent.port}/`,
      ...(tls ? { tls: tls.url('tls.test', '/') } : {}),
      fine: server.url('fine.test', '/'),
    };
    const db = join(dir, 'hostile.sqlite');
    const log = join(dir, 'tripwire.log');
    const r = await hoptrace(
      ['crawl', '--engine', 'http', '--host-map', '*.test=127.0.0.1', '--mapped-only', '--db', db, '--job', 'hostile',
        '--timeout', String(TIMEOUT_MS), '--max-hops', String(MAX_HOPS), '--body-limit', String(BODY_LIMIT), '--json', '--quiet',
        ...Object.values(urls).flatMap((u) => ['--url', u])],
      { env: tripwireEnv(log) },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Only the silent server's visit is still incomplete after its retry.
    const summary = JSON.parse(r.stdout);
    expect(summary.incomplete.map((i: { url: string }) => i.url)).toEqual([urls.silent]);

    const ex = await hoptrace(['export', '--db', db, '--job', 'hostile', '--format', 'json']);
    expect(ex.code).toBe(0);
    const trace = JSON.parse(ex.stdout);
    expect(trace.jobs[0].status).toBe('done');
    // One visit per URL, plus one retry for each attempt that ended incomplete: the silent server's
    // twice (it never answers), and any other a loaded machine kept past the deadline, which its
    // retry then completed. Every retry names the incomplete attempt it repeats.
    const visits = trace.visits as ExportedVisit[];
    const byId = new Map(visits.map((v) => [v.id, v]));
    const retries = visits.filter((v) => v.purpose === 'retry');
    expect(summary.retries).toBe(retries.length);
    expect(summary.visits).toBe(Object.keys(urls).length + retries.length);
    for (const v of retries) expect(byId.get(v.retryOf ?? '')?.incomplete, `retry of ${v.url}`).toBeTruthy();
    expect(visits.filter((v) => v.url === urls.silent).map((v) => [v.purpose, v.outcome])).toEqual([['primary', 'timeout'], ['retry', 'timeout']]);
    // A URL's trace is its last attempt.
    const visit = (u: string): ExportedVisit => trace.visits.findLast((v: ExportedVisit) => v.url === u);
    const notes = (v: ExportedVisit) => v.hops.map((h) => h.note ?? '').join(' | ');

    // Endless body and gzip bomb: cut at the cap (of the decoded bytes), the rest never read.
    for (const name of ['endless', 'bomb'] as const) {
      const v = visit(urls[name]);
      expect(v.outcome, name).toBe('ok');
      expect(notes(v), name).toMatch(`body truncated at ${BODY_LIMIT} bytes`);
    }
    expect(endless.sent).toBeLessThan(64 * MB);
    expect(bomb.sent).toBeLessThan(bomb.wire / 2);

    // 2 GB download: recorded with its hash, size capped, the attacker's filename only recorded.
    const dl = visit(urls.download);
    expect(dl.outcome).toBe('ok');
    expect(dl.downloads).toHaveLength(1);
    expect(dl.downloads[0]).toMatchObject({ filename: '../../invoice.pdf.exe', size: BODY_LIMIT });
    expect(download.sent).toBeLessThan(256 * MB);

    // 10,000-hop chain: stops at --max-hops as an error, and the server saw no more than the hops
    // its attempts recorded (an attempt a loaded machine kept past the deadline, then its retry).
    const chain = visit(urls.chain);
    expect(chain.outcome).toBe('error');
    expect(chain.error).toMatch(/^hop cap of \d+ reached/);
    expect(chain.hops).toHaveLength(MAX_HOPS);
    const chainAttempts = visits.filter((v) => v.url === urls.chain);
    expect(server.hitsOn('chain.test', '/hop')).toHaveLength(chainAttempts.reduce((n, v) => n + v.hops.length, 0));

    // Refresh to itself and a 302 loop: errors naming the loop after a few fetches.
    for (const [name, loop] of [['meta', 'meta-refresh loop'], ['refresh', 'refresh-header loop'], ['loop', 'redirect loop']] as const) {
      const v = visit(urls[name]);
      expect(v.outcome, name).toBe('error');
      expect(v.error, name).toMatch(new RegExp(`^${loop}: `));
      expect(v.hops.length, name).toBeLessThanOrEqual(7);
    }
    expect(visit(urls.meta).hops.slice(1).every((h) => h.cause === 'meta-refresh')).toBe(true);
    expect(visit(urls.refresh).hops.slice(1).every((h) => h.cause === 'refresh-header')).toBe(true);

    // Connection dropped mid-body: the status and what arrived are kept.
    const drop = visit(urls.drop);
    expect(drop.hops[0].status).toBe(200);
    expect(notes(drop)).toMatch(/body cut/);

    // A server that accepts and never answers: a timeout, not a hang.
    const quiet = visit(urls.silent);
    expect(quiet.outcome).toBe('timeout');
    expect(silent.accepted).toBeGreaterThanOrEqual(1);

    // Bad certificate: recorded and followed (a sandbox).
    if (tls && urls.tls) {
      const v = visit(urls.tls);
      expect(v.outcome).toBe('ok');
      expect(v.hops.map((h) => h.status)).toEqual([302, 200]);
      expect(v.hops[0].note).toMatch(/tls: .*SELF_SIGNED.*\(ignored\)/);
      expect(v.final?.title).toBe('still here');
    }

    // The job went on to the harmless link after all of that.
    expect(visit(urls.fine)).toMatchObject({ outcome: 'ok', final: { title: 'still here' } });

    const store = new Database(db, { readonly: true });
    expect(store.pragma('integrity_check', { simple: true })).toBe('ok');
    const biggest = (store.prepare('SELECT max(size) AS n FROM blobs').get() as { n: number }).n;
    expect(biggest).toBeLessThanOrEqual(BODY_LIMIT);
    store.close();

    const lines = readFileSync(log, 'utf8');
    expect(lines).not.toMatch(/^connect /m);
    const rssMb = Number(/^maxrss (\d+)$/m.exec(lines)?.[1]) / 1024;
    expect(rssMb).toBeGreaterThan(0);
    expect(rssMb).toBeLessThan(RSS_LIMIT_MB);
    console.log(
      `hostile http job: ${Object.keys(urls).length} pages, peak RSS ${rssMb.toFixed(0)} MB, served: endless ${(endless.sent / MB).toFixed(1)} MB, ` +
        `bomb ${(bomb.sent / MB).toFixed(1)} of ${(bomb.wire / MB).toFixed(1)} MB on the wire (16 GB inflated), download ${(download.sent / MB).toFixed(1)} MB of 2048`,
    );
  });
});
