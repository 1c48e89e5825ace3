// An HTML attachment is a lure of its own: opened in the sandbox from its synthetic origin (never
// file:), under the same network policy, its chain recorded like a link's. Real CLI, real
// Chromium, real SQLite, a mail built here.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TraceBundle } from '../../src/model.ts';
import { hoptrace, LOOPBACK } from '../fixtures/cli.ts';
import { buildMultipart } from '../fixtures/mail/build.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

let server: FixtureServer;
const dir = mkdtempSync(join(tmpdir(), 'hoptrace-attachment-'));

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('cdn.kit-host.test', '/kit.js', (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end('window.kitLoaded = true;');
  });
  server.page('login.kit-host.test', '/secure', '<title>Microsoft account</title><form action="/post" method="post"><input type="email" name="u"><input type="password" name="p"></form>');
});
afterAll(() => server.close());

describe('an HTML attachment', () => {
  it('is opened from its synthetic origin, and the hosts it loads and moves on to are recorded', async () => {
    const html = `<html><head><title>Voice message</title><script src="${server.url('cdn.kit-host.test', '/kit.js')}"></script></head>
<body><p>Loading your voicemail…</p><img src="logo.png">
<script>setTimeout(() => location.href = ${JSON.stringify(server.url('login.kit-host.test', '/secure'))}, 1500)</script></body></html>`;
    const sha = createHash('sha256').update(html).digest('hex');
    const mail = join(dir, 'voicemail.eml');
    writeFileSync(mail, buildMultipart({ From: '"Voicemail" <vm@phone-notice.test>', To: 'victim@example.jp', Subject: 'New voice message' }, [
      { contentType: 'text/plain; charset=utf-8', body: 'You have a new voice message. Open the attachment.' },
      { contentType: 'text/html; charset=utf-8', body: html, filename: 'VM_0192.html' },
    ]));
    const db = join(dir, 'a.sqlite');
    const r = await hoptrace(['crawl', mail, ...LOOPBACK, '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const trace = JSON.parse((await hoptrace(['export', '--db', db, '--format', 'json'])).stdout) as TraceBundle;

    const link = trace.messages[0]!.links.find((l) => l.kind === 'attachment')!;
    expect(link).toMatchObject({ url: `https://attachment.invalid/${sha}/VM_0192.html`, where: 'attachment:VM_0192.html', refused: null });
    const visit = trace.visits.find((v) => v.linkId === link.id)!;
    expect(visit.outcome).toBe('ok');
    expect(visit.hops.map((h) => [h.cause, h.url, h.status])).toEqual([
      ['attachment', link.url, 200],
      ['script', server.url('login.kit-host.test', '/secure'), 200],
    ]);
    expect(visit.hops[0]!.bodySha256).toBe(sha);
    expect(visit.final).toMatchObject({ title: 'Microsoft account', category: 'credential-phishing' });
    // The kit's script was fetched through the policy from its real host; nothing asked for the
    // attachment's own relative image anywhere.
    expect(server.hitsOn('cdn.kit-host.test', '/kit.js')).toHaveLength(1);
    expect(server.hits.some((h) => h.path.includes('logo.png'))).toBe(false);
  });

  it('so is a page written into a data: URL link, which no browser would open from a mail: it is visited like an attachment', async () => {
    const page = `<html><body><p>Loading…</p><script>location.replace(${JSON.stringify(server.url('login.kit-host.test', '/secure'))})</script></body></html>`;
    const bytes = Buffer.from(page);
    const mail = join(dir, 'data-url.eml');
    writeFileSync(mail, buildMultipart({ From: '"IT" <it@corp-notice.test>', To: 'victim@example.jp', Subject: 'Password expiry' }, [
      { contentType: 'text/html; charset=utf-8', body: `<p>Your password expires today.</p><a href="data:text/html;base64,${bytes.toString('base64')}">Keep my password</a>` },
    ]));
    const db = join(dir, 'd.sqlite');
    const r = await hoptrace(['crawl', mail, ...LOOPBACK, '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const trace = JSON.parse((await hoptrace(['export', '--db', db, '--format', 'json'])).stdout) as TraceBundle;

    const links = trace.messages[0]!.links;
    expect(links.find((l) => l.url.startsWith('data:'))).toMatchObject({ kind: 'anchor', refused: 'scheme data: not visited' });
    const link = links.find((l) => l.kind === 'attachment')!;
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(link).toMatchObject({ url: `https://attachment.invalid/${sha}/data-url-1.html`, where: 'body', refused: null });
    const visit = trace.visits.find((v) => v.linkId === link.id)!;
    expect(visit.hops.map((h) => [h.cause, h.url])).toEqual([
      ['attachment', link.url],
      ['script', server.url('login.kit-host.test', '/secure')],
    ]);
    expect(visit.final).toMatchObject({ title: 'Microsoft account', category: 'credential-phishing' });
  });
});
