import { describe, expect, it } from 'vitest';
import { classifyPage, classifyVisit } from '../../src/classify/classify.ts';
import { normalizeText } from '../../src/classify/normalize.ts';
import { loadRules } from '../../src/classify/rules.ts';
import type { Category, Hop, PageSnapshot } from '../../src/model.ts';

const rules = loadRules();

function snap(over: Partial<PageSnapshot> = {}): PageSnapshot {
  return {
    branch: 0, url: 'http://landing.test/', status: 200, title: '', text: '', forms: [], links: [],
    imageAlts: [], domHash: null, screenshot: null, downloads: [], chain: [], ...over,
  };
}

// A news site's page links to its sections and other stories.
const siteLinks = Array.from({ length: 40 }, (_, i) => ({ url: `http://landing.test/news/${i}`, text: `記事 ${i}` }));

const passwordForm = { action: null, method: 'post', inputs: [{ type: 'email', name: 'id' }, { type: 'password', name: 'pw' }] };

describe('classifyPage, one small page per category', () => {
  const cases: [Category, Partial<PageSnapshot>][] = [
    ['dating', { title: '近所で出会える', text: '人妻 女性会員 プロフィール メッセージ 年齢確認 インターネット異性紹介事業' }],
    ['fake-scan', { title: 'スキャン結果', text: 'ウイルスは発見されませんでした スキャン完了' }],
    ['credential-phishing', { title: 'Amazon サインイン', text: 'アカウントを一時的にロックしました 本人確認', forms: [passwordForm] }],
    ['email-harvest', { text: '空メールを送信するだけで登録完了', links: [{ url: 'mailto:reg@list.test', text: '登録' }] }],
    ['prize-scam', { title: 'おめでとうございます', text: 'あなたが当選しました。アンケートに答えて賞品を受け取る 残り3個' }],
    ['tech-support-scam', { text: 'このウィンドウを閉じないでください。Microsoftサポートにお電話ください 050-1234-5678' }],
    ['malware-download', { text: '', downloads: [{ url: 'http://landing.test/a.exe', filename: 'a.exe', mime: 'application/x-msdownload', size: 10, sha256: '' }] }],
    ['parked', { title: 'example.test', text: 'This domain is for sale. Related searches' }],
    ['adult', { title: '無料エロ動画', text: 'アダルト 無修正 熟女 18歳未満の方は閲覧できません' }],
    ['benign', { title: 'ニュース', text: `記事 編集部 配信 関連記事 ${'市議会は来年度の予算案を可決した。公園や学校の改修費が盛り込まれている。'.repeat(120)} 利用規約 プライバシーポリシー © 2024`, links: siteLinks }],
    ['unknown', { title: 'hello', text: 'just some words' }],
    ['error', { status: 404, text: 'Not Found' }],
  ];
  it.each(cases)('%s', (category, over) => {
    const result = classifyPage(snap(over), rules);
    expect(result.category).toBe(category);
    expect(result.evidence.length).toBeGreaterThan(0);
  });
});

describe('text normalisation', () => {
  it.each([
    ['ｳｲﾙｽ は 発見 されませんでした', 'ウイルスは発見されませんでした'],
    ['ＰＡＳＳＷＯＲＤ  Reset', 'password reset'],
    ['当　選 しました', '当選しました'],
    ['Hello   World', 'hello world'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('matches full-width, half-width and spaced Japanese pages against the same rules', () => {
    const plain = classifyPage(snap({ text: 'ウイルスは発見されませんでした スキャン完了' }), rules);
    const folded = classifyPage(snap({ text: 'ｳｲﾙｽ は 発見 されませんでした　ｽｷｬﾝ 完了' }), rules);
    expect(plain.category).toBe('fake-scan');
    expect(folded.category).toBe('fake-scan');
    expect(folded.evidence.map((e) => e.rule)).toEqual(plain.evidence.map((e) => e.rule));
  });
});

describe('priorities and brands', () => {
  it('a password form naming a bank is credential-phishing even when it says 登録', () => {
    const page = snap({
      url: 'http://secure-touroku.test/',
      title: '三菱UFJ銀行 新規登録',
      text: '会員登録 新規登録 登録する メールアドレスを登録',
      forms: [{ action: null, method: 'post', inputs: [{ type: 'email', name: 'mail' }, { type: 'password', name: 'pw' }] }],
    });
    const result = classifyPage(page, rules);
    expect(result.category).toBe('credential-phishing');
    expect(result.brand).toBe('MUFG');
    expect(result.confidence).toBeGreaterThan(0.5);
    expect(result.evidence.find((e) => e.rule === 'intent')?.detail).toMatch(/asks for password and names "MUFG" in title.*secure-touroku\.test is not/);
  });

  it('the same login on the brand’s own domain is not phishing', () => {
    const page = snap({ url: 'https://www.amazon.co.jp/ap/signin', title: 'Amazon サインイン', text: '利用規約 プライバシー', forms: [passwordForm] });
    expect(classifyPage(page, rules).category).not.toBe('credential-phishing');
  });

  it('a news page about a virus is not a fake scan, even when its headline says infected', () => {
    const body = 'コンピューターウイルスに感染しています、と表示する偽の警告が増えている。'.repeat(120);
    const page = snap({ title: 'ウイルスに感染しています？偽警告に注意 | ニュース', text: `記事 配信 編集部 関連記事 ${body}`, links: siteLinks });
    expect(classifyPage(page, rules).category).toBe('benign');
  });

  it('evidence names the rule, what matched and where', () => {
    const result = classifyPage(snap({ title: '出会い', text: 'セフレ募集' }), rules);
    expect(result.evidence).toContainEqual({ rule: 'intent', detail: 'dating.title holds' });
    expect(result.evidence.find((e) => e.rule === 'dating.strong-text')?.detail).toMatch(/^dating\.strong-text: text matched "セフレ" \(\+[\d.]+\)$/);
    expect(result.evidence.at(-1)?.detail).toMatch(/^dating p=[\d.]+ \(threshold [\d.]+\)/);
  });
});

describe('visit outcomes', () => {
  it.each([
    ['error', { status: null }, { outcome: 'error' as const, error: 'getaddrinfo ENOTFOUND x.test' }, 'getaddrinfo ENOTFOUND x.test'],
    ['error', { status: null }, { outcome: 'timeout' as const, error: null }, 'visit ended with timeout'],
    ['error', { status: 503, text: 'Service Unavailable' }, {}, 'HTTP status 503'],
    ['blocked', { status: null, chain: [{ url: 'http://10.0.0.1/', status: null, cause: 'http' as const, blocked: 'private address' }] }, {}, 'private address'],
    ['blocked', { status: null }, { outcome: 'blocked' as const, error: 'host not mapped' }, 'host not mapped'],
  ])('%s: %j %j', (category, over, ctx, detail) => {
    const result = classifyPage(snap(over), rules, ctx);
    expect(result.category).toBe(category);
    expect(result.evidence[0].detail).toContain(detail);
  });

  it('a downloaded executable wins over an error status', () => {
    const dl = { url: 'http://x.test/f.zip', filename: 'invoice.zip', mime: 'application/zip', size: 1, sha256: '' };
    expect(classifyPage(snap({ status: 500, downloads: [dl] }), rules).category).toBe('malware-download');
  });
});

describe('classifyVisit', () => {
  const hop = (seq: number, branch: number, url: string, status: number | null = 200): Hop => ({
    seq, branch, url, method: 'GET', status, cause: seq === 0 ? 'initial' : 'http', serverIp: '127.0.0.1', contentType: 'text/html',
    bodySha256: null, blocked: null, startedAt: '2024-01-01T00:00:00Z', durationMs: 1, setCookies: [],
  });
  const dating = { title: '出会い', text: 'セフレ 人妻 インターネット異性紹介事業' };

  it('flags a scan page the chain passed through, by its address', () => {
    const hops = [hop(0, 0, 'http://mail-link.test/c/1', 302), hop(1, 0, 'http://check.test/virus-scan/result'), hop(2, 0, 'http://deai.test/')];
    const { final } = classifyVisit([snap({ url: 'http://deai.test/', ...dating })], hops, 'ok', null, rules);
    expect(final.category).toBe('dating');
    const flag = final.evidence.find((e) => e.rule === 'chain:fake-scan');
    expect(flag?.detail).toContain('passed through http://check.test/virus-scan/result');
  });

  it('flags an intermediate page from its snapshot, and classifies every branch', () => {
    const hops = [hop(0, 0, 'http://a.test/'), hop(1, 0, 'http://deai.test/'), hop(2, 1, 'http://pop.test/')];
    const scan = snap({ url: 'http://a.test/', text: 'ウイルスは発見されませんでした スキャン完了' });
    const popup = snap({ branch: 1, url: 'http://pop.test/', title: 'おめでとうございます', text: '当選しました 賞品を受け取る プレゼント' });
    const { final, branches } = classifyVisit([scan, snap({ url: 'http://deai.test/', ...dating }), popup], hops, 'ok', null, rules);
    expect(final.category).toBe('dating');
    expect(final.evidence).toContainEqual({ rule: 'chain:fake-scan', detail: expect.stringContaining('passed through http://a.test/') });
    expect(branches.map((b) => b.category)).toEqual(['dating', 'prize-scam']);
  });

  it('with no page at all, the visit outcome decides', () => {
    const { final, branches } = classifyVisit([], [hop(0, 0, 'http://gone.test/', null)], 'error', 'ECONNREFUSED', rules);
    expect(final.category).toBe('error');
    expect(final.evidence[0].detail).toBe('ECONNREFUSED');
    expect(branches).toHaveLength(1);
  });
});
