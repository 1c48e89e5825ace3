// mbox separators as mailbox readers see them: `From ` + address + date, with or without an empty
// line before it; a header written `From :` is no separator.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputs, sniff, type ParsedMail } from '../../src/mail/inputs.ts';
import { isSeparator } from '../../src/mail/mbox.ts';

const tmp = mkdtempSync(join(tmpdir(), 'hoptrace-mbox-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function mailsOf(path: string): Promise<ParsedMail[]> {
  const out: ParsedMail[] = [];
  for await (const item of readInputs([path])) if (item.type === 'mail') out.push(item.mail);
  return out;
}

const message = (n: number) =>
  `From: Shop <news@shop.example>\nTo: user${n}@x.example\nSubject: offer ${n}\n\nHello ${n}, see https://shop.example/o/${n}\nFrom now on, prices drop.\n`;

describe('mbox splitting', () => {
  it('splits three messages written without an empty line before each separator', async () => {
    const path = join(tmp, 'tight.mbox');
    const seps = ['From news@shop.example Thu Jan  2 10:00:00 2025', 'From MAILER-DAEMON Fri Jan 03 11:22:33 2025', 'From - Sat, 04 Jan 2025 12:00:00 +0000'];
    writeFileSync(path, seps.map((sep, i) => `${sep}\n${message(i + 1)}`).join(''));
    const mails = await mailsOf(path);
    expect(mails.map((m) => [m.source.split('#')[1], m.subject, m.recipients])).toEqual([
      ['1', 'offer 1', ['user1@x.example']],
      ['2', 'offer 2', ['user2@x.example']],
      ['3', 'offer 3', ['user3@x.example']],
    ]);
    // A body line starting with "From " that is no separator stays in its message.
    expect(mails[0].links.map((l) => l.url)).toEqual(['https://shop.example/o/1']);
  });

  it('a paragraph starting with "From " after an empty line stays in its message (an unquoting writer)', async () => {
    const path = join(tmp, 'prose.mbox');
    const body = 'From: Shop <news@shop.example>\nTo: u@x.example\nSubject: offer\n\nHello.\n\nFrom now on, prices drop: https://shop.example/o/9\n';
    writeFileSync(path, `From news@shop.example Thu Jan  2 10:00:00 2025\n${body}\nFrom news@shop.example Thu Jan  2 11:00:00 2025\n${body.replace('offer', 'second')}`);
    const mails = await mailsOf(path);
    expect(mails.map((m) => [m.subject, m.links.map((l) => l.url)])).toEqual([
      ['offer', ['https://shop.example/o/9']],
      ['second', ['https://shop.example/o/9']],
    ]);
  });

  it.each([
    ['From news@shop.example Thu Jan  2 10:00:00 2025', false, true],
    ['From news@shop.example Thu Jan  2 10:00:00 +0900 2025', false, true],
    ['From news@shop.example Thu Jan  2 10:00 JST 2025', false, true],
    ['From now on, prices drop.', false, false],
    // prose after an empty line, written unquoted: splitting there would cut the message in two
    ['From now on, prices drop.', true, false],
    ['From the team at Shop: see you soon', true, false],
    // a date in a shape of its own, after an empty line
    ['From sender@shop.example 2025-01-02 10:00:00', true, true],
    ['From sender@shop.example 2025-01-02 10:00:00', false, false],
    ['From ???@??? Mon Jan 02 10:00:00 2025', true, true],
    ['From : juliapolska1994@outlook.example', true, false],
    ['From: a@b.example', true, false],
  ])('%s (after an empty line: %s) separates: %s', (line, afterBlank, expected) => {
    expect(isSeparator(line, afterBlank)).toBe(expected);
  });

  it('a mail whose first header is written `From :` is a mail, not an mbox', () => {
    expect(sniff(Buffer.from('From : julia@outlook.example\nSubject: hi\nTo: a@b.example\n\nbody\n'))).toBe('mail');
    expect(sniff(Buffer.from('From a@b.example Thu Jan  2 10:00:00 2025\nSubject: hi\n\nbody\n'))).toBe('mbox');
  });
});
