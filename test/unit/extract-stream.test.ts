// `hoptrace extract` streams: --jsonl writes each message as a line as it is parsed, then a line
// per message with tokens; --json writes the same as one object. Real CLI, a small mbox.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { BIN, hoptrace } from '../fixtures/cli.ts';
import { buildMultipart } from '../fixtures/mail/build.ts';

const tmp = mkdtempSync(join(tmpdir(), 'hoptrace-extract-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const recipients = ['alice@mail.example.test', 'bob@corp.example.test', 'carol@home.example.test'];
const mbox = join(tmp, 'camp.mbox');
writeFileSync(
  mbox,
  recipients
    .map((r, i) => `From news@camp.example.test Mon Mar  3 0${i}:00:00 2025\nFrom: Camp <news@camp.example.test>\nTo: ${r}\nSubject: Spring\nDate: Mon, 03 Mar 2025 0${i}:00:00 +0000\n\n` +
      `Hello, https://click.camp.example.test/c?e=${encodeURIComponent(r)}&cid=88231\n`)
    .join('') + `From x Mon Mar  3 09:00:00 2025\nnot a mail at all\n`,
);
const urls = join(tmp, 'urls.txt');
writeFileSync(urls, 'https://a.example.test/one\n');

describe('extract output', () => {
  it('--jsonl: one line per message in input order, URL lists as they come, tokens last', async () => {
    const r = await hoptrace(['extract', '--jsonl', mbox, urls]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; index?: number; message?: number; recipients?: string[]; tokens?: { derivation: string }[] });
    expect(lines.map((l) => l.type)).toEqual(['message', 'message', 'message', 'message', 'urls', 'tokens', 'tokens', 'tokens']);
    expect(lines.slice(0, 3).map((l) => [l.index, l.recipients])).toEqual(recipients.map((r, i) => [i, [r]]));
    expect(lines.slice(5).map((l) => [l.message, l.tokens!.map((t) => t.derivation).filter(Boolean)])).toEqual([0, 1, 2].map((i) => [i, ['urlencoded(email)']]));
  });

  it('--json: the same data as one object', async () => {
    const r = await hoptrace(['extract', '--json', mbox, urls]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.messages.map((m: { index: number }) => m.index)).toEqual([0, 1, 2, 3]);
    expect(out.urlLists).toEqual([{ source: urls, urls: ['https://a.example.test/one'] }]);
    expect(out.errors).toEqual([]);
    expect(out.tokens.map((t: { message: number }) => t.message)).toEqual([0, 1, 2]);
  });

  it('keeps link records and tokens in a temporary folder while it runs, and leaves nothing there', async () => {
    const spool = join(tmp, 'spool');
    mkdirSync(spool);
    const r = await hoptrace(['extract', '--jsonl', mbox], { env: { TMPDIR: spool } });
    expect(r.code).toBe(0);
    expect(r.stdout.match(/"type":"tokens"/g)).toHaveLength(3);
    // (tsx, when the tests run the sources, keeps its cache there too)
    expect(readdirSync(spool).filter((f) => f.startsWith('hoptrace-'))).toEqual([]);
  });

  it('ends quietly with 0 when its reader goes away (`| head`)', async () => {
    const big = join(tmp, 'big.mbox');
    writeFileSync(big, Array.from({ length: 400 }, (_, i) => `From a@b.test Mon Mar  3 01:00:00 2025\nFrom: a@b.test\nTo: r${i}@x.test\nSubject: n\n\nhttps://x.test/c?e=${i}&pad=${'p'.repeat(600)}\n`).join(''));
    const child = spawn(process.execPath, [BIN, 'extract', '--jsonl', big], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('the text view lists messages, then the tokens', async () => {
    const r = await hoptrace(['extract', mbox]);
    expect(r.code).toBe(0);
    expect(r.stdout.indexOf(`${mbox}#3`)).toBeLessThan(r.stdout.indexOf(`tokens: ${mbox}#1`));
    expect(r.stdout).toContain('query:e = ');
  });
});

describe('extract and attachments', () => {
  it('lists an HTML attachment as a link without its bytes, and reads no token into its synthetic URL', async () => {
    const eml = join(tmp, 'att.eml');
    const page = '<form action="https://kit.example.test/p.php"></form>';
    writeFileSync(eml, buildMultipart({ From: 'a@b.example.test', To: 'r@x.example.test', Subject: 'doc' }, [
      { contentType: 'text/plain; charset=utf-8', body: 'see attached' },
      { contentType: 'text/html; charset=utf-8', filename: 'doc.html', body: page },
    ]));
    const out = JSON.parse((await hoptrace(['extract', '--json', eml])).stdout);
    const [m] = out.messages;
    expect(m.attachments).toEqual([{ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), filename: 'doc.html', mime: 'text/html', size: Buffer.byteLength(page) }]);
    expect(m.links.map((l: { kind: string }) => l.kind).sort()).toEqual(['attachment', 'form']);
    const tokenUrls = out.tokens.flatMap((t: { tokens: { url: string }[] }) => t.tokens.map((k) => k.url));
    expect(tokenUrls.filter((u: string) => u.startsWith('https://attachment.invalid/'))).toEqual([]);
  });
});
