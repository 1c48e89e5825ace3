import { describe, expect, it } from 'vitest';
import { countryCode, normalizeAddress, normalizePhone } from '../../src/pivot/normalize.ts';

describe('normalizePhone', () => {
  const cases: [string, string | null, string | null][] = [
    ['+81.312345678', null, '+81312345678'],
    ['tel:+81.312345678', null, '+81312345678'],
    ['+81-3-1234-5678', null, '+81312345678'],
    ['+81 (0)3 1234 5678', null, '+81312345678'],
    ['03-1234-5678', null, '+81312345678'],
    ['03-1234-5678', 'JP', '+81312345678'],
    ['(03) 1234 5678', 'JP', '+81312345678'],
    ['０３－１２３４－５６７８', 'JP', '+81312345678'],
    ['090 1234 5678', 'Japan', '+819012345678'],
    ['010-81-3-1234-5678', 'JP', '+81312345678'],
    ['00 81 3 1234 5678', 'GB', '+81312345678'],
    ['+1.2175550100 x12', 'US', '+12175550100'],
    ['tel:+1-217-555-0100;ext=12', null, '+12175550100'],
    ['(217) 555-0100', 'US', '+12175550100'],
    ['1-217-555-0100', 'US', '+12175550100'],
    ['020 7946 0018', 'GB', '+442079460018'],
    ['010 8888 9999', 'CN', '+861088889999'],
    ['03-1234-5678 内線 12', 'JP', '+81312345678'],
    ['+86.13800138000', 'Atlantis', '+8613800138000'],
    ['13800138000', 'China', '+8613800138000'],
    ['not a phone 12', 'JP', null],
    ['12345', 'JP', null],
    ['', 'JP', null],
  ];
  it.each(cases)('%s (country %s) → %s', (raw, country, expected) => {
    expect(country === null ? normalizePhone(raw) : normalizePhone(raw, country)).toBe(expected);
  });
});

describe('normalizeAddress', () => {
  const cases: [string, string | null][] = [
    ['1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002', '1 2 3 shibuya shibuya ku tokyo 150 0002'],
    ['1-2-3  SHIBUYA,\nShibuya-Ku ,Tokyo, 150-0002', '1 2 3 shibuya shibuya ku tokyo 150 0002'],
    ['〒530-0001 大阪府大阪市北区梅田１－１－１', '530 0001 大阪府大阪市北区梅田1 1 1'],
    ['大阪府大阪市北区梅田1ー1ー1', '大阪府大阪市北区梅田1 1 1'],
    // A long-vowel mark inside a word is a letter, not a separator.
    ['メゾン・ハイツ ビル', 'メゾン ハイツ ビル'],
    ['Ｕｍｅｄａ Ｂｌｄｇ．１２Ｆ', 'umeda bldg 12f'],
    [' ,.; ', null],
  ];
  it.each(cases)('%s → %s', (raw, expected) => {
    expect(normalizeAddress(raw)).toBe(expected);
  });
});

describe('countryCode', () => {
  it.each([
    ['JP', 'JP'],
    ['jp', 'JP'],
    ['Japan', 'JP'],
    ['日本', 'JP'],
    ['ＪＰ', 'JP'],
    ['Brazil', 'BR'],
    ['ドイツ', 'DE'],
    ['美国', 'US'],
    ['Viet Nam', 'VN'],
    ['Korea', 'KR'],
    ['Atlantis', null],
    [null, null],
  ] as [string | null, string | null][])('%s → %s', (raw, expected) => {
    expect(countryCode(raw)).toBe(expected);
  });
});
