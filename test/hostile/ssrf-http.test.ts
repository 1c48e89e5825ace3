// SSRF through the HTTP engine: a lure redirects to every local spelling in ssrf-targets.ts, run
// through the real CLI with the guard as the only defence (no --mapped-only). Nothing may reach the
// fixture's /secret, nothing may even try to connect off loopback (the tripwire), and every visit
// ends blocked. DNS rebinding is tested at engine level with an injected resolver.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpEngine } from '../../src/engines/http/engine.ts';
import { guardRefusalForLiteral } from '../../src/net/resolve.ts';
import { getPersona } from '../../src/personas.ts';
import { hoptrace } from '../fixtures/cli.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { SECRET, ssrfTargets, tripwireEnv } from './support/ssrf-targets.ts';
import './support/tripwire.mjs';

let server: FixtureServer;
const dir = mkdtempSync(join(tmpdir(), 'hoptrace-ssrf-'));
const secretHits = () => server.hits.filter((h) => h.path.split('?')[0] === SECRET).length;
const inProcessTrips = () => (globalThis as { __hoptraceTripwire?: string[] }).__hoptraceTripwire ?? [];

beforeAll(async () => {
  server = await startFixtureServer({ ipv6: true });
  server.page('*', SECRET, 'secret');
  server.route('evil.test', '/go', (_q, res, { url }) => {
    // Raw UTF-8 bytes, as a hostile server sends them (node takes header strings as latin1).
    res.writeHead(302, { location: Buffer.from(url.searchParams.get('to') ?? '/', 'utf8').toString('latin1') });
    res.end();
  });
});
afterAll(() => server.close());

describe('SSRF through the HTTP engine and the CLI', () => {
  it('blocks a redirect to every local spelling; not one byte reaches /secret', async () => {
    const targets = ssrfTargets(server.port);
    // Run without --mapped-only, so only the guard stands in the way; every target must be decidable
    // without DNS, so a hole in the guard could never make this test resolve a real name.
    for (const t of targets) expect(guardRefusalForLiteral(new URL(t).hostname), t).not.toBeNull();
    const lures = targets.map((t) => `${server.url('evil.test', '/go')}?to=${encodeURIComponent(t)}`);
    const db = join(dir, 'ssrf.sqlite');
    const log = join(dir, 'tripwire.log');
    const r = await hoptrace(
      ['crawl', '--engine', 'http', '--host-map', '*.test=127.0.0.1', '--db', db, '--job', 'ssrf', '--json', '--quiet',
        ...lures.flatMap((u) => ['--url', u])],
      { env: tripwireEnv(log) },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    const trace = JSON.parse((await hoptrace(['export', '--db', db, '--format', 'json'])).stdout);
    expect(summary.outcomes).toEqual({ blocked: targets.length });

    expect(trace.visits).toHaveLength(targets.length);
    for (const v of trace.visits) {
      expect(v.outcome, v.url).toBe('blocked');
      expect(v.hops.map((h: { status: number | null }) => h.status), v.url).toEqual([302, null]);
      expect(v.hops[1].blocked, v.url).toMatch(/loopback|private|link-local|carrier-grade|unspecified|NAT64|unique local|site-local/);
    }
    expect(secretHits()).toBe(0);
    expect(readFileSync(log, 'utf8')).not.toMatch(/^connect /m);
    expect(new Database(db, { readonly: true }).pragma('integrity_check', { simple: true })).toBe('ok');
    console.log(`SSRF: ${targets.length} spellings tried through the CLI, ${secretHits()} got through`);
  });

  it('a name that resolves to a private address is blocked', async () => {
    const engine = createHttpEngine();
    const capture = await engine.visit({
      url: `http://intranet.example:${server.port}${SECRET}`,
      persona: getPersona('desktop-ja'),
      timeoutMs: 5000,
      maxHops: 5,
      bodyLimit: 1 << 20,
      net: { hostMap: [], mappedOnly: false, allowPrivate: false, proxy: null, resolver: async () => ['10.0.0.5'] },
    });
    expect(capture.outcome).toBe('blocked');
    expect(capture.hops[0].blocked).toMatch(/resolved to 10\.0\.0\.5 is private/);
    expect(secretHits()).toBe(0);
  });

  it('DNS rebinding: public on the first lookup, 127.0.0.1 on the next, never reaches loopback', async () => {
    const engine = createHttpEngine();
    const lookups: string[] = [];
    const answers = ['93.184.216.34', '127.0.0.1'];
    const net = {
      hostMap: [], mappedOnly: false, allowPrivate: false, proxy: null,
      resolver: async (host: string) => {
        lookups.push(host);
        return [answers[Math.min(lookups.length - 1, answers.length - 1)]];
      },
    };
    const input = { url: `http://rebind.example:${server.port}${SECRET}`, persona: getPersona('desktop-ja'), timeoutMs: 5000, maxHops: 5, bodyLimit: 1 << 20, net };
    const tripsBefore = inProcessTrips().length;

    // The first visit connects to exactly the public address it checked (the tripwire stops that
    // connection here, so the test never leaves loopback): no second lookup happens behind it.
    const first = await engine.visit(input);
    expect(first.outcome).toBe('error');
    expect(first.hops[0].note).toMatch(/tripwire: connection to 93\.184\.216\.34/);
    expect(inProcessTrips().slice(tripsBefore)).toEqual(['93.184.216.34 (rebind.example)']);
    expect(lookups).toEqual(['rebind.example']);

    // The rebound answer is checked like any other.
    const second = await engine.visit(input);
    expect(second.outcome).toBe('blocked');
    expect(second.hops[0].blocked).toMatch(/resolved to 127\.0\.0\.1 is loopback/);
    expect(lookups).toHaveLength(2);
    expect(secretHits()).toBe(0);
  });
});
