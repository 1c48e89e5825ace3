import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseRdap, parseRegistrationText, parseWhois, RegistrationParseError } from '../../src/pivot/registration.ts';

const sample = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/rdap/${name}`, import.meta.url)), 'utf8');

describe('parseRdap', () => {
  it('reads the registrant jCard, the registrar and the registration event', () => {
    expect(parseRdap(JSON.parse(sample('shop-alpha.test.json')))).toEqual({
      domain: 'shop-alpha.test',
      registrantName: 'Taro Yamada',
      registrantOrg: 'Yamada Shoji',
      email: 'taro.yamada@mail-a.example',
      phone: '+81.312345678',
      phoneNormalized: '+81312345678',
      address: '1-2-3 Shibuya, Shibuya-ku, Tokyo, 150-0002, Japan',
      addressNormalized: '1 2 3 shibuya shibuya ku tokyo 150 0002 japan',
      registrar: 'Example Registrar, Inc.',
      created: '2024-03-01T08:00:00.000Z',
    });
  });

  it('finds a registrant nested under the registrar entity, street lines given as a list', () => {
    const r = parseRdap(JSON.parse(sample('delta-win.test.json')));
    expect(r.registrantName).toBe('Kenji Ito');
    expect(r.email).toBe('ops@mailbox.example');
    expect(r.address).toBe('4-5-6 Umeda Kita-ku, Osaka, Osaka, 530-0001, JP');
    expect(r.registrar).toBe('Other Registrar Ltd.');
  });

  it('lower-cases e-mail so OPS@ and ops@ match', () => {
    expect(parseRdap(JSON.parse(sample('epsilon-bonus.test.json'))).email).toBe('ops@mailbox.example');
  });

  it('refuses what is not a domain object', () => {
    expect(() => parseRdap({ objectClassName: 'entity', handle: 'X' })).toThrow(RegistrationParseError);
    expect(() => parseRdap({ objectClassName: 'domain' })).toThrow(/names no domain/);
  });
});

describe('parseWhois', () => {
  it('reads a gTLD record: registrant fields, street lines joined, registrar, creation date', () => {
    expect(parseWhois(sample('omega-loan.test.whois'))).toEqual({
      domain: 'omega-loan.test',
      registrantName: 'John Smith',
      registrantOrg: 'Smith Holdings',
      email: 'john.smith@mail-c.example',
      phone: '+1.2175550100',
      phoneNormalized: '+12175550100',
      address: '100 Main Street, Suite 5, Springfield, IL, 62701, US',
      addressNormalized: '100 main street suite 5 springfield il 62701 us',
      registrar: 'NameCheap-Like, Inc.',
      created: '2024-02-14T09:30:00.000Z',
    });
  });

  it('reads a JPRS record: [登録者名], [Email], [電話番号] in national form, a two-line [住所]', () => {
    const r = parseWhois(sample('gamma-prize.test.whois'));
    expect(r.domain).toBe('gamma-prize.test');
    expect(r.registrantName).toBe('佐藤 花子');
    expect(r.email).toBe('h.sato@mail-b.example');
    expect(r.phone).toBe('03-1234-5678');
    expect(r.phoneNormalized).toBe('+81312345678');
    expect(r.address).toBe('大阪府大阪市北区梅田１－１－１, 梅田ビル１２Ｆ, 530-0001');
    expect(r.addressNormalized).toBe('大阪府大阪市北区梅田1 1 1 梅田ビル12f 530 0001');
    expect(r.created).toBe('2024-04-02T00:00:00.000Z');
  });

  it('takes the domain from the caller when the text names none, and refuses text with no fields', () => {
    expect(parseWhois('Registrant Email: a@b.example\nRegistrant Phone: +81.5011112222', 'x.test').domain).toBe('x.test');
    expect(() => parseWhois('Registrant Email: a@b.example')).toThrow(/names no domain/);
    expect(() => parseWhois('just some words\nnothing here', 'x.test')).toThrow(/no registration fields/);
  });
});

describe('parseRegistrationText', () => {
  it('tells RDAP JSON from WHOIS text', () => {
    expect(parseRegistrationText(sample('zeta-news.test.json')).domain).toBe('zeta-news.test');
    expect(parseRegistrationText(sample('omega-loan.test.whois')).domain).toBe('omega-loan.test');
    expect(() => parseRegistrationText('{ not json')).toThrow(/not valid JSON/);
  });
});
