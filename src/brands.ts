// Known brands as data (src/data/brands.json, extendable by a user file) and the two questions
// asked about them: does this text name a brand, and does this host imitate one. Shared by the mail
// sender checks and the landing-page classifier, hence on the bottom floor.
import { readFileSync } from 'node:fs';
import { domainToUnicode } from 'node:url';
import { getDomain, getPublicSuffix } from 'tldts';
import { InputError } from './errors.ts';

export interface Brand {
  name: string;
  /** Names the brand goes by, Japanese ones included. */
  aliases: string[];
  /** Registrable domains the brand really sends from and serves. */
  domains: string[];
}

export type LookalikeTechnique =
  | 'idn-homograph'
  | 'embedded-domain'
  | 'homoglyph'
  | 'edit-distance'
  | 'added-word'
  | 'brand-label';

export interface LookalikeMatch {
  brand: Brand;
  technique: LookalikeTechnique;
  detail: string;
}

const BUILTIN = new URL('./data/brands.json', import.meta.url);

function readBrandFile(path: string | URL): Brand[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new InputError(`cannot read brand list ${String(path)}: ${(err as Error).message}`, { cause: err });
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { brands?: unknown }).brands;
  if (!Array.isArray(list)) throw new InputError(`brand list ${String(path)} has no "brands" array`);
  return list.map((b, i) => {
    const { name, aliases = [], domains = [] } = b as Partial<Brand>;
    if (typeof name !== 'string' || !Array.isArray(aliases) || !Array.isArray(domains)) {
      throw new InputError(`brand list ${String(path)}: entry ${i} needs name, aliases[] and domains[]`);
    }
    return { name, aliases: aliases.map(String), domains: domains.map((d) => String(d).toLowerCase()) };
  });
}

/** The built-in brands, plus (merged by name) those of a user file in the same JSON shape. */
export function loadBrands(extraFile?: string): Brand[] {
  const brands = readBrandFile(BUILTIN);
  if (!extraFile) return brands;
  for (const extra of readBrandFile(extraFile)) {
    const known = brands.find((b) => b.name.toLowerCase() === extra.name.toLowerCase());
    if (!known) brands.push(extra);
    else {
      known.aliases = [...new Set([...known.aliases, ...extra.aliases])];
      known.domains = [...new Set([...known.domains, ...extra.domains])];
    }
  }
  return brands;
}

// Characters that render like Latin letters (Cyrillic, Greek) and invisible ones used to break up
// brand names ("Amаzon" with a Cyrillic а, "メルカ\u2064リ").
const CONFUSABLES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h',
  ӏ: 'l', ɡ: 'g', ո: 'n', ս: 'u', α: 'a', ο: 'o', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', τ: 't',
  υ: 'u', χ: 'x', ı: 'i', ℓ: 'l',
};
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]/g;

/** NFKC, lower case, invisible characters dropped, look-alike letters mapped to Latin. */
export function skeleton(text: string): string {
  return Array.from(text.normalize('NFKC').toLowerCase().replace(INVISIBLE, ''), (c) => CONFUSABLES[c] ?? c).join('');
}

const SHORT_ALIAS = 4;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function aliasMatcher(alias: string): (plain: string, compact: string) => boolean {
  const a = skeleton(alias);
  const compactAlias = a.replace(/[\s._\-!・]/g, '');
  // Short Latin names (au, JCB, NTT) only count as whole words; longer ones also when spaced or
  // dotted apart ("A m a z o n", "C.a.l.l").
  if (/^[\x00-\x7f]+$/.test(a) && compactAlias.length <= SHORT_ALIAS) {
    const re = new RegExp(`(?<![a-z0-9])${escapeRegExp(a)}(?![a-z0-9])`);
    return (plain) => re.test(plain);
  }
  return (_plain, compact) => compact.includes(compactAlias);
}

const matcherCache = new WeakMap<Brand, ((plain: string, compact: string) => boolean)[]>();

/** The brands a text (a display name, a page title) names. */
export function brandsNamedIn(text: string, brands: Brand[]): Brand[] {
  const plain = skeleton(text);
  const compact = plain.replace(/[\s._\-!・]/g, '');
  return brands.filter((brand) => {
    let matchers = matcherCache.get(brand);
    if (!matchers) matcherCache.set(brand, (matchers = [brand.name, ...brand.aliases].map(aliasMatcher)));
    return matchers.some((m) => m(plain, compact));
  });
}

/** Is `host` (or an address's domain) one of the brand's own domains or below one. */
export function isBrandDomain(host: string, brand: Brand): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return brand.domains.some((d) => h === d || h.endsWith(`.${d}`));
}

// Digit/letter and letter-pair swaps that read alike in a URL bar.
function visualSkeleton(label: string): string {
  return skeleton(label)
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/cl/g, 'd')
    .replace(/0/g, 'o')
    .replace(/[1i|!]/g, 'l')
    .replace(/3/g, 'e')
    .replace(/5/g, 's')
    .replace(/[4@]/g, 'a');
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

interface BrandKey {
  label: string;
  visual: string;
}

const keyCache = new WeakMap<Brand, BrandKey[]>();

// The distinctive label of each brand domain: `amazon` of amazon.co.jp, `jp-bank` of jp-bank.japanpost.jp.
function brandKeys(brand: Brand): BrandKey[] {
  const cached = keyCache.get(brand);
  if (cached) return cached;
  const labels = new Set<string>();
  for (const d of brand.domains) {
    const suffix = getPublicSuffix(d) ?? '';
    const rest = suffix && d.endsWith(`.${suffix}`) ? d.slice(0, -suffix.length - 1) : d;
    for (const l of rest.split('.')) if (l && l !== 'www') labels.add(l);
  }
  const keys = [...labels].map((label) => ({ label, visual: visualSkeleton(label) }));
  keyCache.set(brand, keys);
  return keys;
}

const ADDED_WORDS = new Set([
  'secure', 'security', 'login', 'logon', 'signin', 'check', 'verify', 'verification', 'account', 'accounts',
  'support', 'help', 'service', 'services', 'update', 'jp', 'japan', 'co', 'card', 'mail', 'online', 'my',
  'info', 'auth', 'web', 'net', 'pay', 'id', 'confirm', 'center', 'official', 'app', 'user', 'member',
]);

function maxDistance(label: string): number {
  return label.length >= 8 ? 2 : label.length >= 5 ? 1 : 0;
}

interface HostLabel {
  label: string;
  visual: string;
  parts: { part: string; visual: string }[];
}

function compareLabel(host: HostLabel, key: BrandKey, inSubdomain: boolean): LookalikeTechnique | null {
  const { label } = host;
  if (label === key.label) return inSubdomain ? 'embedded-domain' : 'brand-label';
  if (key.label.length >= 4 && host.visual === key.visual) return 'homoglyph';
  const limit = maxDistance(key.label);
  if (limit && label.length >= 5 && editDistance(label, key.label, limit) <= limit) return 'edit-distance';
  if (host.parts.length > 1 && key.label.length >= 3 && !key.label.includes('-')) {
    const hit = host.parts.findIndex((p) => p.part === key.label || (key.label.length >= 4 && p.visual === key.visual));
    if (hit !== -1 && host.parts.every((p, i) => i === hit || ADDED_WORDS.has(p.part) || /^\d+$/.test(p.part))) return 'added-word';
  }
  return null;
}

/**
 * The brands that `host` imitates and how. A brand's own domains never match it. Short brand
 * labels (au, jcb) count only when they stand alone, never by edit distance.
 */
export function lookalikeBrands(host: string, brands: Brand[]): LookalikeMatch[] {
  const ascii = host.toLowerCase().replace(/\.$/, '');
  if (!ascii || brands.some((b) => isBrandDomain(ascii, b))) return [];
  const unicode = domainToUnicode(ascii) || ascii;
  const isIdn = unicode !== ascii || /[^\x00-\x7f]/.test(ascii);
  const shown = skeleton(unicode);
  const registrable = getDomain(shown) ?? shown;
  const suffix = getPublicSuffix(shown) ?? '';
  const body = suffix && shown.endsWith(`.${suffix}`) ? shown.slice(0, -suffix.length - 1) : shown;
  const labels: HostLabel[] = body
    .split('.')
    .filter(Boolean)
    .map((label) => ({ label, visual: visualSkeleton(label), parts: label.split('-').map((part) => ({ part, visual: visualSkeleton(part) })) }));
  const registrableLabel = labels[labels.length - 1];
  const out: LookalikeMatch[] = [];
  for (const brand of brands) {
    if (isIdn && isBrandDomain(shown, brand)) {
      out.push({ brand, technique: 'idn-homograph', detail: `${ascii} displays as ${unicode}, which reads as ${brand.name}'s ${shown}` });
      continue;
    }
    const embedded = brand.domains.find((d) => shown.startsWith(`${d}.`) || shown.includes(`.${d}.`));
    if (embedded) {
      out.push({ brand, technique: 'embedded-domain', detail: `${ascii} carries ${embedded} in front of ${registrable}` });
      continue;
    }
    let found: LookalikeMatch | null = null;
    for (const key of brandKeys(brand)) {
      for (const [i, label] of labels.entries()) {
        const inSubdomain = i < labels.length - 1;
        if (inSubdomain && key.label.length < SHORT_ALIAS) continue;
        const technique = compareLabel(label, key, inSubdomain);
        if (!technique) continue;
        const how = isIdn ? 'idn-homograph' : technique;
        found = { brand, technique: how, detail: `${ascii}: label "${label.label}" imitates ${brand.name}'s "${key.label}" (${technique})` };
        if (label === registrableLabel) break;
      }
      if (found) break;
    }
    if (found) out.push(found);
  }
  return out;
}
