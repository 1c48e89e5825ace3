// A campaign sent to three recipients, crawled from the mails through the real CLI: the tokens
// are found and explained, the hosts that received them are in the trace, and a --decoy crawl
// never sends any real address, in any encoding, while still reaching the same landing page.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Token, TraceBundle } from '../../src/model.ts';
import { hoptrace, LOOPBACK } from '../fixtures/cli.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { recipientLeaks } from '../fixtures/tokens/leaks.ts';

const RECIPIENTS = ['Alice.Tanaka@example.jp', 'bob.yamada@example.jp', 'carol.ito@example.jp'];
const md5 = (s: string) => createHash('md5').update(s).digest('hex');
let server: FixtureServer;
const dir = mkdtempSync(join(tmpdir(), 'hoptrace-tokens-'));
const mailDir = join(dir, 'mail');

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('lure.test', '/c', (_req, res, { url }) => {
    res.writeHead(302, { location: server.url('track2.test', `/t?u=${url.searchParams.get('u')}`) });
    res.end();
  });
  server.redirect('track2.test', '/t', 302, server.url('land.test', '/'));
  server.page('land.test', '/', '<title>恋活</title><p>今すぐ出会える 登録無料</p>');
  mkdirSync(mailDir);
  RECIPIENTS.forEach((r, i) => {
    const link = server.url('lure.test', `/c?u=${Buffer.from(r).toString('base64url')}&h=${md5(r.toLowerCase())}&cid=spring26&r=${randomBytes(9).toString('hex')}`);
    writeFileSync(
      join(mailDir, `m${i}.eml`),
      [`From: Shop <news@shop.test>`, `To: ${r}`, `Subject: sale ${i}`, 'MIME-Version: 1.0',
        'Content-Type: text/html; charset=utf-8', '', `<p><a href="${link.replaceAll('&', '&amp;')}">見る</a></p>`, ''].join('\r\n'),
    );
  });
});
afterAll(() => server.close());

async function crawl(db: string, extra: string[]): Promise<TraceBundle> {
  const r = await hoptrace(['crawl', mailDir, '--engine', 'http', ...LOOPBACK, '--db', db, '--quiet', ...extra]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse((await hoptrace(['export', '--db', db, '--format', 'json'])).stdout) as TraceBundle;
}

describe('tokens of a crawled campaign', () => {
  it('finds, explains and follows the per-recipient tokens', async () => {
    const trace = await crawl(join(dir, 'plain.sqlite'), []);
    expect(trace.messages.map((m) => m.recipients[0]).sort()).toEqual([...RECIPIENTS].sort());
    expect(trace.messages.every((m) => m.links.length === 1 && m.links[0]!.visited && m.links[0]!.text === '見る')).toBe(true);
    expect(trace.visits.every((v) => trace.messages.some((m) => m.links[0]!.id === v.linkId))).toBe(true);
    const byComponent = (c: string) => trace.tokens.filter((t: Token) => t.component === c);
    const u = byComponent('query:u');
    expect(u).toHaveLength(3);
    for (const t of u) {
      // A base64url value of a length that needs no padding reads the same in both alphabets.
      expect(t.kind).toBe('per-recipient');
      expect(t.derivation).toMatch(/^base64(url)?\(email\)$/);
      expect(RECIPIENTS).toContain(t.recipient);
      expect(t.seenOnHosts).toEqual(['lure.test', 'track2.test']);
    }
    expect(byComponent('query:h').map((t) => t.derivation)).toEqual(['md5(lower(email))', 'md5(lower(email))', 'md5(lower(email))']);
    expect(byComponent('query:cid').every((t) => t.kind === 'campaign')).toBe(true);
    expect(byComponent('query:r').every((t) => t.kind === 'per-recipient' && t.format !== 'plain-email' && t.derivation === null)).toBe(true);
    const tokensCli = await hoptrace(['tokens', trace.jobs[0]!.id, '--db', join(dir, 'plain.sqlite'), '--json']);
    expect(JSON.parse(tokensCli.stdout)).toHaveLength(trace.tokens.length);
  });

  it('--decoy never sends a real address and still lands on the same page', async () => {
    const before = server.hits.length;
    const trace = await crawl(join(dir, 'decoy.sqlite'), ['--decoy']);
    const hits = server.hits.slice(before);
    expect(hits.length).toBeGreaterThanOrEqual(9);
    expect(recipientLeaks(hits, RECIPIENTS)).toEqual([]);
    expect(trace.visits).toHaveLength(3);
    for (const v of trace.visits) {
      expect(v.decoy).toBe(true);
      expect(v.final?.url).toBe(server.url('land.test', '/'));
      const derivations = v.substitutions?.map((s) => s.derivation).sort() ?? [];
      expect(derivations).toHaveLength(2);
      expect(derivations[0]).toMatch(/^base64(url)?\(email\)$/);
      expect(derivations[1]).toBe('md5(lower(email))');
      expect(v.decoyUnexplained?.length).toBeGreaterThan(0);
    }
  });
});
