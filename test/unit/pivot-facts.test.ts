import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Hop, RecordedResponse, Visit } from '../../src/model.ts';
import { findAnalyticsIds } from '../../src/pivot/analytics.ts';
import { registrableDomain } from '../../src/pivot/domains.ts';
import { readJobOptions } from '../../src/records/job-options.ts';
import { factsOfRegistration, factsOfVisit, mappedIpsOf, type Fact } from '../../src/pivot/facts.ts';
import { parseWhois } from '../../src/pivot/registration.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function hop(url: string, extra: Partial<Hop> = {}): Hop {
  return {
    seq: 0, branch: 0, url, method: 'GET', status: 200, cause: 'initial', serverIp: null, contentType: 'text/html',
    bodySha256: null, blocked: null, startedAt: '2024-01-01T00:00:00.000Z', durationMs: 1, setCookies: [], ...extra,
  };
}

function visit(id: string, hops: Hop[], extra: Partial<Visit> = {}): Visit {
  return {
    id, jobId: 'job1', linkId: null, url: hops[0]!.url, persona: 'desktop-ja', engine: 'http', replayOf: null, decoy: false,
    startedAt: '', finishedAt: '', outcome: 'ok', error: null, hops: hops.map((h, seq) => ({ ...h, seq })), final: null, downloads: [], ...extra,
  };
}

function response(url: string, body: string | null, headers: [string, string][], resourceType = 'document', status = 200): RecordedResponse {
  return { order: 0, method: 'GET', url, status, headers, bodySha256: body === null ? null : sha(body), resourceType, truncated: false };
}

const pick = (facts: Fact[], kind: Fact['kind']) => facts.filter((f) => f.kind === kind).map((f) => [f.value, f.domain]);

describe('registrableDomain', () => {
  it.each([
    ['a.example-x.test', 'example-x.test'],
    ['EXAMPLE-X.TEST.', 'example-x.test'],
    ['login.secure.shop.co.jp', 'shop.co.jp'],
    ['www.eki-net.jp.abcde.cn', 'abcde.cn'],
    ['someone.blogspot.com', 'someone.blogspot.com'],
    ['203.0.113.5', '203.0.113.5'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['xn--80ak6aa92e.com', 'xn--80ak6aa92e.com'],
  ])('%s → %s', (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });
});

describe('findAnalyticsIds', () => {
  it.each([
    ["gtag('config', 'UA-24681357-2');", ['google-ua:UA-24681357-2']],
    ['<script src="https://www.googletagmanager.com/gtag/js?id=G-7XK2PQ9LMN"></script>', ['google-ga4:G-7XK2PQ9LMN']],
    ["(window,document,'script','dataLayer','GTM-W3X9K2P')", ['google-gtm:GTM-W3X9K2P']],
    ["gtag('config','AW-123456789')", ['google-ads:AW-123456789']],
    ['data-ad-client="ca-pub-1234567890123456"', ['google-adsense:ca-pub-1234567890123456']],
    ["fbq('init', '123456789012345'); fbq('track','PageView')", ['meta-pixel:123456789012345']],
    ['<img src="https://www.facebook.com/tr?id=123456789012345&ev=PageView">', ['meta-pixel:123456789012345']],
    ['ym(87654321, "init", {clickmap:true})', ['yandex-metrika:87654321']],
    ["ttq.load('C4ABCDEFGHIJ1234567K');", ['tiktok-pixel:C4ABCDEFGHIJ1234567K']],
    ['(window, document, "clarity", "script", "k3xq9z7w2a");', ['ms-clarity:k3xq9z7w2a']],
    ['h._hjSettings={hjid:1234567,hjsv:6}', ['hotjar:1234567']],
    ['hm.src = "https://hm.baidu.com/hm.js?0123456789abcdef0123456789abcdef";', ['baidu-tongji:0123456789abcdef0123456789abcdef']],
    // A bare G-… word in text is a product code, not a GA4 id.
    ['Buy the G-SHOCKER2000 watch today', []],
    ['no tags here, UA-12 is too short', []],
  ])('%s', (text, ids) => {
    expect(findAnalyticsIds(text)).toEqual(ids);
  });
});

describe('factsOfVisit', () => {
  const lure = '<html><head><script>gtag("config","UA-24681357-2")</script></head><body>login</body></html>';
  const script = "fbq('init', '998877665544332');";
  const icon = 'ICO-bytes';
  const blobs = new Map([lure, script, icon].map((b) => [sha(b), Buffer.from(b)]));
  const v = visit(
    'v1',
    [
      hop('http://start.shop-alpha.test/?u=1', { status: 302, serverIp: '127.0.0.1', setCookies: ['PHPSESSID=abc; path=/'] }),
      hop('https://login.alpha-pay.test/signin', {
        cause: 'http',
        serverIp: '203.0.113.5',
        bodySha256: sha(lure),
        setCookies: ['__cf_bm=x; HttpOnly', 'sid=1'],
        tls: { subject: 'CN=login.alpha-pay.test', issuer: "CN=R3, O=Let's Encrypt", sans: ['login.alpha-pay.test', 'www.beta-gift.test'], validFrom: null, validTo: null, fingerprint: null },
      }),
      hop('http://blocked.delta-win.test/', { cause: 'script', status: null, blocked: 'host is not mapped' }),
    ],
    {
      final: { url: 'https://login.alpha-pay.test/signin', status: 200, title: '', category: 'credential-phishing', evidence: [], textExcerpt: '', screenshot: null },
      branchFinals: [
        {
          branch: 0, url: 'https://login.alpha-pay.test/signin', status: 200, title: '', text: '', forms: [], links: [], imageAlts: [],
          domHash: 'd0d0', screenshot: null, downloads: [], chain: [], classification: { category: 'credential-phishing', evidence: [] },
        },
      ],
    },
  );
  const responses = [
    response('https://login.alpha-pay.test/signin', lure, [['Content-Type', 'text/html; charset=utf-8']]),
    response('https://cdn.third.test/pixel.js', script, [['content-type', 'application/javascript']], 'script'),
    response('https://login.alpha-pay.test/favicon.ico', icon, [['content-type', 'image/x-icon']], 'other'),
    response('https://www.googletagmanager.com/gtag/js?id=G-7XK2PQ9LMN', null, [], 'script'),
    response('https://login.alpha-pay.test/missing.ico', 'not found', [['content-type', 'image/x-icon']], 'other', 404),
  ];
  const facts = factsOfVisit(v, responses, (h) => blobs.get(h) ?? null, { mappedIps: new Set(['127.0.0.1']) });

  it('names every host and registrable domain on the chain, refused hops included', () => {
    expect(pick(facts, 'host')).toEqual([
      ['start.shop-alpha.test', 'shop-alpha.test'],
      ['login.alpha-pay.test', 'alpha-pay.test'],
      ['blocked.delta-win.test', 'delta-win.test'],
    ]);
    expect(pick(facts, 'domain').map(([d]) => d)).toEqual(['shop-alpha.test', 'alpha-pay.test', 'delta-win.test']);
    expect(facts.every((f) => f.visitId === 'v1')).toBe(true);
  });

  it('keeps real server addresses and drops the host-mapped one', () => {
    expect(pick(facts, 'server-ip')).toEqual([['203.0.113.5', 'alpha-pay.test']]);
  });

  it('identifies the certificate by subject, issuer and sorted SANs when it has no fingerprint', () => {
    expect(pick(facts, 'tls-cert')).toEqual([
      ["subject=CN=login.alpha-pay.test; issuer=CN=R3, O=Let's Encrypt; sans=login.alpha-pay.test,www.beta-gift.test", 'alpha-pay.test'],
    ]);
  });

  it('hashes the favicon (a 404 icon is not one) and takes the final page DOM hash', () => {
    expect(pick(facts, 'favicon')).toEqual([[sha(icon), 'alpha-pay.test']]);
    expect(pick(facts, 'dom-hash')).toEqual([['d0d0', 'alpha-pay.test']]);
  });

  it('finds tag ids in the page, in its scripts and in request URLs, all owned by the page', () => {
    expect(pick(facts, 'analytics-id').sort()).toEqual([
      ['google-ga4:G-7XK2PQ9LMN', 'alpha-pay.test'],
      ['google-ua:UA-24681357-2', 'alpha-pay.test'],
      ['meta-pixel:998877665544332', 'alpha-pay.test'],
    ]);
  });

  it('names cookies by their name only', () => {
    expect(pick(facts, 'cookie-name')).toEqual([
      ['PHPSESSID', 'shop-alpha.test'],
      ['__cf_bm', 'alpha-pay.test'],
      ['sid', 'alpha-pay.test'],
    ]);
  });

  it('prefers the certificate fingerprint when the engine saw one', () => {
    const tls = { subject: 'CN=a', issuer: 'CN=b', sans: [], validFrom: null, validTo: null, fingerprint: 'ab:cd' };
    const f = factsOfVisit(visit('v2', [hop('https://x.example-x.test/', { tls })]), [], () => null);
    expect(pick(f, 'tls-cert')).toEqual([['ab:cd', 'example-x.test']]);
  });
});

describe('mappedIpsOf and factsOfRegistration', () => {
  it('reads the host map a job stored in its options', () => {
    expect([...mappedIpsOf(readJobOptions({ hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }, { pattern: 'evil.example', ip: '198.51.100.7' }] }))]).toEqual([
      '127.0.0.1',
      '198.51.100.7',
    ]);
    expect(mappedIpsOf(readJobOptions({})).size).toBe(0);
  });

  it('turns a registration into registrant facts, the phone normalised', () => {
    const r = parseWhois('Domain Name: www.omega.test\nRegistrant Name: A\nRegistrant Phone: 03-1111-2222\nRegistrar: R', undefined);
    expect(factsOfRegistration(r).map((f) => [f.kind, f.value, f.domain])).toEqual([
      ['domain', 'omega.test', 'omega.test'],
      ['registrant-phone', '+81311112222', 'omega.test'],
      ['registrant-name', 'A', 'omega.test'],
      ['registrar', 'R', 'omega.test'],
    ]);
  });
});
