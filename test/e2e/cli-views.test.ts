// replay, diff, classify, report and export through the real CLI on a stored HTTP-engine job.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TraceBundle } from '../../src/model.ts';
import { hoptrace, LOOPBACK } from '../fixtures/cli.ts';
import { startFixtureServer } from '../fixtures/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'hoptrace-views-'));
const db = join(dir, 'v.sqlite');
let trace: TraceBundle;
let hitsAfterCrawl = 0;
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('t.test', '/c', (_req, res, { url }) => {
    res.writeHead(302, { location: server.url('land.test', `/?id=${url.searchParams.get('id')}`) });
    res.end();
  });
  server.route('land.test', '/', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', refresh: `0; url=${server.url('end.test', '/')}` });
    res.end('<p>moving</p>');
  });
  server.page('end.test', '/', '<title>Welcome page</title><p>hello there, nothing to see</p>');
  const r = await hoptrace(['crawl', '--engine', 'http', ...LOOPBACK, '--db', db, '--job', 'views', '--quiet',
    '--url', server.url('t.test', '/c?id=8f3a9c2e71d54b0a'), '--url', server.url('t.test', '/c?id=1c7e5a9b3f2d4e60')]);
  expect(r.code).toBe(0);
  trace = JSON.parse((await hoptrace(['export', '--db', db, '--format', 'json'])).stdout);
  hitsAfterCrawl = server.hits.length;
  // Everything below works from the database alone.
  await server.close();
});

describe('views on a stored job', () => {
  it('replays a visit offline with the same chain and no connection', async () => {
    const original = trace.visits[0]!;
    const r = await hoptrace(['replay', original.id, '--db', db, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { visit, diff } = JSON.parse(r.stdout);
    expect(visit.replayOf).toBe(original.id);
    expect(visit.hops.map((h: { url: string; cause: string; status: number }) => [h.url, h.cause, h.status])).toEqual(
      original.hops.map((h) => [h.url, h.cause, h.status]),
    );
    expect(diff).toMatchObject({ a: original.id, b: visit.id, same: true, divergesAt: null });
    expect(server.hits.length).toBe(hitsAfterCrawl);
  });

  it('diffs two recipients whose chains differ only in their tokens as the same', async () => {
    const [a, b] = trace.visits;
    const r = await hoptrace(['diff', a!.id, b!.id, '--db', db, '--json']);
    const diff = JSON.parse(r.stdout);
    expect(diff.same).toBe(true);
    expect(diff.hops.map((h: { op: string }) => h.op)).toEqual(['same', 'same', 'same']);
    expect(diff.hops.flatMap((h: { changes: string[] }) => h.changes)).toContain('token');
    expect(diff.final).toEqual({ a: a!.final!.category, b: b!.final!.category });
  });

  it('re-classifies stored visits offline under a changed rule file and says which changed', async () => {
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, JSON.stringify({ rules: [{ id: 'local.welcome', category: 'adult', weight: 10, in: ['title'], any: ['welcome page'] }] }));
    const r = await hoptrace(['classify', 'views', '--db', db, '--rules', rules, '--json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.changed.map((c: { after: string }) => c.after)).toEqual(['adult', 'adult', 'adult']);
    const after = JSON.parse((await hoptrace(['export', '--db', db, '--format', 'json'])).stdout) as TraceBundle;
    expect(after.visits.every((v) => v.final?.category === 'adult')).toBe(true);
    expect(after.visits[0]!.final!.evidence.some((e) => e.rule === 'local.welcome')).toBe(true);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "rules": [ { "id": 1 ');
    const r2 = await hoptrace(['classify', 'views', '--db', db, '--rules', bad]);
    expect(r2.code).toBe(2);
    expect(r2.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('writes a self-contained report and every export format', async () => {
    const out = join(dir, 'r.html');
    expect((await hoptrace(['report', 'views', '--db', db, '-o', out])).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/<script/i);
    const csv = parseCsv((await hoptrace(['export', '--db', db, '--format', 'csv'])).stdout, { columns: true });
    expect(csv.length).toBe(trace.visits.length * 3 + 3);
    const jsonl = (await hoptrace(['export', '--db', db, '--format', 'jsonl'])).stdout.trim().split('\n');
    expect(jsonl.map((l) => JSON.parse(l).visit.id)).toHaveLength(trace.visits.length + 1);
    const stix = JSON.parse((await hoptrace(['export', '--db', db, '--format', 'stix'])).stdout);
    expect(stix.type).toBe('bundle');
    expect(stix.objects.some((o: { type: string }) => o.type === 'indicator')).toBe(true);
  });
});
