// From headers as real mail writes them: one row per pattern met in the wild (issue 16), each
// through the whole parser, so the address reaches the sender checks.
import { describe, expect, it } from 'vitest';
import { mailboxesIn } from '../../src/mail/headers.ts';
import { parseMail } from '../../src/mail/parse.ts';
import { buildMail, encodedWord } from '../fixtures/mail/build.ts';

const fromOf = async (from: string | Buffer) => (await parseMail(buildMail({ headers: { From: from, To: 'r@x.test', Subject: 's' }, body: 'hi\n' }), 't.eml')).from;

describe('From headers that break RFC 5322', () => {
  it.each([
    ['quoted name, stray comma', '"DIE Lösung! Endlich!", <service@news.example.de>', 'service@news.example.de', 'DIE Lösung! Endlich!'],
    ['name, comma, parenthesis around the address', 'Kundendienst,(<info@shop.example>)', 'info@shop.example', 'Kundendienst'],
    ['colon in the name, not a group', 'Nur für Sie: Medicare-Kit <support@kit.example>', 'support@kit.example', 'Nur für Sie: Medicare-Kit'],
    ['semicolon before the address', 'Starbucks Departamento;<renew@promo.example>', 'renew@promo.example', 'Starbucks Departamento'],
    ['name repeated with commas', 'Leon Blauer, Leon Blauer, <newsletter@mail.example.de>', 'newsletter@mail.example.de', 'Leon Blauer, Leon Blauer'],
    ['address with a trailing dot, listed twice', 'ADAC, <service@club.example.de.>, ADAC, <service@club.example.de>', 'service@club.example.de', 'ADAC'],
    ['an @ inside the quoted name', '"Jetzt@neu", <service@club.example.de>', 'service@club.example.de', 'Jetzt@neu'],
    ['quotes inside the angle brackets', 'Deutsche Bahn <"noreply@deutsche-bahn.de">', 'noreply@deutsche-bahn.de', 'Deutsche Bahn'],
    ['only a quoted address', '"noreply@deutsche-bahn.de"', 'noreply@deutsche-bahn.de', ''],
    ['address then comment name', 'billing@shop.example (Billing Team)', 'billing@shop.example', 'Billing Team'],
    ['plain', 'PayPal <service@paypal.example>', 'service@paypal.example', 'PayPal'],
    ['a quoted name that carries an address-looking text and a bracket', '"PayPal <service@paypal.com>" <evil@attacker.example>', 'evil@attacker.example', 'PayPal <service@paypal.com>'],
    ['empty angle brackets', '"Facebook" <>', '', 'Facebook'],
    ['domain upper case', 'Shop <Info@Shop.EXAMPLE>', 'Info@shop.example', 'Shop'],
    // raw 8-bit UTF-8 (no encoded word): U+FF20 is EF BC A0, and 0xA0 alone must not split the address
    ['a full-width @ in the local part, raw UTF-8', 'Amazon <ama＠zon@mailer.example>', 'ama＠zon@mailer.example', 'Amazon'],
    ['an internationalised address (RFC 6532), domain lower-cased after decoding', '山田 <山田@ÜBER.例え.jp>', '山田@über.例え.jp', '山田'],
  ])('%s: %s', async (_what, header, address, name) => {
    expect(await fromOf(header)).toEqual({ address, name });
  });

  it('an encoded word cannot bring its own address: the raw angle address wins', async () => {
    const from = await fromOf(`${encodedWord('PayPal <service@paypal.com>', 'utf-8')} <evil@attacker.example>`);
    expect(from).toEqual({ address: 'evil@attacker.example', name: 'PayPal <service@paypal.com>' });
  });

  it('a From wholly inside one encoded word is read after decoding', async () => {
    expect(await fromOf(encodedWord('Amazon <ship@amaz0n.example>', 'utf-8'))).toEqual({ address: 'ship@amaz0n.example', name: 'Amazon' });
  });

  it('an encoded name before a stray comma is decoded', async () => {
    expect(await fromOf(`${encodedWord('Café Geschenk', 'iso-8859-1')}, <gift@cafe.example>`)).toEqual({ address: 'gift@cafe.example', name: 'Café Geschenk' });
  });

  it('a From wholly inside one encoded word keeps a non-Latin address intact', async () => {
    expect(await fromOf(encodedWord('サポート <サポート@例え.jp>', 'utf-8'))).toEqual({ address: 'サポート@例え.jp', name: 'サポート' });
  });

  it('a From with several addresses is from the first, with the finding that names them all', async () => {
    const m = await parseMail(buildMail({ headers: { From: '"Apple Support" <support@apple.com>, <collect@evil.example>', To: 'r@x.test', Subject: 's' }, body: 'hi\n' }), 'f.eml');
    expect(m.from).toEqual({ address: 'support@apple.com', name: 'Apple Support' });
    expect(m.sender.findings).toEqual([
      { kind: 'several-from-addresses', detail: 'From names 2 addresses: support@apple.com, collect@evil.example; most clients show only the first', brand: null },
    ]);
    // the same address twice is one author
    const twice = await parseMail(buildMail({ headers: { From: 'ADAC, <service@club.example.de.>, ADAC, <service@club.example.de>', To: 'r@x.test', Subject: 's' }, body: 'hi\n' }), 'g.eml');
    expect(twice.sender.findings).toEqual([]);
  });

  it('a comma inside an encoded word does not split it', () => {
    expect(mailboxesIn('=?utf-8?Q?Hello,_World?= <a@b.example>')).toEqual([{ address: 'a@b.example', name: 'Hello, World' }]);
  });

  it('lists every recipient of a To header, not addresses inside display names', () => {
    expect(mailboxesIn('"a@decoy.example" <real@x.example>, b@y.example; "Doe, Jane" <jane@z.example>').map((m) => m.address)).toEqual([
      'real@x.example',
      'b@y.example',
      'jane@z.example',
    ]);
  });
});

describe('recipients', () => {
  it('keeps an address whose local part was itself rewritten into an address', () => {
    expect(mailboxesIn('"phishing@pot" <phishing@pot@hotmail.example>')).toEqual([{ address: 'phishing@pot@hotmail.example', name: 'phishing@pot' }]);
  });
});
