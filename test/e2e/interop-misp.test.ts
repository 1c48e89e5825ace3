// `export --format misp` with the real CLI, real Chromium and a real SQLite file: a mailed lure is
// crawled through a redirect to a page whose URL holds a Telegram bot token, and the MISP event is
// checked against the committed MISP object templates and against the crawl it came from.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MispEvent } from '../../src/interop/misp-export.ts';
import type { MispObject } from '../../src/interop/misp-object.ts';
import type { TraceBundle } from '../../src/model.ts';
import { hoptrace, LOOPBACK } from '../fixtures/cli.ts';
import { schemaProblems, templateProblems } from '../fixtures/misp-templates.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'hoptrace-misp-'));
const db = join(dir, 'x.sqlite');
const BOT_ID = '7012345678';
const BOT_SECRET = 'AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1';
let server: FixtureServer;
let trace: TraceBundle;

beforeAll(async () => {
  server = await startFixtureServer();
  server.redirect('lure.test', '/c', 302, server.url('kit.test', `/bot${BOT_ID}:${BOT_SECRET}/login`));
  server.page('kit.test', `/bot${BOT_ID}:${BOT_SECRET}/login`, `<title>Sign in</title><h1>Sign in to your account</h1>
    <form action="/post" method="post"><input name="email" type="email"><input name="password" type="password"><button>Sign in</button></form>`);
  const eml = join(dir, 'lure.eml');
  writeFileSync(eml, [
    'From: "Support" <support@lure.test>', 'To: hanako@victim.test', 'Subject: Verify your account',
    'Message-ID: <lure-1@lure.test>', 'Date: Mon, 01 Dec 2025 09:00:00 +0000', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '',
    `<p><a href="${server.url('lure.test', '/c')}">verify</a></p>`, '',
  ].join('\r\n'));
  const crawl = await hoptrace(['crawl', eml, ...LOOPBACK, '--db', db, '--job', 'misp']);
  expect(crawl.code).toBe(0);
  trace = JSON.parse((await hoptrace(['export', '--db', db, '--job', 'misp'])).stdout);
});
afterAll(async () => {
  await server.close();
});

describe('export --format misp', () => {
  let text: string;
  let event: MispEvent;
  const urls = (o: MispObject): string[] => o.Attribute.filter((a) => a.object_relation === 'url').map((a) => a.value);

  beforeAll(async () => {
    const out = join(dir, 'event.json');
    const r = await hoptrace(['export', '--db', db, '--job', 'misp', '--format', 'misp', '--out', out]);
    expect(r.code).toBe(0);
    text = readFileSync(out, 'utf8');
    event = (JSON.parse(text) as { Event: MispEvent }).Event;
  });

  it('writes one event that fits the MISP object templates and PyMISP\'s event schema', () => {
    expect(templateProblems(event)).toEqual([]);
    expect(schemaProblems(event)).toEqual([]);
    expect(event.info).toMatch(/^hoptrace job misp: 1 visit/);
  });

  it('chains the crawl from the mail, hop by hop, to the landing tagged with its category', () => {
    const visit = trace.visits[0]!;
    const email = event.Object.find((o) => o.name === 'email')!;
    expect(email.Attribute.map((a) => [a.object_relation, a.value])).toEqual(expect.arrayContaining([
      ['from', 'support@lure.test'], ['subject', 'Verify your account'], ['message-id', '<lure-1@lure.test>'], ['to', 'hanako@victim.test'],
    ]));
    const seen: string[] = [];
    let ref = email.ObjectReference.find((r) => r.relationship_type === 'contains');
    let last: MispObject | undefined;
    while (ref) {
      last = event.Object.find((o) => o.uuid === ref!.referenced_uuid)!;
      seen.push(...urls(last));
      ref = last.ObjectReference.find((r) => r.relationship_type === 'redirects-to');
    }
    expect(seen).toEqual(visit.hops.filter((h) => h.branch === 0).map((h) => h.url));
    expect(seen.at(-1)).toBe(visit.final!.url);
    const landing = last!.Attribute.find((a) => a.object_relation === 'url')!;
    expect(landing.Tag).toContainEqual({ name: `hoptrace:category="${visit.final!.category}"` });
  });

  it('keeps the bot id and drops the bot secret, as every export does', () => {
    expect(text).not.toContain(BOT_SECRET);
    expect(text).toContain(`/bot${BOT_ID}:[redacted]/login`);
  });

  it('is byte for byte the same when exported again', async () => {
    const again = await hoptrace(['export', '--db', db, '--job', 'misp', '--format', 'misp']);
    expect(again.stdout).toBe(text);
  });
});
