// Kit fingerprints from the analyst's side: the same kit on two hosts crawled into two jobs (and an
// unrelated article), by the real CLI in Chromium into a real SQLite file. `pivot --fingerprint`
// lists who holds a value across jobs; `hoptrace serve` (a real process, real HTTP on loopback)
// shows a visit's similar pages and the kit families, as pages and as JSON.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TraceBundle } from '../../src/model.ts';
import { hoptrace, LOOPBACK } from '../fixtures/cli.ts';
import { BOT, SITEKEY, serveKits, type KitUrls } from '../fixtures/kits.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { startServe, type ServeProcess } from './serve-support.ts';

interface Pivot {
  fingerprint: { kind: string; value: string };
  visits: { visitId: string; jobId: string; url: string; domain: string | null }[];
  domains: { domain: string; visits: number; jobs: string[] }[];
}

const dir = mkdtempSync(join(tmpdir(), 'hoptrace-fpserve-'));
const db = join(dir, 'fp.sqlite');
let server: FixtureServer;
let serve: ServeProcess;
let urls: KitUrls;
let trace: TraceBundle;
/** Visit id by start URL. */
const visitOf = (url: string): string => trace.visits.find((v) => v.url === url)!.id;
const jobOf = (name: string): string => trace.jobs.find((j) => j.name === name)!.id;

async function pivot(...args: string[]): Promise<Pivot> {
  const r = await hoptrace(['pivot', ...args, '--db', db, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Pivot;
}

async function get(path: string, accept = 'text/html'): Promise<{ status: number; body: string; csp: string | null }> {
  const res = await fetch(new URL(path, serve.url), { headers: { accept } });
  return { status: res.status, body: await res.text(), csp: res.headers.get('content-security-policy') };
}
const api = async <T>(path: string): Promise<T> => {
  const r = await get(path, 'application/json');
  expect(r.status, r.body).toBe(200);
  return JSON.parse(r.body) as T;
};

beforeAll(async () => {
  server = await startFixtureServer();
  urls = serveKits(server);
  // Two jobs: a pivot and the families run across them.
  for (const [job, targets] of [['first', [urls.kitA, urls.article]], ['second', [urls.kitB]]] as const) {
    const r = await hoptrace(['crawl', ...targets, ...LOOPBACK, '--db', db, '--job', job]);
    expect(r.code, r.stderr).toBe(0);
  }
  await server.close();
  trace = JSON.parse((await hoptrace(['export', '--db', db, '--format', 'json'])).stdout) as TraceBundle;
  serve = await startServe(['--db', db, '--port', '0']);
}, 240_000);

afterAll(async () => {
  await serve?.stop();
});

describe('pivot --fingerprint', () => {
  it('lists the visits and domains holding a site key across jobs, and not the article', async () => {
    const p = await pivot('--fingerprint', `sitekey:recaptcha:${SITEKEY}`);
    expect(p.fingerprint).toEqual({ kind: 'sitekey', value: `recaptcha:${SITEKEY}` });
    expect(p.visits.map((v) => v.visitId).sort()).toEqual([visitOf(urls.kitA), visitOf(urls.kitB)].sort());
    expect(p.domains).toEqual([
      { domain: 'alpha-bank.test', visits: 1, jobs: [jobOf('first')] },
      { domain: 'beta-mail.test', visits: 1, jobs: [jobOf('second')] },
    ]);
  });

  it('starts from a stored domhash too, narrows to a job when one is given, and prints text', async () => {
    const domhash = trace.visits.find((v) => v.url === urls.kitA)!.branchFinals![0]!.fingerprints!.domhash!;
    expect(domhash).toMatch(/^[0-9a-f]{64}$/);
    expect((await pivot('--fingerprint', `domhash:${domhash}`)).visits).toHaveLength(2);
    const narrowed = await pivot('second', '--fingerprint', `domhash:${domhash}`);
    expect(narrowed.visits.map((v) => v.visitId)).toEqual([visitOf(urls.kitB)]);
    const text = await hoptrace(['pivot', '--fingerprint', `domhash:${domhash}`, '--db', db]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('2 visits, 2 domains');
    expect(text.stdout).toMatch(/domain +alpha-bank\.test/);
  });

  it('answers an unknown value with nothing, refuses a bad one with one line and exit 2, and keeps the job pivot', async () => {
    expect((await pivot('--fingerprint', 'domhash:0000')).visits).toEqual([]);
    for (const bad of ['colour:red', 'sitekey:', 'domhash', 'tlsh-band:0:abcd']) {
      const r = await hoptrace(['pivot', '--fingerprint', bad, '--db', db]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const clusters = await hoptrace(['pivot', 'first', '--db', db, '--json']);
    expect(clusters.code, clusters.stderr).toBe(0);
    expect(Array.isArray(JSON.parse(clusters.stdout).clusters)).toBe(true);
  });
});

describe('serve: similar pages and kit families', () => {
  interface VisitJson {
    similar: { visitId: string; url: string; score: number; by: string[] }[];
  }
  interface Family {
    id: string;
    name: string;
    label: string;
    evidence: { fingerprint: string; value: string | null; visits: number }[];
    visits: string[];
  }

  it("shows a visit's similar pages best first, linked, with what matched", async () => {
    const [a, b] = [visitOf(urls.kitA), visitOf(urls.kitB)];
    const j = await api<VisitJson>(`/api/visits/${a}`);
    expect(j.similar.map((m) => m.visitId)).toEqual([b]);
    expect(j.similar[0]!.url).toBe(urls.kitB);
    expect(j.similar[0]!.by).toEqual(expect.arrayContaining(['domhash', 'sitekeys', 'telegram']));
    const page = await get(`/visits/${a}`);
    expect(page.status).toBe(200);
    const similar = page.body.slice(page.body.indexOf('<h2>Similar pages</h2>'));
    expect(similar).toContain(`href="/visits/${b}"`);
    expect(similar).toContain('<span class="chip">sitekeys</span>');
    // The other kit's URL is shown defanged, never as a link.
    expect(similar).toContain('secure[.]beta-mail[.]test');
    expect(page.body).not.toMatch(/href="https?:\/\/secure\.beta-mail/);
    const lone = await api<VisitJson>(`/api/visits/${visitOf(urls.article)}`);
    expect(lone.similar).toEqual([]);
    expect((await get(`/visits/${visitOf(urls.article)}`)).body).toContain('no other stored page shares');
  });

  it('lists the families and shows each with its visits and evidence, as pages and JSON', async () => {
    const list = await api<{ format: string; page: { total: number }; families: Family[] }>('/api/families');
    expect(list.format).toBe('hoptrace.trace/1');
    expect(list.families).toHaveLength(1);
    const fam = list.families[0]!;
    expect(fam.visits.sort()).toEqual([visitOf(urls.kitA), visitOf(urls.kitB)].sort());
    expect(fam.evidence.map((e) => e.fingerprint)).toEqual(expect.arrayContaining(['domhash', 'sitekeys', 'telegram']));
    // Same answer as the CLI's cluster.
    const cli = JSON.parse((await hoptrace(['cluster', '--db', db, '--json'])).stdout) as { families: Family[] };
    expect(cli.families.map((f) => f.id)).toEqual([fam.id]);

    const listPage = await get('/families');
    expect(listPage.status).toBe(200);
    expect(listPage.body).toContain(`href="/families/${fam.id}"`);
    // Named by its landings (category and host), the same name as the CLI's; the evidence label stays on the JSON.
    expect(fam.name).toMatch(/ kit on [a-z0-9.-]+\.test \+ 1 host$/);
    expect(cli.families[0]!.name).toBe(fam.name);
    expect(listPage.body).toContain(`<td>${fam.name}</td>`);
    expect(listPage.csp).toContain("default-src 'none'");

    const one = await api<{ family: Family; visits: { id: string; jobId: string }[] }>(`/api/families/${fam.id}`);
    expect(one.family.id).toBe(fam.id);
    expect(one.visits.map((v) => v.id).sort()).toEqual(fam.visits);
    expect(new Set(one.visits.map((v) => v.jobId))).toEqual(new Set([jobOf('first'), jobOf('second')]));
    const page = await get(`/families/${fam.id}`);
    expect(page.status).toBe(200);
    for (const v of fam.visits) expect(page.body).toContain(`href="/visits/${v}"`);
    // The bot is named by its id in a family (as in `cluster`); its secret appears in no family page
    // or family record. (The visit records carry the trace's own snapshot, as /api/visits does.)
    const secret = BOT.split(':')[1]!;
    for (const body of [listPage.body, page.body, JSON.stringify(list), JSON.stringify(one.family)]) {
      expect(body).not.toContain(secret);
    }
    expect(page.body).toContain('7012345678:[redacted]');
    // Evidence values lead to a search for them, but a redacted token (which finds nothing) does not.
    expect(page.body).toContain(`href="/search?q=${encodeURIComponent(`recaptcha:${SITEKEY}`)}"`);
    expect(page.body).not.toContain('href="/search?q=7012345678');
  });

  it('search finds the pages that loaded a file of a given name, as it finds any stored fingerprint', async () => {
    const found = await api<{ results: { visit: { id: string }; matched: string[] }[] }>('/api/search?q=app.js');
    const byFingerprint = found.results.filter((r) => r.matched.includes('fingerprint')).map((r) => r.visit.id);
    expect(byFingerprint.sort()).toEqual([visitOf(urls.kitA), visitOf(urls.kitB)].sort());
  });

  it('answers an unknown family with 404 and a bad page number with 400', async () => {
    const missing = await get('/api/families/fam-000000000000', 'application/json');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toMatchObject({ status: 404 });
    expect((await get('/families/fam-nope')).status).toBe(404);
    expect((await get('/api/families?page=0', 'application/json')).status).toBe(400);
  });
});
