// Attacker text never drives the terminal: a page title, a mail subject and sender name, a WHOIS
// registrant, a rule id and a job name carrying an OSC title sequence (ESC ] 0 ; … BEL), an SGR
// colour (ESC [ 31 m) and a right-to-left override go through the real CLI, a real SQLite file
// and the HTTP engine on loopback, and every command's stdout shows them as inert escapes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TraceBundle } from '../../src/model.ts';
import { hoptrace, LOOPBACK } from '../fixtures/cli.ts';
import { buildMail } from '../fixtures/mail/build.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

const EVIL = '\x1b]0;pwned\x07\x1b[31m\u202e';
/** How the views show EVIL. */
const SHOWN = '\\x1b]0;pwned\\x07\\x1b[31m\\u202e';
/** Anything a terminal would obey (newlines aside). */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/;

const dir = mkdtempSync(join(tmpdir(), 'hoptrace-hostile-text-'));
const db = join(dir, 'h.sqlite');
const JOB = `demo${EVIL}`;
let server: FixtureServer;
let trace: TraceBundle;
let crawlOut = '';

function whois(domain: string): string {
  return [
    'Domain Information: [ドメイン情報]',
    `[Domain Name]                   ${domain.toUpperCase()}`,
    `[Registrant]                    Evil${EVIL} Corp`,
    'Contact Information: [公開連絡窓口]',
    `[Name]                          Evil${EVIL} Corp`,
    '[Email]                         ops@evil.example',
    '[電話番号]                      03-1234-5678',
  ].join('\n');
}

beforeAll(async () => {
  server = await startFixtureServer();
  // Desktops are sent to the lure page, iPhones to a harmless one: cloaking.
  server.route('lure.test', '/c', (req, res) => {
    const mobile = /iPhone/.test(req.headers['user-agent'] ?? '');
    res.writeHead(302, { location: mobile ? server.url('safe.test', '/') : server.url('land.test', '/') });
    res.end();
  });
  server.page('land.test', '/', `<title>出会い RED${EVIL} 今すぐ</title><p>出会い系 今すぐ会える 近所の女性</p>`);
  server.page('safe.test', '/', '<title>News</title><p>Today in the news: weather.</p>');
  const mails = ['alice@victim.test', 'bob@victim.test'].map((to, i) => {
    const file = join(dir, `m${i}.eml`);
    writeFileSync(file, buildMail({
      headers: { From: `"Norton${EVIL}" <support@sec.test>`, To: to, Subject: `Alert${EVIL}`, 'Message-ID': `<m${i}@sec.test>` },
      contentType: 'text/html; charset=utf-8',
      body: `<a href="${server.url('lure.test', `/c?u=${Buffer.from(to).toString('base64url')}`)}">open${EVIL}</a>`,
    }));
    return file;
  });
  const crawl = await hoptrace(['crawl', ...mails, '--engine', 'http', ...LOOPBACK, '--persona', 'desktop-ja', '--persona', 'mobile-ja',
    '--db', db, '--job', JOB]);
  expect(crawl.code, crawl.stderr).toBe(0);
  crawlOut = crawl.stdout;
  trace = JSON.parse((await hoptrace(['export', '--db', db, '--format', 'json'])).stdout);
  for (const domain of ['land.test', 'safe.test']) writeFileSync(join(dir, `${domain}.whois`), whois(domain));
  await server.close();
});

/** Runs a command, expects success, and returns stdout after checking it holds nothing raw. */
async function inert(args: string[]): Promise<string> {
  const r = await hoptrace([...args, '--db', db]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).not.toMatch(RAW);
  expect(r.stderr).not.toMatch(RAW);
  return r.stdout;
}

describe('hostile text through every command', () => {
  it('the page title really is stored raw: the escaping is the views\' doing', () => {
    const desktop = trace.visits.find((v) => v.persona === 'desktop-ja')!;
    expect(desktop.final!.title).toContain(EVIL);
    expect(trace.messages[0]!.subject).toContain('\x1b]0;pwned');
  });

  it('crawl: the summary shows the job name and cloaked chains inert', () => {
    expect(crawlOut).not.toMatch(RAW);
    expect(crawlOut).toContain(`job demo${SHOWN}`);
    expect(crawlOut).toContain('cloaked:');
  });

  it('show: a job, a visit (its title) and a message (subject, sender)', async () => {
    expect(await inert(['show', JOB])).toContain(`job demo${SHOWN}`);
    const desktop = trace.visits.find((v) => v.persona === 'desktop-ja')!;
    expect(await inert(['show', desktop.id])).toContain(`title: 出会い RED${SHOWN} 今すぐ`);
    const message = await inert(['show', trace.messages[0]!.id]);
    expect(message).toContain(`Alert${SHOWN}`);
    expect(message).toContain(`from Norton${SHOWN} <support@sec.test>`);
  });

  it('classify: re-labels under a rule file whose rule id is hostile; show then prints the evidence inert', async () => {
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, JSON.stringify({ rules: [{ id: `local${EVIL}`, category: 'adult', weight: 10, in: ['title'], any: ['red'] }] }));
    expect(await inert(['classify', JOB, '--rules', rules])).toMatch(/changed/);
    const desktop = trace.visits.find((v) => v.persona === 'desktop-ja')!;
    expect(await inert(['show', desktop.id])).toContain(`evidence: local${SHOWN}`);
  });

  it('tokens, diff of two visits and diff of two jobs', async () => {
    expect(await inert(['tokens', JOB])).toMatch(/per-recipient/);
    const alice = trace.visits.filter((v) => v.linkId === trace.visits[0]!.linkId);
    expect(await inert(['diff', alice[0]!.id, alice[1]!.id])).toMatch(/diverges at hop 1/);
    expect(await inert(['diff', '--jobs', JOB, trace.jobs[0]!.id])).toMatch(/^same 4/);
  });

  it('rdap: imported WHOIS records and a cached lookup show the registrant inert', async () => {
    const imported = await inert(['rdap', '--import', join(dir, 'land.test.whois'), join(dir, 'safe.test.whois')]);
    expect(imported).toContain(`registrant  Evil${SHOWN} Corp`);
    const cached = await inert(['rdap', 'land.test', ...LOOPBACK, '--rdap-base', 'http://rdap.test/']);
    expect(cached).toContain('(cached');
    expect(cached).toContain(`Evil${SHOWN} Corp`);
  });

  it('pivot: the cluster the shared phone ties shows its registrants inert', async () => {
    const out = await inert(['pivot', JOB]);
    expect(out).toContain('+81312345678');
    expect(out).toContain(`registrant land.test: Evil${SHOWN} Corp`);
  });
});
