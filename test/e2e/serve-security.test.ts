// `hoptrace serve` over HTTP, as a client that does not play nice: writes through every route,
// path tricks on the blob routes, requests without the token, a foreign Host header, bad input.
// The database comes from a real crawl (HTTP engine) of the fixture campaign plus a download.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoptrace, LOOPBACK } from '../fixtures/cli.ts';
import { startFixtureServer } from '../fixtures/server.ts';
import { crawlCampaign, REGISTRANT, startServe, type CrawledDb, type ServeProcess } from './serve-support.ts';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request with the path sent exactly as written (no client-side `..` resolution). */
function send(base: string, path: string, opts: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const body = opts.method && opts.method !== 'GET' && opts.method !== 'HEAD' ? 'x=1' : undefined;
    const headers = { ...opts.headers, ...(body ? { 'content-length': String(body.length) } : {}) };
    const req = request({ host: u.hostname, port: u.port, path, method: opts.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c as Buffer));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const fileState = (path: string) => ({ sha256: createHash('sha256').update(readFileSync(path)).digest('hex'), mtimeMs: statSync(path).mtimeMs, size: statSync(path).size });

let crawled: CrawledDb;
let serve: ServeProcess;
let before: ReturnType<typeof fileState>;
let download: string;
const seen: Answer[] = [];

async function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const a = await send(serve.url, path, { headers });
  seen.push(a);
  return a;
}

beforeAll(async () => {
  crawled = await crawlCampaign(['http'], (c) => {
    c.server.route('dl.invoice-jp.test', '/invoice.exe', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-msdownload', 'content-disposition': "attachment; filename*=UTF-8''..%2F..%2F%E8%AB%8B%E6%B1%82%E6%9B%B8.pdf.exe" });
      res.end(Buffer.from('MZ\u0090\u0000 not really a program'));
    });
    return [c.server.url('dl.invoice-jp.test', '/invoice.exe')];
  });
  download = crawled.trace.visits.flatMap((v) => v.downloads)[0]!.sha256;
  before = fileState(crawled.db);
  serve = await startServe(['--db', crawled.db, '--port', '0']);
}, 120_000);

afterAll(async () => {
  await serve?.stop();
});

describe('hoptrace serve, over HTTP', () => {
  it('binds loopback by default and prints its address first', () => {
    expect(serve.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('refuses every write method on every route and never changes the database file', async () => {
    const visit = crawled.trace.visits[0]!;
    const job = crawled.trace.jobs[0]!;
    const routes = ['/', '/jobs', `/jobs/${job.id}`, `/jobs/${job.id}/tokens`, `/jobs/${job.id}/cloaking`, `/jobs/${job.id}/pivots`,
      `/visits/${visit.id}`, `/diff?a=${visit.id}&b=${visit.id}`, '/search?q=dating', `/campaign?visit=${visit.id}`, `/downloads/${download}`,
      '/assets/serve.css', '/api/jobs', `/api/visits/${visit.id}`, '/nowhere'];
    for (const path of routes) {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
        const a = await send(serve.url, path, { method, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
        seen.push(a);
        expect([path, method, a.status]).toEqual([path, method, 405]);
        expect(a.headers.allow).toBe('GET, HEAD');
      }
      expect((await get(path)).status).toBe(path === '/nowhere' ? 404 : 200);
    }
    const head = await send(serve.url, `/visits/${visit.id}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const stopped = await serve.stop('SIGTERM');
    expect(stopped).toBe(0);
    expect(fileState(crawled.db)).toEqual(before);
    serve = await startServe(['--db', crawled.db, '--port', '0']);
  });

  it('keeps blob routes to 64 hex digits: traversal, encodings, absolute paths and other blobs get nothing', async () => {
    const html = crawled.trace.visits[0]!.hops.find((h) => h.bodySha256)!.bodySha256!;
    const tricks = [
      '/shots/../../../../etc/passwd', '/shots/..%2f..%2f..%2fetc%2fpasswd', '/shots/%2e%2e/%2e%2e/etc/passwd',
      '/shots/%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/shots//etc/passwd', '/shots/%2fetc%2fpasswd', '/downloads/..%5c..%5cwindows%5cwin.ini',
      `/shots/${html.toUpperCase()}.png`, `/shots/${html}.png%00.html`, `/shots/${html.slice(1)}.png`, '/shots/not-a-hash.png',
      `/downloads/${download}/../../../etc/passwd`, `/downloads/${'0'.repeat(64)}`, `/downloads/${html}`,
      `/shots/${html}.png`, `/shots/${download}.png`, '/assets/../../../../etc/passwd', '/assets/%2e%2e%2fpackage.json',
    ];
    for (const path of tricks) {
      const a = await get(path);
      expect([path, a.status >= 400 && a.status < 500]).toEqual([path, true]);
      expect(a.body.toString('latin1')).not.toMatch(/root:|\[fonts\]|"dependencies"|<html><body>|MZ/);
    }
  });

  it('serves a recorded download only as opaque bytes named by its hash', async () => {
    const a = await get(`/downloads/${download}`);
    expect(a.status).toBe(200);
    expect(a.headers['content-type']).toBe('application/octet-stream');
    expect(a.headers['content-disposition']).toBe(`attachment; filename="${download}.bin"`);
    expect(a.headers['content-security-policy']).toContain('sandbox');
    expect(a.body.toString('latin1')).toContain('not really a program');
  });

  it('answers bad input with a clear 400 or 404 page, in HTML or JSON, and keeps running', async () => {
    const cases: [string, number, RegExp][] = [
      ['/jobs/no-such-job', 404, /no job \S+no-such-job/],
      ['/visits/v-0000000000000000', 404, /no visit/],
      [`/jobs/${crawled.trace.jobs[0]!.id}?page=0`, 400, /page must be a whole number/],
      [`/jobs/${crawled.trace.jobs[0]!.id}?page=abc`, 400, /page must be a whole number/],
      [`/jobs/${crawled.trace.jobs[0]!.id}?category=phishy`, 400, /category must be one of/],
      [`/jobs/${crawled.trace.jobs[0]!.id}?host=a/b`, 400, /host must be a host name/],
      ['/diff', 400, /visit A id is missing/],
      ['/diff?a=v-nope&b=v-nope', 404, /no visit \S+v-nope/],
      ['/campaign', 400, /visit id is missing/],
      [`/search?q=${'x'.repeat(2001)}`, 400, /longer than 2000/],
      ['/search?per=100000', 400, /per must be a whole number/],
      ['/visits/%00%01', 400, /is not a visit id/],
    ];
    for (const [path, status, message] of cases) {
      const page = await get(path);
      expect([path, page.status]).toEqual([path, status]);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.body.toString()).toMatch(message);
      const api = await get(`/api${path}`);
      expect([path, api.status]).toEqual([path, status]);
      expect(JSON.parse(api.body.toString())).toMatchObject({ status, error: expect.stringMatching(message) });
    }
    expect((await get('/')).status).toBe(200);
  });

  it('gives every page as JSON with the trace shapes, under /api and for Accept: application/json', async () => {
    const visit = crawled.trace.visits.find((v) => v.hops.length > 2)!;
    const api = JSON.parse((await get(`/api/visits/${visit.id}`)).body.toString());
    const accepted = JSON.parse((await get(`/visits/${visit.id}`, { accept: 'application/json' })).body.toString());
    expect(accepted).toEqual(api);
    expect(api.format).toBe('hoptrace.trace/1');
    expect(api.visit).toMatchObject({ id: visit.id, jobId: visit.jobId, url: visit.url, persona: visit.persona, outcome: visit.outcome, final: visit.final });
    expect(api.visit.hops).toEqual(visit.hops);
    const [a, b] = crawled.trace.visits.filter((v) => v.url.includes('secure.amaz0n-account.test') && v.linkId === crawled.trace.visits.find((x) => x.url.includes('secure.amaz0n-account.test'))!.linkId);
    const cli = JSON.parse((await hoptrace(['diff', a!.id, b!.id, '--db', crawled.db, '--json'])).stdout);
    const served = JSON.parse((await get(`/api/diff?a=${a!.id}&b=${b!.id}`)).body.toString());
    expect(served.diff).toEqual(cli);
    expect(served.diff.same).toBe(false);
    const jobs = JSON.parse((await get('/api/jobs')).body.toString());
    expect(jobs.jobs.map((j: { id: string }) => j.id)).toEqual(crawled.trace.jobs.map((j) => j.id));
    expect(jobs.jobs[0]).toMatchObject({ name: 'http', status: 'done', visits: crawled.trace.visits.length, options: crawled.trace.jobs[0]!.options });
    const search = JSON.parse((await get(`/api/search?q=${encodeURIComponent(REGISTRANT.phoneAsTyped)}`)).body.toString());
    const registered = /(^|\.)(adnet-jp|virus-check-jp)\.test$/;
    const throughTracker = crawled.trace.visits.filter((v) => v.hops.some((h) => registered.test(new URL(h.url).hostname)));
    expect(throughTracker.length).toBeGreaterThan(0);
    expect(search.results.map((r: { visit: { id: string } }) => r.visit.id).sort()).toEqual(throughTracker.map((v) => v.id).sort());
    expect(search.counts['registrant phone']).toBe(throughTracker.length);
  });

  it('answers only to its own name on loopback (a DNS-rebinding page gets nothing)', async () => {
    const port = new URL(serve.url).port;
    expect((await get('/', { host: `evil.example:${port}` })).status).toBe(421);
    expect((await get('/', { host: `localhost:${port}` })).status).toBe(200);
  });

  it('shows what a crawl writes while it serves (the database is read live, not copied)', async () => {
    const job = crawled.trace.jobs[0]!;
    const tokensBefore = JSON.parse((await get(`/api/jobs/${job.id}/tokens`)).body.toString()).page.total;
    const site = await startFixtureServer();
    try {
      site.page('late.test', '/', '<title>arrived later</title>');
      const r = await hoptrace(['crawl', '--url', site.url('late.test', '/'), '--engine', 'http', ...LOOPBACK, '--db', crawled.db, '--job', 'late', '--quiet']);
      expect(r.code).toBe(0);
    } finally {
      await site.close();
    }
    const jobs = JSON.parse((await get('/api/jobs')).body.toString()).jobs.map((j: { name: string }) => j.name);
    expect(jobs).toContain('late');
    const found = JSON.parse((await get('/api/search?q=late.test')).body.toString());
    expect(found.results.map((x: { visit: { final: { title: string } } }) => x.visit.final.title)).toEqual(['arrived later']);
    expect(JSON.parse((await get(`/api/jobs/${job.id}/tokens`)).body.toString()).page.total).toBe(tokensBefore);
  });

  it('sends the CSP, nosniff, no-referrer and DENY on every response, whatever its status', () => {
    expect(new Set(seen.map((a) => a.status))).toEqual(new Set([200, 400, 404, 405, 421]));
    for (const a of seen) {
      expect(a.headers['content-security-policy']).toMatch(/default-src 'none'/);
      expect(a.headers['content-security-policy']).not.toMatch(/script-src|unsafe/);
      expect(a.headers['x-content-type-options']).toBe('nosniff');
      expect(a.headers['referrer-policy']).toBe('no-referrer');
      expect(a.headers['x-frame-options']).toBe('DENY');
    }
  });
});

describe('hoptrace serve beyond loopback', () => {
  const TOKEN = 'correct-horse-battery-staple-42';

  it('refuses to start on a non-loopback address without a token, or with a short one', async () => {
    const r = await hoptrace(['serve', '--db', crawled.db, '--host', '0.0.0.0', '--port', '0'], { env: { HOPTRACE_SERVE_TOKEN: '' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--token/);
    const short = await hoptrace(['serve', '--db', crawled.db, '--host', '0.0.0.0', '--port', '0', '--token', 'abc'], { env: { HOPTRACE_SERVE_TOKEN: '' } });
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/at least 16/);
  });

  it('starts on another loopback address without a token', async () => {
    const other = await startServe(['--db', crawled.db, '--host', '127.0.0.2', '--port', '0']);
    try {
      expect(other.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/$/);
      expect((await send(other.url, '/')).status).toBe(200);
    } finally {
      expect(await other.stop('SIGINT')).toBe(0);
    }
  });

  it('with a token, every request needs it: Bearer header, or the cookie from a ?token= sign-in', async () => {
    const open = await startServe(['--db', crawled.db, '--host', '0.0.0.0', '--port', '0'], { HOPTRACE_SERVE_TOKEN: TOKEN });
    try {
      expect(open.url).toMatch(/^http:\/\/0\.0\.0\.0:\d+\/$/);
      // Reached through loopback: nothing leaves the machine.
      const base = `http://127.0.0.1:${new URL(open.url).port}/`;
      const visit = crawled.trace.visits[0]!;
      for (const path of ['/', `/visits/${visit.id}`, '/api/jobs', '/assets/serve.css', `/downloads/${download}`, '/nowhere']) {
        const bare = await send(base, path);
        expect([path, bare.status]).toEqual([path, 401]);
        expect(bare.headers['www-authenticate']).toMatch(/^Bearer/);
        expect(bare.headers['content-security-policy']).toMatch(/default-src 'none'/);
        expect(bare.body.toString()).not.toContain(visit.id);
        expect((await send(base, path, { headers: { authorization: 'Bearer wrong-token-wrong-token' } })).status).toBe(401);
        expect((await send(base, path, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(path === '/nowhere' ? 404 : 200);
      }
      expect((await send(base, '/?token=wrong-token-wrong-token')).status).toBe(401);
      const login = await send(base, `/search?q=dating&token=${TOKEN}`);
      expect(login.status).toBe(303);
      expect(login.headers.location).toBe('/search?q=dating');
      const cookie = String(login.headers['set-cookie']);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(cookie).not.toContain(TOKEN);
      const pair = cookie.split(';')[0]!;
      expect((await send(base, '/search?q=dating', { headers: { cookie: pair } })).status).toBe(200);
      expect((await send(base, '/', { headers: { cookie: `${pair.split('=')[0]}=forged` } })).status).toBe(401);
      // Any Host is fine behind a token: the name it is reached by is the operator's business.
      expect((await send(base, '/', { headers: { host: 'traces.lab.example', authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    } finally {
      expect(await open.stop('SIGTERM')).toBe(0);
    }
  });
});
