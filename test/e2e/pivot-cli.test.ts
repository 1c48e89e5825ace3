// `hoptrace rdap` and `hoptrace pivot` end to end: a real crawl (HTTP engine) of lure pages on the
// fixture server, RDAP answers from a loopback fixture registry found through a fixture bootstrap
// file, a JPRS WHOIS import, then the clusters. The two commands run in-process (registered on a
// fresh commander program, exit codes as main.ts decides them); the crawl runs the real bin.
import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exitCodeOf } from '../../src/cli/exit.ts';
import { registerPivot } from '../../src/cli/pivot.ts';
import { registerRdap } from '../../src/cli/rdap.ts';
import { hoptrace, LOOPBACK } from '../fixtures/cli.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

const RECORDS = fileURLToPath(new URL('../fixtures/rdap/', import.meta.url));
const RDAP_DOMAINS = ['shop-alpha.test', 'alpha-pay.test', 'beta-gift.test', 'delta-win.test', 'epsilon-bonus.test', 'zeta-news.test'];

let server: FixtureServer;
const dir = mkdtempSync(join(tmpdir(), 'hoptrace-pivot-'));
const db = join(dir, 'pivot.sqlite');

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const program = new Command('hoptrace').exitOverride();
  registerRdap(program);
  registerPivot(program);
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  let code = 0;
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (e) {
    code = exitCodeOf(e);
    stderr += (e as Error).message;
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return { code, stdout, stderr };
}

function page(blocks: number, head = ''): string {
  return `<html><head><title>offer</title>${head}</head><body>${'<div><p>win</p></div>'.repeat(blocks)}</body></html>`;
}

beforeAll(async () => {
  server = await startFixtureServer();
  server.redirect('start.shop-alpha.test', '/', 302, server.url('login.alpha-pay.test', '/signin'));
  server.page('login.alpha-pay.test', '/signin', page(1, `<script>gtag('config', 'UA-24681357-2')</script>`));
  server.page('www.beta-gift.test', '/', page(2, '<script async src="https://www.googletagmanager.com/gtag/js?id=UA-24681357-2"></script>'));
  server.page('www.gamma-prize.test', '/', page(3));
  server.page('delta-win.test', '/', page(4), { 'set-cookie': 'PHPSESSID=1; path=/' });
  server.page('epsilon-bonus.test', '/', page(5));
  server.page('zeta-news.test', '/', page(6), { 'set-cookie': 'PHPSESSID=2; path=/' });

  server.route('iana.registry.test', '/dns.json', (_q, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ version: '1.0', services: [[['example'], ['https://rdap.invalid/']], [['test'], [server.url('rdap.registry.test', '/rdap/')]]] }));
  });
  for (const d of RDAP_DOMAINS) {
    // One registry hands zeta-news over to another server: the client follows, still mapped-only.
    const host = d === 'zeta-news.test' ? 'rdap2.registry.test' : 'rdap.registry.test';
    server.route(host, `/rdap/domain/${d}`, (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rdap+json' });
      res.end(readFileSync(join(RECORDS, `${d}.json`)));
    });
  }
  server.redirect('rdap.registry.test', '/rdap/domain/zeta-news.test', 302, server.url('rdap2.registry.test', '/rdap/domain/zeta-news.test'));

  const urls = [
    server.url('start.shop-alpha.test', '/'),
    server.url('www.beta-gift.test', '/'),
    server.url('www.gamma-prize.test', '/'),
    server.url('delta-win.test', '/'),
    server.url('epsilon-bonus.test', '/'),
    server.url('zeta-news.test', '/'),
  ];
  writeFileSync(join(dir, 'urls.txt'), `${urls.join('\n')}\n`);
  const crawl = await hoptrace(['crawl', join(dir, 'urls.txt'), '--engine', 'http', ...LOOPBACK, '--db', db, '--job', 'lures', '--concurrency', '2']);
  if (crawl.code !== 0) throw new Error(`crawl failed: ${crawl.stderr}`);
});
afterAll(() => server?.close());

type JsonCluster = { domains: string[]; links: { kind: string; value: string; domains: string[] }[]; visits: string[]; explanation: string };

async function clusters(): Promise<JsonCluster[]> {
  const r = await run(['pivot', 'lures', '--db', db, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { clusters: JsonCluster[] }).clusters;
}

describe('hoptrace pivot and rdap', () => {
  it('before any registration data, joins only the two lures sharing an analytics id (the host-mapped 127.0.0.1 links nothing)', async () => {
    const cs = await clusters();
    expect(cs.map((c) => c.domains)).toEqual([['alpha-pay.test', 'beta-gift.test']]);
    expect(cs[0]!.links).toEqual([{ kind: 'analytics-id', value: 'google-ua:UA-24681357-2', domains: ['alpha-pay.test', 'beta-gift.test'] }]);
    expect(cs[0]!.visits).toHaveLength(2);
  });

  it('refuses an unmapped RDAP server under --mapped-only without contacting anything', async () => {
    const before = server.hits.length;
    const r = await run(['rdap', 'shop-alpha.test', '--db', db, '--rdap-base', server.url('rdap.registry.test', '/rdap'), '--mapped-only']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/shop-alpha\.test: .*not mapped \(--mapped-only\)/);
    expect(server.hits.length).toBe(before);
  });

  it('imports a saved JPRS WHOIS record, then fetches the rest of the job over RDAP via the bootstrap file', async () => {
    const imp = await run(['rdap', '--db', db, '--import', join(RECORDS, 'gamma-prize.test.whois'), '--json']);
    expect(imp.code).toBe(0);
    expect(JSON.parse(imp.stdout).imported[0]).toMatchObject({ domain: 'gamma-prize.test', phoneNormalized: '+81312345678' });

    const r = await run(['rdap', '--job', 'lures', '--db', db, '--rdap-bootstrap', server.url('iana.registry.test', '/dns.json'), ...LOOPBACK, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { registrations: { domain: string; cached: boolean; source: string; registrantName: string }[] };
    expect(out.registrations.map((x) => [x.domain, x.cached, x.source.split(':')[0]])).toEqual([
      ['alpha-pay.test', false, 'rdap'],
      ['beta-gift.test', false, 'rdap'],
      ['delta-win.test', false, 'rdap'],
      ['epsilon-bonus.test', false, 'rdap'],
      ['gamma-prize.test', true, 'import'],
      ['shop-alpha.test', false, 'rdap'],
      ['zeta-news.test', false, 'rdap'],
    ]);
    expect(server.hitsOn('rdap.registry.test', '/rdap/domain/gamma-prize.test')).toHaveLength(0);
    expect(server.hitsOn('rdap2.registry.test', '/rdap/domain/zeta-news.test')).toHaveLength(1);
    expect(server.hitsOn('iana.registry.test', '/dns.json')).toHaveLength(1);
  });

  it('joins exactly the right domains and says why', async () => {
    const cs = await clusters();
    expect(cs.map((c) => c.domains)).toEqual([
      ['alpha-pay.test', 'beta-gift.test'],
      ['delta-win.test', 'epsilon-bonus.test'],
      ['gamma-prize.test', 'shop-alpha.test'],
    ]);
    expect(cs.map((c) => c.links.map((l) => `${l.kind} ${l.value}`))).toEqual([
      ['analytics-id google-ua:UA-24681357-2'],
      ['registrant-email ops@mailbox.example'],
      ['registrant-phone +81312345678'],
    ]);
    expect(cs[1]!.explanation).toBe(
      'these 2 domains share the registrant e-mail ops@mailbox.example; their registrant names differ (Ito Trading LLC, Kenji Ito) and so do their addresses',
    );
    expect(cs[2]!.explanation).toBe(
      'these 2 domains share the registrant phone +81312345678; their registrant names differ (Taro Yamada, 佐藤 花子) and so do their addresses',
    );
    // The shop-alpha visit redirected to alpha-pay: it belongs to both clusters.
    expect(cs[0]!.visits.filter((v) => cs[2]!.visits.includes(v))).toHaveLength(1);

    const human = await run(['pivot', 'lures', '--db', db]);
    expect(human.stdout).toContain('cluster-3: 2 domains, 2 visits');
    expect(human.stdout).toContain('why      these 2 domains share the registrant phone +81312345678');
  });

  it('answers from the cache once the registry is gone, and says so when --refresh cannot reach it', async () => {
    await server.close();
    const r = await run(['rdap', '--job', 'lures', '--db', db, '--rdap-base', 'http://rdap.registry.test:9/rdap', ...LOOPBACK, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { registrations: { domain: string; cached: boolean; phoneNormalized: string | null }[] };
    expect(out.registrations).toHaveLength(7);
    expect(out.registrations.every((x) => x.cached)).toBe(true);
    expect(out.registrations.find((x) => x.domain === 'shop-alpha.test')?.phoneNormalized).toBe('+81312345678');

    const human = await run(['rdap', 'www.shop-alpha.test', '--db', db]);
    expect(human.stdout).toMatch(/^shop-alpha\.test {2}\(cached .*, rdap\)\n {2}registrant {2}Taro Yamada \/ Yamada Shoji\n {2}e-mail {6}taro\.yamada@mail-a\.example\n {2}phone {7}\+81\.312345678 {2}\(\+81312345678\)\n/);

    const refresh = await run(['rdap', 'shop-alpha.test', '--refresh', '--db', db, '--rdap-base', 'http://rdap.registry.test:9/rdap', ...LOOPBACK]);
    expect(refresh.code).toBe(1);
    expect(refresh.stderr).toMatch(/rdap: shop-alpha\.test: .*ECONNREFUSED/);
  });

  it('rejects bad usage with exit code 2', async () => {
    expect((await run(['rdap', '--db', db])).code).toBe(2);
    expect((await run(['rdap', 'x.test', '--db', db, '--rdap-base', 'ftp://x'])).code).toBe(2);
    expect((await run(['rdap', '--db', db, '--import', join(dir, 'missing.whois')])).code).toBe(2);
    expect((await run(['pivot', 'nope', '--db', db])).code).toBe(2);
  });
});
