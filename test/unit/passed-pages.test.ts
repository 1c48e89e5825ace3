// Pages a chain passed through are judged by their content, read back from the stored bodies:
// a fake "scan" page at an address with no telltale word is flagged with evidence from its text.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { classifyVisit } from '../../src/classify/classify.ts';
import { loadRules } from '../../src/classify/rules.ts';
import type { Hop } from '../../src/model.ts';
import { passedPages, snapshotFromHtml } from '../../src/page/snapshot.ts';

const rules = loadRules();
const hop = (seq: number, url: string, status: number | null, body: string | null, extra: Partial<Hop> = {}): Hop => ({
  seq, branch: 0, url, method: 'GET', status, cause: seq ? 'script' : 'initial', serverIp: '127.0.0.1', contentType: 'text/html; charset=Shift_JIS',
  bodySha256: body, blocked: null, startedAt: '2026-01-01T00:00:00Z', durationMs: 1, setCookies: [], ...extra,
});

const SCAN = '<title>結果</title><h1>【チェック結果】ウイルスは発見されませんでした。</h1><p>スキャン完了 100%</p><script>setTimeout(() => location.replace("/w"), 1200)</script>';
const bodies = new Map<string, Buffer>([
  ['tracker', Buffer.from('')],
  ['scan', iconv.encode(SCAN, 'Shift_JIS')],
  ['land', Buffer.from('<title>出会い</title><p>セフレ 人妻 インターネット異性紹介事業</p>')],
  ['image', Buffer.from('GIF89a')],
]);
const hops = [
  hop(0, 'http://t.stress-track.test/c', 302, null),
  hop(1, 'http://result.lookalike.test/r', 200, 'scan'),
  hop(2, 'http://cdn.lookalike.test/x.gif', 200, 'image', { contentType: 'image/gif' }),
  hop(3, 'http://www.deai.test/', 200, 'land'),
];

describe('passedPages', () => {
  it('reads every document before the last of each branch from its body, in its charset', () => {
    const pages = passedPages(hops, (sha) => bodies.get(sha) ?? null);
    expect(pages.map((p) => [p.url, p.title])).toEqual([['http://result.lookalike.test/r', '結果']]);
    expect(pages[0]!.text).toContain('ウイルスは発見されませんでした');
    expect(pages[0]!.chain.map((c) => c.url)).toEqual([hops[0]!.url, hops[1]!.url]);
  });

  it('lets the classifier flag the chain by the page it passed, with evidence from its text', () => {
    const final = snapshotFromHtml(bodies.get('land')!.toString(), { url: hops[3]!.url, status: 200 });
    const passed = passedPages(hops, (sha) => bodies.get(sha) ?? null);
    const without = classifyVisit([final], hops, 'ok', null, rules);
    expect(without.final.evidence.some((e) => e.rule === 'chain:fake-scan')).toBe(false);
    const withPassed = classifyVisit([final], hops, 'ok', null, rules, passed);
    expect(withPassed.final.category).toBe('dating');
    expect(withPassed.final.evidence).toContainEqual({ rule: 'chain:fake-scan', detail: expect.stringMatching(/^passed through http:\/\/result\.lookalike\.test\/r \(fake-scan\./) });
  });

  it('names a page flagged by its address and by its text once, with both reasons', () => {
    const byUrl = hops.map((h, i) => (i === 1 ? { ...h, url: 'http://virus-check.lookalike.test/r' } : h));
    const final = snapshotFromHtml(bodies.get('land')!.toString(), { url: byUrl[3]!.url, status: 200 });
    const { final: c } = classifyVisit([final], byUrl, 'ok', null, rules, passedPages(byUrl, (sha) => bodies.get(sha) ?? null));
    const flags = c.evidence.filter((e) => e.rule === 'chain:fake-scan');
    expect(flags).toHaveLength(1);
    expect(flags[0]!.detail).toMatch(/^passed through http:\/\/virus-check\.lookalike\.test\/r \(fake-scan\.passed-scan-page: .*; fake-scan\.result/);
  });

  it('a chain that moved on from a page into an error landed on that page; a refusal or a page judged unknown does not', () => {
    const card = Buffer.from('<title>PayPal</title><meta http-equiv="refresh" content="5; URL=sms.php"><form action="post.php"><input name="cardnumber" placeholder="Card number"><input name="cvv"></form>');
    const chainTo = (last: Hop) => [hop(0, 'http://pay.lookalike.test/cc.php', 200, 'card', { contentType: 'text/html' }), last];
    const read = (hops: Hop[]) => passedPages(hops, (sha) => (sha === 'card' ? card : (bodies.get(sha) ?? null)));
    const gone = chainTo(hop(1, 'http://pay.lookalike.test/sms.php', 404, null, { cause: 'meta-refresh' }));
    const notFound = snapshotFromHtml('<title>404 Not Found</title>', { url: gone[1]!.url, status: 404 });
    const { final } = classifyVisit([notFound], gone, 'ok', null, rules, read(gone));
    expect(final.category).toBe('credential-phishing');
    expect(final.evidence[0]).toEqual({ rule: 'chain:dead-end', detail: expect.stringMatching(/HTTP status 404.*after http:\/\/pay\.lookalike\.test\/cc\.php/) });
    const refused = chainTo(hop(1, 'http://elsewhere.example/', null, null, { blocked: 'not mapped' }));
    expect(classifyVisit([], refused, 'blocked', null, rules, read(refused)).final.category).toBe('blocked');
    const blank = [hop(0, 'http://t.test/r', 200, 'tracker', { contentType: 'text/html' }), hop(1, 'http://t.test/gone', 404, null)];
    expect(classifyVisit([], blank, 'ok', null, rules, passedPages(blank, (sha) => bodies.get(sha) ?? null)).final.category).toBe('error');
  });

  it('skips hops without a body, refused hops and the last page', () => {
    expect(passedPages([hop(0, 'http://a.test/', null, null, { blocked: 'refused' }), hop(1, 'http://b.test/', 200, 'scan')], (s) => bodies.get(s) ?? null)).toEqual([]);
  });
});
