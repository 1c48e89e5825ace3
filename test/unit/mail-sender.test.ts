import { describe, expect, it } from 'vitest';
import { brandsNamedIn, loadBrands, lookalikeBrands } from '../../src/brands.ts';
import { senderFindings } from '../../src/mail/sender.ts';

const brands = loadBrands();
const kinds = (name: string, address: string, replyTo: string | null = null, returnPath: string | null = null) =>
  senderFindings({ from: { name, address }, replyTo, returnPath }, brands).map((f) => [f.kind, f.brand]);

describe('brand list', () => {
  it('knows the Japanese brands by their Japanese names', () => {
    for (const [text, brand] of [
      ['ウイルスバスター', 'Trend Micro'], ['アマゾン', 'Amazon'], ['三井住友カード', 'Sumitomo Mitsui Card'], ['楽天カード株式会社', 'Rakuten'],
      ['ゆうちょ銀行', 'Japan Post Bank'], ['えきねっと', 'JR East'], ['イオンカード', 'AEON Card'], ['国税庁', 'National Tax Agency'],
      ['セゾンカード', 'Saison Card'], ['エポスカード', 'Epos Card'], ['メルカリ', 'Mercari'], ['Yahoo! JAPAN', 'Yahoo! JAPAN'],
      ['NTTドコモ', 'docomo'], ['ソフトバンク', 'SoftBank'], ['au PAY', 'au / KDDI'], ['JCB Webmaster', 'JCB'], ['LINE', 'LINE'],
      ['Amаzon', 'Amazon'], ['メルカ\u2064リ', 'Mercari'],
    ]) expect(brandsNamedIn(text, brands).map((b) => b.name), text).toContain(brand);
  });

  it('does not see short brand names inside words', () => {
    expect(brandsNamedIn('Beautiful Autumn Sale', brands).map((b) => b.name)).toEqual([]);
  });
});

describe('look-alike domains', () => {
  it.each([
    ['amaz0n.co.jp', 'Amazon', 'homoglyph'],
    ['arnazon.com', 'Amazon', 'homoglyph'],
    ['amzaon.co.jp.xyz.cn', 'Amazon', 'edit-distance'],
    ['torendmicro.com', 'Trend Micro', 'edit-distance'],
    ['rakuten-secure.com', 'Rakuten', 'added-word'],
    ['paypal-login-check.net', 'PayPal', 'added-word'],
    ['www.eki-net.com.xyz.cn', 'JR East', 'embedded-domain'],
    ['www.eki-net.jp.abcde.cn', 'JR East', 'embedded-domain'],
    ['xn--pple-43d.com', 'Apple', 'idn-homograph'],
  ])('%s imitates %s (%s)', (host, brand, technique) => {
    const m = lookalikeBrands(host, brands).find((x) => x.brand.name === brand);
    expect(m?.technique).toBe(technique);
  });

  it.each(['amazon.co.jp', 'mail.rakuten-card.co.jp', 'example.com', 'gmail.com', 'ozlabs.org'])('%s imitates nothing', (host) => {
    expect(lookalikeBrands(host, brands)).toEqual([]);
  });
});

describe('sender findings', () => {
  it('flags a brand display name over a foreign address and a domain-shaped local part', () => {
    expect(kinds('ウイルスバスター', 'torendmicro.com@example.net')).toEqual([
      ['display-name-brand', 'Trend Micro'],
      ['local-part-domain', 'Trend Micro'],
    ]);
  });

  it('accepts a brand display name on its own domain', () => {
    expect(kinds('Amazon.co.jp', 'no-reply@amazon.co.jp')).toEqual([]);
  });

  it('flags Reply-To and Return-Path on other registrable domains, and their look-alikes', () => {
    expect(kinds('Info', 'info@shop.example.com', 'support@amaz0n-jp.com', 'bounce@mail.example.com')).toEqual([
      ['reply-to-mismatch', null],
      ['lookalike-domain', 'Amazon'],
    ]);
  });

  it('flags a look-alike From domain', () => {
    expect(kinds('', 'info@smbc-card-secure.com')).toEqual([['lookalike-domain', 'Sumitomo Mitsui Card']]);
  });

  it.each([
    ['service@paypal.com', 'x@mailer.evil.test', [['display-name-brand', 'PayPal'], ['display-name-address', 'PayPal']]],
    ['CEO John Smith (john.smith@corp.example)', 'johnsmith.corp@gmail.com', [['display-name-address', null]]],
    ['"noreply@bank.example" via Notices', 'notices@bulk.example.net', [['display-name-address', null]]],
    // the name's address on the sender's own registrable domain is just the address, written twice
    ['support@shop.example', 'support@mail.shop.example', []],
    ['Alice', 'alice@x.example', []],
  ])('a display name showing another address: %j from %s', (name, address, want) => {
    expect(kinds(name, address)).toEqual(want);
  });
});
