// Each persona as the server and the page's own script see it, and a link that cloaks by device.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Persona } from '../../src/model.ts';
import type { NetPolicy } from '../../src/net/policy.ts';
import { createBrowserEngine, type BrowserEngine } from '../../src/engines/browser/engine.ts';
import { hasClientHints, loadPersonas, getPersona } from '../../src/personas.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

const policy: NetPolicy = { hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: true, allowPrivate: false, proxy: null };
let srv: FixtureServer;
let engine: BrowserEngine;

const visit = (url: string, persona: Persona) =>
  engine.visit({ url, persona, timeoutMs: 20_000, maxHops: 20, bodyLimit: 1_000_000, net: policy });

// The page reports what its script reads back to the server.
const REPORT_PAGE = `<title>report</title><script>
const d = navigator.userAgentData;
fetch('/report', { method: 'POST', body: JSON.stringify({
  userAgent: navigator.userAgent, platform: navigator.platform, language: navigator.language,
  languages: navigator.languages, webdriver: navigator.webdriver,
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  screen: [screen.width, screen.height], dpr: devicePixelRatio, maxTouchPoints: navigator.maxTouchPoints,
  uaData: d ? { brands: d.brands, mobile: d.mobile, platform: d.platform } : null,
}) });
</script>`;

beforeAll(async () => {
  srv = await startFixtureServer();
  // One host per persona (`desktop-ja.test`…), so each test reads only its own hits.
  srv.page('*', '/whoami', REPORT_PAGE);
  srv.route('*', '/report', (_q, res) => void res.end('ok'));
  srv.route('cloak.test', '/', (req, res) => {
    const mobile = /iPhone|Android/.test(req.headers['user-agent'] ?? '');
    res.writeHead(302, { location: srv.url(mobile ? 'phish.test' : 'harmless.test', '/') });
    res.end();
  });
  srv.page('phish.test', '/', '<title>Sign in</title><input type="password">');
  srv.page('harmless.test', '/', '<title>Welcome</title><p>nothing here</p>');
  engine = createBrowserEngine();
});

afterAll(async () => {
  await engine?.close();
  await srv?.close();
});

const dropQ = (v: string) => v.replace(/;q=[\d.]+/g, '');

describe.each(loadPersonas().map((p) => [p.name, p] as const))('persona %s', (name, p) => {
  it('tells one story to the server and to page script', async () => {
    const c = await visit(srv.url(`${name}.test`, '/whoami'), p);
    expect(c.outcome).toBe('ok');
    const pageHit = srv.hitsOn(`${name}.test`, '/whoami')[0];
    const report = srv.hitsOn(`${name}.test`, '/report')[0];
    expect(report).toBeDefined();
    const seen = JSON.parse(report.body);

    expect(seen.userAgent).toBe(p.userAgent);
    expect(pageHit.headers['user-agent']).toBe(seen.userAgent);
    expect(seen.platform).toBe(p.platform);
    expect(seen.languages.join(',')).toBe(p.acceptLanguage);
    expect(seen.language).toBe(p.locale);
    expect(dropQ(String(pageHit.headers['accept-language']))).toBe(seen.languages.join(','));
    expect(seen.webdriver).toBe(false);
    expect(seen.timeZone).toBe(p.timezone);
    expect(seen.screen).toEqual([p.screen.width, p.screen.height]);
    expect(seen.dpr).toBe(p.deviceScaleFactor);
    expect(seen.maxTouchPoints > 0).toBe(p.hasTouch);

    // Over plain http the page is no secure context: Chrome exposes no navigator.userAgentData and
    // sends no Client Hints there, so neither may leak; any hint sent must agree with the persona.
    expect(seen.uaData).toBeNull();
    if (pageHit.headers['sec-ch-ua-mobile'] !== undefined) {
      expect(hasClientHints(p)).toBe(true);
      expect(pageHit.headers['sec-ch-ua-mobile']).toBe(p.isMobile ? '?1' : '?0');
      expect(pageHit.headers['sec-ch-ua-platform']).toBe(`"${p.userAgentMetadata.platform}"`);
    }
    if (!hasClientHints(p)) expect(Object.keys(pageHit.headers).filter((k) => k.startsWith('sec-ch-ua'))).toEqual([]);
    for (const hit of [pageHit, report]) expect(JSON.stringify(hit.headers)).not.toMatch(/headless/i);
    expect(report.body).not.toMatch(/headless/i);
  });
});

describe('a UA-cloaked link', () => {
  it('sends the desktop and the phone persona to different places', async () => {
    const desktop = await visit(srv.url('cloak.test', '/'), getPersona('desktop-ja'));
    const phone = await visit(srv.url('cloak.test', '/'), getPersona('mobile-ja'));
    expect(desktop.snapshots[0]).toMatchObject({ url: srv.url('harmless.test', '/'), title: 'Welcome' });
    expect(phone.snapshots[0]).toMatchObject({ url: srv.url('phish.test', '/'), title: 'Sign in' });
    expect(desktop.hops.map((h) => h.cause)).toEqual(['initial', 'http']);
    expect(phone.hops.map((h) => h.cause)).toEqual(['initial', 'http']);
  });
});
