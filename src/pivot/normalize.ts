// Registrant phones and postal addresses in a form that matches across records: operators change
// names and addresses between domains but re-use a phone, written a different way each time.
// No phone-number library is installed, so this handles the shapes WHOIS/RDAP records carry:
// `+81.312345678`, `+81-3-1234-5678`, `+81 (0)3 …`, `00 81 …`, and national numbers read with
// the registrant's country (Japan by default).

interface CountryDialing {
  code: string;
  /** The national trunk prefix dropped after the country code (`0` in 03-1234-5678). */
  trunk: string;
  /** The international call prefix used from that country. */
  international: string[];
}

const DIALING: Record<string, CountryDialing> = {
  JP: { code: '81', trunk: '0', international: ['010'] },
  US: { code: '1', trunk: '1', international: ['011'] },
  CA: { code: '1', trunk: '1', international: ['011'] },
  GB: { code: '44', trunk: '0', international: ['00'] },
  DE: { code: '49', trunk: '0', international: ['00'] },
  FR: { code: '33', trunk: '0', international: ['00'] },
  CN: { code: '86', trunk: '0', international: ['00'] },
  HK: { code: '852', trunk: '', international: ['001'] },
  TW: { code: '886', trunk: '0', international: ['002'] },
  KR: { code: '82', trunk: '0', international: ['001', '002'] },
  RU: { code: '7', trunk: '8', international: ['810'] },
  IN: { code: '91', trunk: '0', international: ['00'] },
  AU: { code: '61', trunk: '0', international: ['0011'] },
  VN: { code: '84', trunk: '0', international: ['00'] },
  PH: { code: '63', trunk: '0', international: ['00'] },
};

const COUNTRY_NAMES: Record<string, string> = {
  japan: 'JP', 日本: 'JP', 'united states': 'US', usa: 'US', china: 'CN', 中国: 'CN', 'united kingdom': 'GB',
  germany: 'DE', france: 'FR', canada: 'CA', 'hong kong': 'HK', taiwan: 'TW', korea: 'KR', 'south korea': 'KR',
  russia: 'RU', 'russian federation': 'RU', india: 'IN', australia: 'AU', vietnam: 'VN', 'viet nam': 'VN', philippines: 'PH',
};

/** An ISO 3166 alpha-2 code for a country as records write it (`JP`, `Japan`, `日本`), or null. */
export function countryCode(country: string | null | undefined): string | null {
  if (!country) return null;
  const c = country.normalize('NFKC').trim();
  if (/^[A-Za-z]{2}$/.test(c)) return c.toUpperCase();
  return COUNTRY_NAMES[c.toLowerCase()] ?? null;
}

/**
 * E.164-like `+<digits>` for a phone as written, or null when it holds too few digits to be one.
 * `defaultCountry` (ISO alpha-2, JP when unknown) reads numbers written without a country code.
 */
export function normalizePhone(raw: string | null | undefined, defaultCountry: string | null = 'JP'): string | null {
  if (!raw) return null;
  let s = raw.normalize('NFKC').trim().replace(/^tel:/i, '');
  // Extensions are the same line's internal numbers: not part of the line.
  s = s.replace(/(;ext=|\s*(?:ext\.?|extension|x|内線)\s*)\d+\s*$/i, '');
  // `+81 (0)3 …` writes the trunk prefix for national callers only.
  s = s.replace(/\(0\)/g, '');
  const international = s.startsWith('+');
  let digits = s.replace(/\D/g, '');
  if (digits.length < 6) return null;
  if (international) return `+${digits}`;
  const dialing = DIALING[countryCode(defaultCountry) ?? 'JP'] ?? DIALING.JP!;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  const prefix = dialing.international.find((p) => digits.startsWith(p));
  if (prefix) return `+${digits.slice(prefix.length)}`;
  if (dialing.trunk && digits.startsWith(dialing.trunk)) digits = digits.slice(dialing.trunk.length);
  return `+${dialing.code}${digits}`;
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
