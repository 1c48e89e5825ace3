// The HTML report opened in the project's own Chromium: what a researcher sees, and proof that
// hostile strings from a trace neither run nor fetch anything.
import { DEFAULT_JOB_OPTIONS } from '../../src/records/job-options.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCloaking } from '../../src/diff/cloaking.ts';
import { TRACE_FORMAT, type Hop, type HopCause, type TraceBundle, type Visit } from '../../src/model.ts';
import { escapeHtml, renderReport } from '../../src/report/html.ts';

/** expect.poll gives up after 1 s by default; a loaded machine can take longer to decode an image. */
const POLL = { timeout: 30_000 };

const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">';
const HOSTILE_SCRIPT = '</script><script>window.__pwned=2</script>';
const HOSTILE_URL = 'http://evil.test/"><svg onload="window.__pwned=4">?q=\'><link rel=stylesheet href=http://evil.test/x.css>';
const JS_URL = 'javascript:window.__pwned=5';
const OUT = join(tmpdir(), 'hoptrace-report-e2e');

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.HOPTRACE_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
});
afterAll(async () => {
  await browser?.close();
});

function hop(seq: number, branch: number, url: string, status: number | null, cause: HopCause, extra: Partial<Hop> = {}): Hop {
  return {
    seq, branch, url, method: 'GET', status, cause, serverIp: '127.0.0.1', contentType: 'text/html', bodySha256: null,
    blocked: null, startedAt: '2025-05-01T10:00:00.000Z', durationMs: 20 + seq, setCookies: [], ...extra,
  };
}

function visit(id: string, persona: string, hops: Hop[], final: Partial<NonNullable<Visit['final']>>): Visit {
  return {
    id, jobId: 'job-1', linkId: 'link-1', url: hops[0].url, persona, engine: 'browser', replayOf: null, decoy: false,
    startedAt: '2025-05-01T10:00:00.000Z', finishedAt: '2025-05-01T10:00:03.200Z', outcome: 'ok', error: null, hops,
    final: { url: hops.filter((h) => h.branch === 0).at(-1)!.url, status: 200, title: '', category: 'unknown', evidence: [],
      textExcerpt: '', screenshot: null, ...final },
    downloads: [],
  };
}

function hostileBundle(screenshotSha: string): TraceBundle {
  const lure = 'http://lure.test/c/YWxpY2VAZXhhbXBsZS5qcA?e=alice%40example.jp';
  const desktop = visit('visit-desktop', 'desktop-ja', [
    hop(0, 0, lure, 302, 'initial'),
    hop(1, 0, 'http://trk.ads.test/r?uid=YWxpY2VAZXhhbXBsZS5qcA', 200, 'http'),
    hop(2, 0, 'http://scan.fake.test/virus-check', 200, 'script'),
    hop(3, 0, HOSTILE_URL, 200, 'meta-refresh'),
    hop(4, 0, 'http://10.0.0.5/internal', null, 'script', { blocked: 'private address 10.0.0.5' }),
    hop(5, 1, 'http://pop.ads.test/win', 200, 'popup'),
    hop(6, 1, JS_URL, null, 'script', { blocked: 'scheme javascript: not followed' }),
  ], {
    category: 'dating', title: HOSTILE_TITLE, screenshot: screenshotSha,
    evidence: [{ rule: 'dating-words', detail: '<iframe src="javascript:alert(1)"></iframe> 出会い' }],
  });
  desktop.downloads = [{ url: 'http://dl.evil.test/a.exe', filename: '<script>alert(document.domain)</script>.exe',
    mime: 'application/x-msdownload', size: 1234, sha256: 'c0ffee'.repeat(10) + 'abcd' }];
  const mobile = visit('visit-mobile', 'mobile-ja', [
    hop(0, 0, lure, 302, 'initial'),
    hop(1, 0, 'http://trk.ads.test/r?uid=YWxpY2VAZXhhbXBsZS5qcA', 302, 'http'),
    hop(2, 0, 'http://login.bank-verify.test/signin', 200, 'http'),
  ], { category: 'credential-phishing', title: HOSTILE_SCRIPT, screenshot: 'not-a-png',
    evidence: [{ rule: 'password-form', detail: 'form posts password to login.bank-verify.test' }] });
  return {
    format: TRACE_FORMAT,
    jobs: [{ id: 'job-1', name: `demo </title><meta http-equiv="refresh" content="0;url=http://evil.test/">`, createdAt: '2025-05-01T09:59:00.000Z', status: 'done', options: DEFAULT_JOB_OPTIONS }],
    messages: [{
      id: 'msg-1', jobId: 'job-1', source: 'mail/virus.eml', messageId: '<a@b>', subject: HOSTILE_TITLE, date: '2025-05-01T08:00:00.000Z',
      from: { address: 'support@norton-security.test', name: HOSTILE_SCRIPT }, recipients: ['alice@example.jp'],
      sender: { findings: [{ kind: 'lookalike-domain', detail: 'norton-security.test imitates norton.com', brand: 'Norton' }] },
      links: [
        { id: 'link-1', messageId: 'msg-1', url: lure, wrappedUrl: null, text: 'scan now', kind: 'anchor', visited: true, refused: null },
        { id: 'link-2', messageId: 'msg-1', url: JS_URL, wrappedUrl: null, text: null, kind: 'anchor', visited: false, refused: 'not a web URL' },
        { id: 'link-3', messageId: 'msg-1', url: HOSTILE_URL, wrappedUrl: null, text: null, kind: 'beacon', visited: false, refused: 'beacon' },
      ],
      errors: [],
    }],
    visits: [desktop, mobile],
    tokens: [{ jobId: 'job-1', linkId: 'link-1', url: lure, component: 'path[2]', value: 'YWxpY2VAZXhhbXBsZS5qcA', kind: 'per-recipient',
      format: 'base64url', recipient: 'alice@example.jp', derivation: 'base64url(email)', seenOnHosts: ['trk.ads.test', "x' onmouseover='window.__pwned=6"] }],
  };
}

describe('HTML report in Chromium', () => {
  it('shows the job, stays inert with hostile strings, and fetches nothing', async () => {
    mkdirSync(OUT, { recursive: true });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Belt and braces: nothing may leave, even if the report tried.
    await context.route(/^(https?|wss?|ftp):/i, (route) => route.abort());
    const page = await context.newPage();

    await page.setContent('<body style="margin:0;font:32px sans-serif;background:#ffe9e9;color:#a00;padding:40px">' +
      '<h1>⚠ 3 viruses found</h1><p>Your device is infected. Scan now!</p></body>');
    const png = await page.screenshot();
    const bundle = hostileBundle('shot-1');
    const cloaking = findCloaking(bundle.visits, { tokens: bundle.tokens });
    expect(cloaking).toHaveLength(1);
    const html = renderReport(bundle, {
      getBlob: (sha) => (sha === 'shot-1' ? png : sha === 'not-a-png' ? Buffer.from('<svg onload=alert(1)>') : null),
      cloaking,
      generatedAt: '2025-05-02T00:00:00.000Z',
      pivot: [{ domains: ['trk.ads.test', 'x.test'], explanation: HOSTILE_SCRIPT, links: [{ kind: 'analytics-id', value: HOSTILE_SCRIPT, domains: ['trk.ads.test', 'x.test'] }] }],
    });
    const file = join(OUT, 'report.html');
    writeFileSync(file, html);

    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForLoadState('load');

    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:'))).toEqual([]);
    expect(page.url()).toBe(pathToFileURL(file).href);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('a, iframe, svg, link[rel=stylesheet], [onerror], [onload], [onmouseover]').count()).toBe(0);
    expect(await page.locator('img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src.slice(0, 22)))).toEqual([
      'data:image/png;base64,',
    ]);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'none'");

    const count = (id: string) => page.locator(`[data-count="${id}"]`).innerText();
    expect([await count('messages'), await count('links'), await count('visits'), await count('cloaked'), await count('tokens')])
      .toEqual(['1', '3', '2', '1', '1']);
    const visitDesktop = page.locator('#visit-visit-desktop');
    expect(await visitDesktop.locator('.hop').count()).toBe(7);
    expect(await visitDesktop.locator('.branch').count()).toBe(2);
    expect(await page.locator('#visit-visit-mobile .hop').count()).toBe(3);
    expect(await visitDesktop.locator('.visit-head .badge').innerText()).toBe('dating');
    expect(await page.locator('#visit-visit-mobile .visit-head .badge').innerText()).toBe('credential-phishing');
    await expect.poll(() => visitDesktop.locator('img.shot').evaluate((i) => (i as HTMLImageElement).naturalWidth), POLL).toBeGreaterThan(0);
    expect(await page.locator('#visit-visit-mobile .shot.none').innerText()).toBe('screenshot missing');

    // The hostile strings are shown, as text.
    expect(await visitDesktop.locator('.title').innerText()).toBe(HOSTILE_TITLE);
    expect(await page.locator('#visit-visit-mobile .title').innerText()).toBe(HOSTILE_SCRIPT);
    expect(await page.locator('.message h3').innerText()).toBe(HOSTILE_TITLE);
    expect(await page.title()).toContain('</title><meta');
    const body = await page.locator('body').innerText();
    expect(body).toContain('hxxp://lure[.]test/c/YWxpY2VAZXhhbXBsZS5qcA?e=alice%40example.jp');
    expect(body).toContain('javascript[:]window.__pwned=5');
    expect(body).toContain('<script>alert(document.domain)</script>.exe');
    expect(body).toContain('scheme javascript: not followed');
    expect(body).toContain('diverges at hop 1');
    expect(await page.locator('.cloak table.diff tr.op-changed').count()).toBeGreaterThan(0);

    await page.screenshot({ path: join(OUT, 'report.png'), fullPage: true });
    await context.close();
  });
});

describe('report text', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    [`" onmouseover='x' \``, '&quot; onmouseover=&#39;x&#39; &#96;'],
    ['a&b\u001b[2J\u202e', 'a&amp;b\\x1b[2J\\u202e'],
    [null, ''],
  ])('escapes %j for text and attributes', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('renders an empty job without sections it has nothing for', () => {
    const html = renderReport({ format: TRACE_FORMAT, jobs: [], messages: [], visits: [], tokens: [] }, { getBlob: () => null });
    expect(html).toContain('data-count="visits">0<');
    expect(html).not.toContain('<h2>Visits</h2>');
    expect(html).not.toMatch(/<script|<a /i);
  });
});
