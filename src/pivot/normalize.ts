// Registrant phones and postal addresses in a form that matches across records: operators change
// names and addresses between domains but re-use a phone, written a different way each time.
// Phones are read by libphonenumber-js (every country's dialling plan: `+81.312345678`,
// `+81 (0)3 …`, `00 81 …`, `tel:` URIs, extensions, national numbers read with the registrant's
// country, Japan by default).
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ja from 'i18n-iso-countries/langs/ja.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

// Records name countries in English, Japanese or Chinese when they do not use the code.
const LANGUAGES = [en, ja, zh];
for (const locale of LANGUAGES) countries.registerLocale(locale);
// Names registries write that the library does not list: the ISO short name of Vietnam, and
// Korea alone, which in a registration record means the Republic.
const MORE_NAMES: Record<string, string> = { 'viet nam': 'VN', korea: 'KR' };

/** An ISO 3166 alpha-2 code for a country as records write it (`JP`, `Japan`, `日本`), or null. */
export function countryCode(country: string | null | undefined): string | null {
  if (!country) return null;
  const c = country.normalize('NFKC').trim();
  if (/^[A-Za-z]{2}$/.test(c)) return c.toUpperCase();
  for (const { locale } of LANGUAGES) {
    const code = countries.getSimpleAlpha2Code(c, locale);
    if (code) return code;
  }
  return MORE_NAMES[c.toLowerCase()] ?? null;
}

/**
 * E.164 `+<digits>` for a phone as written, or null when it cannot be a phone number.
 * `defaultCountry` (ISO alpha-2 or a name, JP when unknown) reads numbers written without a
 * country code. The extension is not part of the line: it is dropped.
 */
export function normalizePhone(raw: string | null | undefined, defaultCountry: string | null = 'JP'): string | null {
  if (!raw) return null;
  const code = countryCode(defaultCountry);
  const country: CountryCode = code && isSupportedCountry(code) ? code : 'JP';
  // Japanese records write an extension as 内線, which the library does not know.
  const phone = parsePhoneNumberFromString(raw.normalize('NFKC').replace(/\s*内線\s*/g, ' ext. '), country);
  return phone?.isPossible() ? phone.number : null;
}

/**
 * A postal address folded for matching: NFKC (full-width digits and letters become ASCII), lower
 * case, every run of punctuation, symbols (〒) and spaces one space; a Japanese long-vowel mark or
 * dash between digits (1ー2ー3) is a separator too.
 */
export function normalizeAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const folded = raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(?<=\d)[ー－‐−–—](?=\d)/g, ' ')
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
  return folded === '' ? null : folded;
}
