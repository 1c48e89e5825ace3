// Client Hints exist only in secure contexts, so this runs over HTTPS (a self-signed certificate
// made at test time; the sandbox ignores certificate errors): the sec-ch-ua* headers Chromium sends
// and navigator.userAgentData must agree with each persona's User-Agent metadata, and the iPhone
// persona (Safari) must have neither.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserEngine } from '../../src/engines/browser/engine.ts';
import type { NetPolicy } from '../../src/net/policy.ts';
import { getPersona } from '../../src/personas.ts';
import { selfSignedCertificate, startBadTlsServer, type TlsServer } from '../fixtures/hostile.ts';

const POLICY: NetPolicy = { hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: true, allowPrivate: false, proxy: null };
const cert = selfSignedCertificate(['hints.test']);
const engine = createBrowserEngine();
let server: TlsServer | null = null;
const seen = new Map<string, { headers: IncomingMessage['headers']; report?: { uad: { brands: string[]; mobile: boolean; platform: string } | null } }>();

const PAGE = `<title>hints</title><script>
const uad = navigator.userAgentData
  ? { brands: navigator.userAgentData.brands.map((b) => b.brand), mobile: navigator.userAgentData.mobile, platform: navigator.userAgentData.platform }
  : null;
fetch('/report' + location.search, { method: 'POST', body: JSON.stringify({ uad }) });
</script>`;

beforeAll(async () => {
  if (!cert) return;
  server = await startBadTlsServer(cert, (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'https://hints.test');
    const who = url.searchParams.get('p') ?? '';
    if (url.pathname === '/report') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.get(who)!.report = JSON.parse(body);
        res.end('ok');
      });
      return;
    }
    seen.set(who, { headers: req.headers });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  });
});
afterAll(async () => {
  await engine.close();
  await server?.close();
});

// Without openssl there is no certificate to serve: the suite is skipped, and says so.
describe.skipIf(!cert)('client hints over https (needs openssl)', () => {
  it.each(['desktop-ja', 'android-ja', 'desktop-en', 'mobile-ja'])('%s: headers and userAgentData agree with the persona', async (name) => {
    const persona = getPersona(name);
    const capture = await engine.visit({ url: server!.url('hints.test', `/?p=${name}`), persona, timeoutMs: 20000, maxHops: 5, bodyLimit: 1 << 20, net: POLICY });
    expect(capture.outcome, capture.error ?? '').toBe('ok');
    const got = seen.get(name);
    expect(got?.report).toBeDefined();
    const h = got!.headers;
    expect(h['user-agent']).toBe(persona.userAgent);
    expect(JSON.stringify(h)).not.toMatch(/HeadlessChrome/);
    const meta = persona.userAgentMetadata;
    if (meta.brands.length === 0) {
      expect(h['sec-ch-ua']).toBeUndefined();
      expect(got!.report!.uad).toBeNull();
      return;
    }
    for (const b of meta.brands) expect(h['sec-ch-ua']).toContain(`"${b.brand}";v="${b.version}"`);
    expect(h['sec-ch-ua-mobile']).toBe(meta.mobile ? '?1' : '?0');
    expect(h['sec-ch-ua-platform']).toBe(`"${meta.platform}"`);
    expect(got!.report!.uad).toEqual({ brands: meta.brands.map((b) => b.brand), mobile: meta.mobile, platform: meta.platform });
  });
});
