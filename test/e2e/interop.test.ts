// HAR and WARC out and back in, with the real CLI, real Chromium and a real SQLite file: a fixture chain is
// crawled, exported as HAR (validated by har-validator, replayed by Playwright's routeFromHAR with
// nothing else reachable), imported again and diffed against the crawl.
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import harValidator from 'har-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WARCParser } from 'warcio';
import { chromium } from 'playwright';
import { findChromium, launchChromium, QUIET_FLAGS, type LaunchedBrowser } from '../../src/engines/browser/launch.ts';
import type { Har } from '../../src/interop/har-format.ts';
import { CAUSE_NOT_RECORDED } from '../../src/interop/rebuild.ts';
import { TraceStore } from '../../src/store/store.ts';
import { hoptrace, LOOPBACK } from '../fixtures/cli.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'hoptrace-har-'));
const db = join(dir, 'x.sqlite');
const harFile = join(dir, 'chain.har');
// Bytes that are not UTF-8, so the HAR must carry them as base64 and a replay must serve them back.
const LOGO = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x80, 0x81]);
let server: FixtureServer;
let browser: LaunchedBrowser | undefined;
let crawled: { id: string; hops: { url: string; cause: string; status: number | null }[]; final: { url: string; category: string } };

beforeAll(async () => {
  server = await startFixtureServer();
  server.redirect('lure.test', '/c', 302, server.url('track.test', '/r?uid=hanako'));
  server.page('track.test', '/r', `<meta http-equiv="refresh" content="0; url=${server.url('land.test', '/')}">`);
  server.page('land.test', '/', `<title>出会い</title><img src="/logo.png"><h1>出会い系サイト</h1><p>登録無料で今すぐ出会える。近くの女性とメッセージ交換。</p>
    <script>document.title = document.title + ' ok'</script>`);
  server.route('land.test', '/logo.png', (_q, res) => {
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(LOGO);
  });
  const crawl = await hoptrace(['crawl', ...LOOPBACK, '--db', db, '--job', 'orig', '--json', '--url', server.url('lure.test', '/c')]);
  expect(crawl.stderr).toBe('');
  expect(crawl.code).toBe(0);
  const trace = JSON.parse((await hoptrace(['export', '--db', db, '--job', 'orig'])).stdout);
  crawled = trace.visits[0];
});
afterAll(async () => {
  await browser?.close();
  await server.close();
});

describe('export --format har', () => {
  let har: Har;

  it('writes a HAR 1.2 that har-validator accepts, one page per visit, every response an entry', async () => {
    const r = await hoptrace(['export', '--db', db, '--job', 'orig', '--format', 'har', '--out', harFile]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    har = JSON.parse(readFileSync(harFile, 'utf8'));
    await expect(harValidator.har(har)).resolves.toBeTruthy();
    expect(har.log.version).toBe('1.2');
    expect(har.log.pages.map((p) => p.id)).toEqual([crawled.id]);
    expect(har.log.entries.every((e) => e.pageref === crawled.id)).toBe(true);
  });

  it('says for each hop of the chain why the browser went there, and where a redirect pointed', () => {
    const hopEntries = har.log.entries.filter((e) => e._hopSeq !== undefined && e._branch === 0).sort((a, b) => a._hopSeq! - b._hopSeq!);
    const main = crawled.hops.filter((h) => (h as { branch?: number }).branch === 0);
    expect(hopEntries.map((e) => [e.request.url, e._hopCause, e.response.status])).toEqual(main.map((h) => [h.url, h.cause, h.status]));
    expect(hopEntries.map((e) => e._hopCause)).toEqual(['initial', 'http', 'meta-refresh']);
    expect(hopEntries[0]!.response.redirectURL).toBe(server.url('track.test', '/r?uid=hanako'));
    expect(har.log.pages[0]!._final).toMatchObject({ url: crawled.final.url, category: crawled.final.category });
  });

  it('carries bodies as stored: text as text, other bytes as base64', () => {
    const logo = har.log.entries.find((e) => e.request.url === server.url('land.test', '/logo.png'))!;
    expect(logo.response.content.encoding).toBe('base64');
    expect(Buffer.from(logo.response.content.text!, 'base64')).toEqual(LOGO);
    const landing = har.log.entries.find((e) => e.request.url === server.url('land.test', '/'))!;
    expect(landing.response.content.encoding).toBeUndefined();
    expect(landing.response.content.text).toContain('出会い系サイト');
  });

  it('replays in Playwright (routeFromHAR, notFound: abort) to the same landing, with no request reaching the server', async () => {
    browser = await launchChromium();
    // Anything the HAR does not answer is aborted; a proxy on a closed loopback port catches any leak.
    const context = await browser.browser.newContext({ proxy: { server: 'http://127.0.0.1:9' } });
    await context.routeFromHAR(harFile, { notFound: 'abort' });
    const page = await context.newPage();
    const hitsBefore = server.hits.length;
    await page.goto(server.url('lure.test', '/c'));
    await page.waitForURL(crawled.final.url);
    await page.waitForFunction(() => document.title === '出会い ok');
    // The page's own fetch of the image is answered from the HAR with the very bytes served.
    const bytes = await page.evaluate(async () => [...new Uint8Array(await (await fetch('/logo.png')).arrayBuffer())]);
    expect(Buffer.from(bytes)).toEqual(LOGO);
    expect(page.url()).toBe(crawled.final.url);
    expect(server.hits.length).toBe(hitsBefore);
    await context.close();
  });

  it('refuses --redact-tokens, which a HAR of stored bodies cannot honour', async () => {
    const r = await hoptrace(['export', '--db', db, '--format', 'har', '--redact-tokens']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('export --format lookyloo', () => {
  it('writes one capture folder per visit in the layout Lookyloo takes, with the stored bytes', async () => {
    const out = join(dir, 'lookyloo');
    const r = await hoptrace(['export', '--db', db, '--job', 'orig', '--format', 'lookyloo', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const capture = join(out, crawled.id);
    expect(r.stdout.trim()).toBe(capture);
    const har = JSON.parse(readFileSync(join(capture, '0.har'), 'utf8'));
    await expect(harValidator.har(har)).resolves.toBeTruthy();
    expect(har.log.pages.map((p: { id: string }) => p.id)).toEqual([crawled.id]);
    expect(readFileSync(join(capture, '0.last_redirect.txt'), 'utf8')).toBe(crawled.final.url);
    const store = TraceStore.open(db, { readonly: true });
    const visit = store.getVisit(crawled.id)!;
    const landing = store.getBlob(visit.hops.at(-1)!.bodySha256!)!;
    const shot = visit.final!.screenshot ? store.getBlob(visit.final!.screenshot) : null;
    store.close();
    expect(readFileSync(join(capture, '0.html'))).toEqual(landing);
    expect(shot).not.toBeNull();
    expect(readFileSync(join(capture, '0.png'))).toEqual(shot);
    expect(JSON.parse(readFileSync(join(capture, '0.cookies.json'), 'utf8'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(capture, 'meta'), 'utf8'))).toMatchObject({ persona: 'desktop-ja', hoptrace_visit: crawled.id });
    const uuid = readFileSync(join(capture, 'uuid'), 'utf8');
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // The same visit gets the same capture uuid on every export.
    await hoptrace(['export', '--db', db, '--job', 'orig', '--format', 'lookyloo', '--out', join(dir, 'lookyloo2')]);
    expect(readFileSync(join(dir, 'lookyloo2', crawled.id, 'uuid'), 'utf8')).toBe(uuid);
    const zip = await hoptrace(['export', '--db', db, '--format', 'lookyloo', '--out', join(dir, 'x.zip')]);
    expect(zip.code).toBe(2);
  });
});

describe('import of a HAR', () => {
  it('rebuilds the exported visit as a job: same hops and causes, same final page and category, its source named', async () => {
    const r = await hoptrace(['import', harFile, '--db', db, '--job', 'from-har', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.job.name).toBe('from-har');
    expect(out.visits).toHaveLength(1);
    const trace = JSON.parse((await hoptrace(['export', '--db', db, '--job', 'from-har'])).stdout);
    const v = trace.visits[0];
    expect(v.id).toBe(out.visits[0]);
    expect(v.source).toEqual({ kind: 'har', file: harFile, sha256: createHash('sha256').update(readFileSync(harFile)).digest('hex') });
    expect(v.hops.map((h: { url: string; cause: string; status: number }) => [h.url, h.cause, h.status])).toEqual(
      crawled.hops.map((h) => [h.url, h.cause, h.status]),
    );
    expect(v.final).toMatchObject({ url: crawled.final.url, category: crawled.final.category, screenshot: null });
    expect(v.final.category).not.toBe('unknown');
    expect(v.incomplete).toBeNull();
    expect(v.warnings.join(' ')).toContain('no screenshot');
  });

  it('diff against the crawl shows the same chain, final URL and category', async () => {
    const imported = JSON.parse((await hoptrace(['export', '--db', db, '--job', 'from-har'])).stdout).visits[0];
    const r = await hoptrace(['diff', crawled.id, imported.id, '--db', db, '--json']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.hops.map((h: { op: string }) => h.op)).toEqual(crawled.hops.map(() => 'same'));
    expect(d.divergesAt).toBeNull();
    expect(d.final).toEqual({ a: crawled.final.category, b: crawled.final.category });
  });
  it('replays offline, from the bodies the HAR brought, to the same landing', async () => {
    const imported = JSON.parse((await hoptrace(['export', '--db', db, '--job', 'from-har'])).stdout).visits[0];
    const r = await hoptrace(['replay', imported.id, '--db', db, '--json']);
    expect(r.code).toBe(0);
    const { visit } = JSON.parse(r.stdout);
    expect(visit.final).toMatchObject({ url: crawled.final.url, category: crawled.final.category });
    expect(visit.hops.map((h: { cause: string }) => h.cause)).toEqual(crawled.hops.map((h) => h.cause));
  });
});

describe('import of bad input', () => {
  const jobsNow = async (): Promise<string> => (await hoptrace(['jobs', '--db', db, '--json'])).stdout;

  it.each([
    ['bad JSON', '{"log": {"entries": [', /: not JSON: /],
    ['a file: URL in an entry', null, /: entry 0: file: URLs are refused/],
    ['a javascript: URL in an entry', null, /: entry 0: javascript: URLs are refused/],
  ])('%s: one line naming the file and the problem, exit 2, nothing stored', async (name, text, message) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.har`);
    const url = name.includes('file:') ? 'file:///etc/passwd' : 'javascript:alert(document.cookie)';
    writeFileSync(file, text ?? JSON.stringify({ log: { version: '1.2', entries: [{ startedDateTime: new Date().toISOString(), time: 1,
      request: { method: 'GET', url }, response: { status: 200, headers: [], content: { text: 'x' } } }] } }));
    const before = await jobsNow();
    // The good HAR first: a bad second file must leave nothing of the first stored either.
    const r = await hoptrace(['import', harFile, file, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(message);
    expect(await jobsNow()).toBe(before);
  });

  it('a 2 GB file is refused by its size before it is read, and a file that is neither format is named', async () => {
    const huge = join(dir, 'huge.har');
    writeFileSync(huge, '{');
    truncateSync(huge, 2 * 1024 ** 3);
    const before = await jobsNow();
    const r = await hoptrace(['import', huge, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/huge\.har: 2147483648 bytes is over the \d+ a HAR may have/);
    const junk = join(dir, 'junk.bin');
    writeFileSync(junk, Buffer.from([0, 1, 2, 3]));
    const j = await hoptrace(['import', junk, '--db', db]);
    expect(j.code).toBe(2);
    expect(j.stderr.trim()).toBe(`hoptrace: ${junk}: neither a HAR (JSON) nor a WARC file; --format har|warc to say which`);
    expect(await jobsNow()).toBe(before);
  });
});

describe('export --format warc', () => {
  const warcFile = join(dir, 'chain.warc');

  it('writes warcinfo, request, response and metadata records whose bodies are the stored bytes, with correct payload digests', async () => {
    const r = await hoptrace(['export', '--db', db, '--job', 'orig', '--format', 'warc', '--out', warcFile]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const store = TraceStore.open(db, { readonly: true });
    const stored = store.getResponses(crawled.id).map((x) => ({ url: x.url, status: x.status, body: x.bodySha256 ? store.getBlob(x.bodySha256)! : Buffer.alloc(0) }));
    store.close();
    const types: string[] = [];
    const responses: { url: string; status: number; body: Buffer; digest: string | null }[] = [];
    let metadata: { hops: { url: string; cause: string }[]; visit: { persona: string } } | null = null;
    for await (const record of new WARCParser(createReadStream(warcFile))) {
      types.push(record.warcType!);
      expect(record.warcHeaders.protocol).toBe('WARC/1.1');
      if (record.warcType === 'response') {
        const body = Buffer.from(await record.readFully(false));
        responses.push({ url: record.warcTargetURI!, status: record.httpHeaders!.statusCode as number, body, digest: record.warcPayloadDigest ?? null });
      } else if (record.warcType === 'metadata') metadata = JSON.parse(await record.contentText());
      else await record.readFully(false);
    }
    expect(types[0]).toBe('warcinfo');
    expect(types.filter((t) => t === 'request')).toHaveLength(stored.length);
    expect(types.at(-1)).toBe('metadata');
    expect(responses.map(({ url, status, body }) => ({ url, status, body }))).toEqual(stored);
    for (const x of responses) expect(x.digest).toBe(`sha256:${createHash('sha256').update(x.body).digest('hex')}`);
    expect(responses.some((x) => x.body.equals(LOGO))).toBe(true);
    expect(metadata!.visit.persona).toBe('desktop-ja');
    expect(metadata!.hops.map((h) => [h.url, h.cause])).toEqual(crawled.hops.map((h) => [h.url, h.cause]));
  });

  it('writes WARC/1.0 for older readers with --warc-version 1.0, and refuses any other version', async () => {
    const old = join(dir, 'old.warc');
    expect((await hoptrace(['export', '--db', db, '--job', 'orig', '--format', 'warc', '--warc-version', '1.0', '--out', old])).code).toBe(0);
    const versions = new Set<string>();
    for await (const record of new WARCParser(createReadStream(old))) {
      versions.add(record.warcHeaders.protocol ?? "");
      await record.readFully(false);
    }
    expect([...versions]).toEqual(['WARC/1.0']);
    const bad = await hoptrace(['export', '--db', db, '--format', 'warc', '--warc-version', '2.0', '--out', old]);
    expect(bad.code).toBe(2);
  });
});

describe('import of a WARC', () => {
  it('round trip: the exported WARC imports to the same hops, final URL and category, and diff says so', async () => {
    const warcFile = join(dir, 'chain.warc');
    const r = await hoptrace(['import', warcFile, '--db', db, '--job', 'from-warc', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const trace = JSON.parse((await hoptrace(['export', '--db', db, '--job', 'from-warc'])).stdout);
    const v = trace.visits[0];
    expect(v.source).toMatchObject({ kind: 'warc', file: warcFile });
    expect(v.hops.map((h: { url: string; cause: string; status: number }) => [h.url, h.cause, h.status])).toEqual(
      crawled.hops.map((h) => [h.url, h.cause, h.status]),
    );
    expect(v.final).toMatchObject({ url: crawled.final.url, category: crawled.final.category });
    const d = JSON.parse((await hoptrace(['diff', crawled.id, v.id, '--db', db, '--json'])).stdout);
    expect(d.hops.map((h: { op: string }) => h.op)).toEqual(crawled.hops.map(() => 'same'));
    expect(d.final).toEqual({ a: crawled.final.category, b: crawled.final.category });
  });

  it('a record whose Content-Length lies is one line naming the file, exit 2, nothing stored', async () => {
    const good = readFileSync(join(dir, 'chain.warc'));
    const before = (await hoptrace(['jobs', '--db', db, '--json'])).stdout;
    // Cut in the middle of the last record: its length promises bytes the file does not have.
    const cut = join(dir, 'cut.warc');
    writeFileSync(cut, good.subarray(0, good.length - 40));
    const r = await hoptrace(['import', cut, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cut\.warc: record \d+: Content-Length promises \d+ more bytes but the file ends after \d+/);
    // A length that claims less than the record holds.
    // Lengths that claim less than the record holds: into the HTTP headers of a redirect, into a page's body.
    const text = good.toString('latin1');
    const lieAt = (target: string): Buffer => {
      // The WARC header block of the response record for target (up to its blank line).
      let start = 0;
      for (;;) {
        start = text.indexOf('WARC/1.1\r\n', start + 1);
        const head = text.slice(start, text.indexOf('\r\n\r\n', start));
        if (head.includes('WARC-Type: response') && head.includes(`WARC-Target-URI: ${target}\r\n`)) break;
      }
      const at = text.indexOf('Content-Length: ', start);
      return Buffer.from(text.slice(0, at) + text.slice(at).replace(/Content-Length: (\d+)/, (_m, n) => `Content-Length: ${Number(n) - 30}`), 'latin1');
    };
    for (const [name, target, message] of [
      ['lie-headers.warc', server.url('lure.test', '/c'), /lie-headers\.warc: record 2: Content-Length ends 30 bytes inside the record's HTTP headers$/],
      ['lie-body.warc', server.url('land.test', '/'), /lie-body\.warc: record \d+: /],
    ] as const) {
      const lie = join(dir, name);
      writeFileSync(lie, lieAt(target));
      const l = await hoptrace(['import', lie, '--db', db]);
      expect(l.code).toBe(2);
      expect(l.stderr.trim().split('\n')).toHaveLength(1);
      expect(l.stderr.trim()).toMatch(message);
    }
    expect((await hoptrace(['jobs', '--db', db, '--json'])).stdout).toBe(before);
  });
});

describe('import of a HAR another browser tool saved', () => {
  it("a HAR recorded by Playwright's recordHar (no hoptrace fields) gives a classified visit that diff compares with the crawl", async () => {
    const foreign = join(dir, 'recorded.har');
    // Chromium as launch.ts starts it, *.test resolved to loopback by Chromium itself.
    const other = await chromium.launch({ executablePath: findChromium(), args: [...QUIET_FLAGS, '--host-resolver-rules=MAP *.test 127.0.0.1'] });
    try {
      const context = await other.newContext({ recordHar: { path: foreign, content: 'embed', mode: 'full' } });
      const page = await context.newPage();
      await page.goto(server.url('lure.test', '/c'));
      await page.waitForURL(crawled.final.url);
      await page.waitForFunction(() => document.title === '出会い ok');
      await context.close();
    } finally {
      await other.close();
    }
    const r = await hoptrace(['import', foreign, '--db', db, '--job', 'recorded', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const v = JSON.parse((await hoptrace(['export', '--db', db, '--job', 'recorded'])).stdout).visits[0];
    expect(v.hops.map((h: { url: string }) => h.url)).toEqual(crawled.hops.map((h) => h.url));
    // Playwright often keeps no body for a page the browser left at once (a race in its recorder). The
    // cause of the last hop is what the file shows: the meta refresh when the middle page's body is in
    // it, otherwise "not recorded", never a guess.
    const middle = (JSON.parse(readFileSync(foreign, 'utf8')) as Har).log.entries.find((e) => e.request.url === crawled.hops[1]!.url)!;
    const kept = (middle.response.content.text ?? '').includes('http-equiv="refresh"');
    expect(v.hops.map((h: { cause: string }) => h.cause)).toEqual(['initial', 'http', kept ? 'meta-refresh' : 'other']);
    expect(v.hops[2].note).toBe(kept ? null : CAUSE_NOT_RECORDED);
    expect(v.final).toMatchObject({ url: crawled.final.url, category: crawled.final.category });
    const d = JSON.parse((await hoptrace(['diff', crawled.id, v.id, '--db', db, '--json'])).stdout);
    // Same hosts, statuses and URLs; only a body Playwright did not keep and an unrecorded cause may differ.
    expect(d.hops.map((h: { op: string }) => h.op).slice(0, 2)).toEqual(['same', 'same']);
    if (!kept) expect(d.hops[2].changes).toContain('cause');
    expect(d.hops.flatMap((h: { changes: string[] }) => h.changes).filter((c: string) => c !== 'cause' && c !== 'bodySha256')).toEqual([]);
    expect(d.final).toEqual({ a: crawled.final.category, b: crawled.final.category });
  });
});
