import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/mail/charset.ts';
import { parseMail } from '../../src/mail/parse.ts';
import { buildMail, encodeText, encodedWord } from '../fixtures/mail/build.ts';

const JA = 'お支払い方法の情報を更新してください';

// charset of the bytes, label written in the mail, transfer encoding, text
const cases: [string, string, 'base64' | 'quoted-printable' | '7bit' | '8bit', string][] = [
  ['iso-2022-jp', 'iso-2022-jp', '7bit', JA],
  ['iso-2022-jp', 'ISO-2022-JP', 'base64', JA],
  ['shift_jis', 'shift_jis', 'quoted-printable', JA],
  ['cp932', 'windows-31j', 'base64', `${JA}①Ⅱ㈱`],
  ['cp932', 'Shift_JIS', '8bit', `NEC拡張 ①②③ 髙﨑`],
  ['euc-jp', 'euc-jp', '8bit', JA],
  ['euc-jp', 'x-euc-jp', 'base64', JA],
  ['utf-8', 'utf-8', 'base64', `${JA} 🚨`],
  ['latin1', 'iso-8859-1', 'quoted-printable', 'Cópia de confirmação'],
  ['windows-1252', 'windows-1252', 'quoted-printable', 'Smart “quotes” – and €'],
  ['windows-1251', 'windows-1251', '8bit', 'Лотерея выигрыш'],
  ['koi8-r', 'koi8-r', 'base64', 'Напоминание о платеже'],
  ['gbk', 'gb2312', 'base64', '您的账户已被锁定'],
  ['iso-8859-7', 'iso-8859-7', 'quoted-printable', 'Καλημέρα'],
  // labels that lie: detection takes over
  ['shift_jis', 'iso-2022-jp', '8bit', JA],
  ['euc-jp', 'us-ascii', '8bit', JA],
  ['shift_jis', '_iso-2022-jp$ESC', 'base64', JA],
  ['utf-8', '"u"tf-8', '8bit', `${JA}`],
  ['utf-8', 'x-unknown-charset', 'base64', 'naïve café'],
];

describe('body and subject decoding per charset', () => {
  it.each(cases)('%s bytes labelled %s, %s', async (charset, label, cte, text) => {
    const raw = buildMail({
      headers: { From: 'a@example.test', To: 'b@example.test', Subject: encodedWord(text, charset, label) },
      contentType: `text/plain; charset=${label}`,
      transferEncoding: cte,
      body: Buffer.concat([encodeText(text, charset), Buffer.from('\r\nhttps://example.test/path?q=1\r\n')]),
    });
    const mail = await parseMail(raw, 'fixture');
    expect(mail.subject).toBe(text);
    expect(mail.links.map((l) => l.url)).toEqual(['https://example.test/path?q=1']);
    expect(mail.charsets).toContain(label.toLowerCase());
  });

  it('pure ASCII under an iso-2022-jp label stays readable', async () => {
    const raw = buildMail({ headers: { From: 'a@example.test', Subject: 'Eu sou o advogado' }, contentType: 'text/plain; charset=iso-2022-jp', transferEncoding: '7bit', body: 'Ol&aacute; https://ex.test/a' });
    const mail = await parseMail(raw, 'fixture');
    expect(mail.subject).toBe('Eu sou o advogado');
    expect(mail.errors).toEqual([]);
    expect(mail.links[0].url).toBe('https://ex.test/a');
  });

  it('decodes ISO-2022-JP extensions: half-width katakana (ESC ( I), JIS X 0212, JIS X 0213 designations', () => {
    const esc = (s: string) => Buffer.from(s.replace(/\\e/g, '\x1b'), 'latin1');
    expect(decodeBytes(esc('\\e(I12\\e(B'), 'iso-2022-jp').text).toBe('ｱｲ');
    expect(decodeBytes(esc('\\e$(D0!\\e(B'), 'iso-2022-jp-1').text).toBe('丂');
    expect(decodeBytes(esc('\\e$B-!\\e(B'), 'iso-2022-jp').text).toBe('①');
    expect(decodeBytes(esc('\\e$(Q$\"\\e(B'), 'iso-2022-jp-3').text).toBe('あ');
  });

  it('decodes a raw 8-bit EUC-JP subject behind a UTF-8 list prefix', async () => {
    const subject = Buffer.concat([Buffer.from('[SPAM] 【重要】'), encodeText('お客様のJCBアカウント', 'euc-jp')]);
    const raw = buildMail({ headers: { From: '"JCB" <x@jcb-secure.test>', Subject: subject }, body: 'hi' });
    expect((await parseMail(raw, 'fixture')).subject).toBe('[SPAM] 【重要】お客様のJCBアカウント');
  });

  it('joins encoded words that split a multi-byte character', async () => {
    const bytes = encodeText('ウイルスバスター', 'utf-8');
    const words = [bytes.subarray(0, 5), bytes.subarray(5)].map((b) => `=?UTF-8?B?${b.toString('base64')}?=`).join('\r\n ');
    const raw = buildMail({ headers: { From: `${words} <torendmicro.com@example.net>`, Subject: 'x' }, body: 'hi' });
    const mail = await parseMail(raw, 'fixture');
    expect(mail.from).toEqual({ name: 'ウイルスバスター', address: 'torendmicro.com@example.net' });
  });
});
