// Landing verdicts as the browser renders the page: a kit that builds its form with script is read
// after the script ran, a locker's alert is heard, a link that answers with an archive is a
// malware download, and `classify` of the stored visits reads the same page again. Real CLI, real
// Chromium, real SQLite, pages from the wild corpus served on loopback under their wild hosts.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyPage } from '../../src/classify/classify.ts';
import { loadWildEntries } from '../../src/classify/evaluate.ts';
import { loadRules } from '../../src/classify/rules.ts';
import { snapshotFromHtml } from '../../src/page/snapshot.ts';
import type { TraceBundle, Visit } from '../../src/model.ts';
import { hoptrace, LOOPBACK } from '../fixtures/cli.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { servedPages, startWildServer, type WildServer } from '../fixtures/wild-server.ts';

const WILD = fileURLToPath(new URL('../wild', import.meta.url));
// An SMBC card kit whose whole body is written by script (innerHTML): its markup asks for nothing.
const JS_KIT = loadWildEntries(WILD).find((e) => e.file === 'pages/kits/kiddvs-fish-platform/smbc/pc/index.html')!;

let server: FixtureServer;
let wild: WildServer;
const dir = mkdtempSync(join(tmpdir(), 'hoptrace-verdicts-'));
const db = join(dir, 'v.sqlite');
let trace: TraceBundle;
const visitOf = (url: string): Visit => trace.visits.find((v) => v.url === url)!;

beforeAll(async () => {
  server = await startFixtureServer();
  wild = await startWildServer(servedPages([JS_KIT], WILD), WILD);
  server.redirect('invoice-mail.test', '/d/0312', 302, '/files/invoice_0312.zip');
  server.route('invoice-mail.test', '/files/invoice_0312.zip', (_q, res) => {
    res.writeHead(200, { 'content-type': 'application/zip', 'content-disposition': 'attachment; filename=invoice_0312.zip' });
    res.end(Buffer.from('PK\x03\x04 not really a zip'));
  });
  server.page(
    'pc-alert.test',
    '/',
    `<html><head><title>Security</title></head><body><h1>Windows Defender</h1><p>Scanning…</p>
     <script>alert('Your computer is locked for security reasons. Call Microsoft Support now: 1-888-555-0147');
     document.documentElement.requestFullscreen && document.addEventListener('click', () => document.documentElement.requestFullscreen());
     navigator.keyboard && navigator.keyboard.lock && navigator.keyboard.lock();</script></body></html>`,
  );
  const urls = [server.url('invoice-mail.test', '/d/0312'), server.url('pc-alert.test', '/'), wild.crawlUrl(JS_KIT.url)];
  const r = await hoptrace(['crawl', ...urls, ...LOOPBACK, '--host-map', `${new URL(JS_KIT.url).hostname}=127.0.0.1`, '--db', db, '--job', 'verdicts']);
  expect(r.code, r.stderr).toBe(0);
  trace = JSON.parse((await hoptrace(['export', '--db', db, '--format', 'json'])).stdout) as TraceBundle;
}, 240_000);
afterAll(async () => {
  await server.close();
  await wild.close();
});

describe('landing verdicts through the browser engine', () => {
  it('a link that answers with an archive is a malware download', () => {
    const v = visitOf(server.url('invoice-mail.test', '/d/0312'));
    expect(v.downloads.map((d) => d.filename)).toEqual(['invoice_0312.zip']);
    expect(v.final).toMatchObject({ category: 'malware-download' });
    expect(v.final!.confidence).toBeGreaterThan(0.9);
    expect(v.final!.evidence.map((e) => e.rule)).toContain('malware-download.archive');
  });

  it('a kit whose form exists only after its script ran is read as rendered: credential phishing naming the brand', () => {
    // Its served markup, read as the HTTP engine reads it, asks for nothing: the form is a string in a script.
    const served = snapshotFromHtml(readFileSync(join(WILD, JS_KIT.file), 'utf8'), { url: JS_KIT.url, status: 200 });
    expect(served.forms.flatMap((f) => f.inputs).some((i) => i.type === 'password')).toBe(false);
    expect(classifyPage(served, loadRules()).category).not.toBe('credential-phishing');
    const v = visitOf(wild.crawlUrl(JS_KIT.url));
    expect(v.incomplete).toBeNull();
    expect(v.final).toMatchObject({ category: 'credential-phishing', brand: 'Sumitomo Mitsui Card' });
    expect(v.final!.evidence.find((e) => e.rule === 'intent')?.detail).toMatch(/asks for .*password/);
  });

  it('what a page says in its alert() is heard: a locked computer and a number to call is tech support', () => {
    const v = visitOf(server.url('pc-alert.test', '/'));
    expect(v.branchFinals?.[0]?.dialogs?.[0]).toMatch(/Your computer is locked/);
    expect(v.final).toMatchObject({ category: 'tech-support-scam' });
    expect(v.final!.evidence.find((e) => e.rule === 'intent')?.detail).toMatch(/phone number to call/);
  });

  it('classify of the stored visits reads the same rendered pages and reaches the same verdicts', async () => {
    const before = trace.visits.map((v) => [v.url, v.final?.category, v.final?.confidence]);
    const r = await hoptrace(['classify', 'verdicts', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    const again = JSON.parse((await hoptrace(['export', '--db', db, '--format', 'json'])).stdout) as TraceBundle;
    expect(again.visits.map((v) => [v.url, v.final?.category, v.final?.confidence])).toEqual(before);
  });
});
