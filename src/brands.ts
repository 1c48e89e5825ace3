// Known brands as data (src/data/brands.json, extendable by a user file) and the two questions
// asked about them: does this text name a brand, and does this host imitate one. Shared by the mail
// sender checks and the landing-page classifier, hence on the bottom floor.
import { readFileSync } from 'node:fs';
import { domainToUnicode } from 'node:url';
import { getDomain, getPublicSuffix } from 'tldts';
import { rectifyConfusion } from 'unicode-confusables';
import wordListPath from 'word-list';
import { InputError } from './errors.ts';

export interface Brand {
  name: string;
  /** Names the brand goes by, Japanese ones included. */
  aliases: string[];
  /** Registrable domains the brand really sends from and serves: never look-alikes. */
  domains: string[];
  /** Aliases that are ordinary words in another case (LINE): matched only as written. */
  caseSensitive?: string[];
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
    const { name, aliases = [], domains = [], caseSensitive = [] } = b as Partial<Brand>;
    if (typeof name !== 'string' || !Array.isArray(aliases) || !Array.isArray(domains) || !Array.isArray(caseSensitive)) {
      throw new InputError(`brand list ${String(path)}: entry ${i} needs name, aliases[] and domains[] (caseSensitive[] may be added)`);
    }
    return { name, aliases: aliases.map(String), domains: domains.map((d) => String(d).toLowerCase()), caseSensitive: caseSensitive.map(String) };
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
      known.caseSensitive = [...new Set([...(known.caseSensitive ?? []), ...(extra.caseSensitive ?? [])])];
    }
  }
  return brands;
}

const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]/g;

/**
 * NFKC, lower case, invisible characters dropped, then the Unicode confusables skeleton (UTS #39:
 * Cyrillic а → a, ｍ → rn, 0 → O…) lower-cased again. Both sides of every comparison go through it,
 * so `m` and `rn` meet, and so do `Amаzon` and `Amazon`.
 */
export function skeleton(text: string): string {
  return rectifyConfusion(text.normalize('NFKC').toLowerCase().replace(INVISIBLE, '')).toLowerCase();
}

const SEPARATORS = /[\s._\-!・]/g;
const LATIN_WORD = /[a-z0-9\u00df-\u024f]+/g;

// Latin words, camelCase split (`PepebyBinance` → Pepeby, Binance). `written` keeps the case (through
// the confusables map, which keeps case too) for the aliases matched only as written.
function nameView(text: string): NameView {
  // A capital I inside a lower-case word reads as an l (AppIe, PayPaI): a lure's spelling, not camelCase.
  const split = text.normalize('NFKC').replace(INVISIBLE, '').replace(/(?<=\p{Ll})I(?=\p{Ll}|(?![\p{L}\p{N}]))/gu, 'l').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  const written = rectifyConfusion(split).match(/[A-Za-z0-9\u00c0-\u024f]+/g) ?? [];
  const words = skeleton(split).match(LATIN_WORD) ?? [];
  return { written, words, compact: skeleton(text).replace(SEPARATORS, '') };
}

interface NameView {
  words: string[];
  written: string[];
  compact: string;
}

/** The matched alias, compact and skeletal, or null. */
type AliasMatcher = (view: NameView) => string | null;

function sameRun(words: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, k) => words[i + k] === w)) return true;
  return false;
}

// Spaced-out or dotted-apart names (`A m a z o n`, `Net flix`): consecutive words that join into the name.
function joinsInto(words: string[], compact: string): boolean {
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let j = i; j < words.length && joined.length < compact.length; j++) {
      joined += words[j];
      if (joined === compact) return true;
    }
  }
  return false;
}

/**
 * Latin names match whole words only ("Beautiful Autumn" names no au), in any case unless the
 * brand lists the alias as case-sensitive (LINE is a brand, "Life Line Screening" is not). Names in
 * other scripts have no word spaces and match as a run of characters.
 */
function aliasMatcher(alias: string, caseSensitive: boolean): AliasMatcher {
  const own = nameView(alias);
  const compactAlias = /[^\x00-\x7f]/.test(alias) ? own.compact : own.words.join('');
  const hit = (matched: boolean) => (matched ? compactAlias : null);
  if (/[^\x00-\x7f]/.test(alias)) return (view) => hit(view.compact.includes(compactAlias));
  if (caseSensitive) return (view) => hit(sameRun(view.written, own.written));
  const run = own.words;
  // A two-letter name (au) is too common a word in other languages: it counts only as the one Latin word of the text.
  if (compactAlias.length <= 2) return (view) => hit(view.words.length === run.length && sameRun(view.words, run));
  return (view) => hit(sameRun(view.words, run) || (compactAlias.length >= 5 && joinsInto(view.words, compactAlias)));
}

const matcherCache = new WeakMap<Brand, AliasMatcher[]>();

/**
 * The brands a text (a display name, a page title) names. A name inside a longer one of another
 * brand is that brand's (MetaMask names MetaMask, not Meta).
 */
export function brandsNamedIn(text: string, brands: Brand[]): Brand[] {
  const view = nameView(text);
  const hits: { brand: Brand; alias: string }[] = [];
  for (const brand of brands) {
    let matchers = matcherCache.get(brand);
    if (!matchers) {
      const exact = new Set(brand.caseSensitive ?? []);
      matcherCache.set(brand, (matchers = [brand.name, ...brand.aliases].map((a) => aliasMatcher(a, exact.has(a)))));
    }
    const matched = matchers.map((m) => m(view)).filter((a): a is string => a !== null);
    if (matched.length) hits.push({ brand, alias: matched.reduce((a, b) => (b.length > a.length ? b : a)) });
  }
  return hits.filter((h) => !hits.some((o) => o !== h && o.alias.length > h.alias.length && o.alias.includes(h.alias))).map((h) => h.brand);
}

/** Is `host` (or an address's domain) one of the brand's own domains or below one. */
export function isBrandDomain(host: string, brand: Brand): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return brand.domains.some((d) => h === d || h.endsWith(`.${d}`));
}

// Beyond the Unicode skeleton: ASCII swaps that read alike in a URL bar.
function visualSkeleton(label: string): string {
  return skeleton(label)
    .replace(/vv/g, 'w')
    .replace(/cl/g, 'd')
    .replace(/[1i|!]/g, 'l')
    .replace(/3/g, 'e')
    .replace(/5/g, 's')
    .replace(/[4@]/g, 'a');
}

// The 2.6 MB list kept as one string and searched, not a Set of 274,000 strings (35 MB): it is
// asked about a few hundred labels per run. Searched from where the words of the label's first two
// letters are, not from the start: a search of the whole string costs about a millisecond, and the
// brand keys alone ask some 200 times (200 ms of every run, however small the mail).
let dictionary: { text: string; spans: Map<string, [number, number][]> } | null = null;

function loadDictionary(): { text: string; spans: Map<string, [number, number][]> } {
  const text = `\n${readFileSync(wordListPath, 'latin1')}\n`;
  // Where each two-letter prefix's words are: runs of lines, since the list is sorted (not
  // strictly: no order is assumed, a prefix may have several runs).
  const spans = new Map<string, [number, number][]>();
  let last: [number, number] | null = null;
  let lastPrefix = '';
  for (let start = 0; start < text.length - 1; ) {
    const end = text.indexOf('\n', start + 1);
    if (end === -1) break;
    const prefix = text.slice(start + 1, Math.min(start + 3, end));
    if (last && prefix === lastPrefix) last[1] = end;
    else {
      last = [start, end];
      lastPrefix = prefix;
      const list = spans.get(prefix) ?? [];
      list.push(last);
      spans.set(prefix, list);
    }
    start = end;
  }
  return { text, spans };
}

/** An ordinary English word (`email`, `mobile`, `global`): never taken for a typo of a brand. */
const wordAnswers = new Map<string, boolean>();

export function isWord(label: string): boolean {
  if (!/^[a-z]+$/.test(label)) return false;
  let answer = wordAnswers.get(label);
  if (answer === undefined) {
    const { text, spans } = (dictionary ??= loadDictionary());
    const needle = `\n${label}\n`;
    // A copy of the span (kilobytes): indexOf from its start would run on to the end of the list.
    answer = (spans.get(label.slice(0, 2)) ?? []).some(([start, end]) => text.slice(start, end + 1).includes(needle));
    if (wordAnswers.size < 10_000) wordAnswers.set(label, answer);
  }
  return answer;
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
  /** The brand's own name or a made-up word (not `global` of global.jcb, not `live` of live.com). */
  distinctive: boolean;
}

const keyCache = new WeakMap<Brand, BrandKey[]>();

// The label left of the public suffix of each registrable brand domain: `amazon` of amazon.co.jp,
// `japanpost` of jp-bank.japanpost.jp, `global` of global.jcb (a word: never distinctive).
function brandKeys(brand: Brand): BrandKey[] {
  const cached = keyCache.get(brand);
  if (cached) return cached;
  const labels = new Set<string>();
  for (const d of brand.domains) {
    const registrable = getDomain(d) ?? d;
    const suffix = getPublicSuffix(registrable) ?? '';
    const label = suffix && registrable.endsWith(`.${suffix}`) ? registrable.slice(0, -suffix.length - 1) : registrable;
    // A domain under a suffix the public list does not know (amazon.com.be) leaves only `com`.
    if (label && !/^(?:com|co|net|org|gov|edu|ac|ne|or|go)$/.test(label)) labels.add(label);
  }
  const names = new Set([brand.name, ...brand.aliases].map((n) => skeleton(n).replace(SEPARATORS, '')));
  const keys = [...labels].map((label) => ({ label, visual: visualSkeleton(label), distinctive: names.has(skeleton(label)) || !isWord(label) }));
  keyCache.set(brand, keys);
  return keys;
}

/** Words a lure's host adds to the name it wears (paypal-secure-login, dhl-redelivery-fee). */
export const ADDED_WORDS: ReadonlySet<string> = new Set([
  'secure', 'security', 'login', 'logon', 'signin', 'check', 'verify', 'verification', 'account', 'accounts',
  'support', 'help', 'service', 'services', 'update', 'jp', 'japan', 'co', 'card', 'mail', 'online', 'my',
  'info', 'auth', 'web', 'net', 'pay', 'id', 'confirm', 'center', 'official', 'app', 'user', 'member',
  'express', 'tracking', 'track', 'delivery', 'redelivery', 'parcel', 'package', 'shipping', 'billing', 'payment',
  'resolution', 'recovery', 'restore', 'unlock', 'limited', 'access', 'review', 'dispute', 'refund', 'customer',
  'client', 'clients', 'cliente', 'espace', 'notice', 'alert', 'activity', 'status', 'wallet', 'connect',
  'centre', 'portal', 'direct', 'sameday', 'banking', 'validation', 'verified', 'secured', 'safety',
  // The same lure words in the languages of the lures (French, Spanish, Portuguese, Italian, German).
  'compte', 'securise', 'securite', 'particulier', 'particuliers', 'remboursement', 'connexion', 'acces',
  'acceso', 'cuenta', 'seguro', 'segura', 'seguridad', 'verificacion', 'clientes', 'conta', 'seguranca',
  'acesso', 'sicurezza', 'accesso', 'conto', 'sicher', 'konto', 'kunden', 'sicherheit', 'verifizierung',
  'suivi', 'paiement', 'fee', 'webmail', 'docs', 'viewer', 'shared', 'files', 'document', 'sso',
  'authentication', 'notification', 'claim',
  'livraison', 'frais', 'colis', 'facture', 'envio', 'envios', 'paquete', 'entrega', 'pago', 'pagos', 'factura',
  'encomenda', 'encomendas', 'pagamento', 'rastreio', 'rastreamento', 'tarifa', 'tarif', 'layanan', 'pengiriman',
  'paket', 'lieferung', 'sendung', 'zahlung', 'invoice', 'renew', 'renewal', 'reactivate', 'suspended', 'locked',
  'helpdesk',
]);

/** Typos are only looked for in names long enough to have one, and never in dictionary words. */
function maxDistance(key: BrandKey): number {
  return key.label.length >= 9 ? 2 : key.label.length >= 6 ? 1 : 0;
}

interface HostLabel {
  label: string;
  visual: string;
  parts: { part: string; visual: string }[];
}

function compareLabel(host: HostLabel, key: BrandKey, inSubdomain: boolean): LookalikeTechnique | null {
  const { label } = host;
  if (!key.distinctive) return null;
  // A short name alone in a subdomain (ups.example.com) is as likely the owner's word; joined to
  // words of a lure (dhl-express-tracking.example.net) it is the brand worn.
  if (inSubdomain && key.label.length < 4) return key.label.length === 3 && addedWords(host, key) ? 'added-word' : null;
  // A subdomain named by a word (meta.stackexchange.com, apple.example.org) is the owner's word.
  if (label === key.label) return !inSubdomain ? 'brand-label' : isWord(key.label) ? null : 'embedded-domain';
  if (key.label.length >= 4 && host.visual === key.visual) return 'homoglyph';
  const limit = maxDistance(key);
  if (limit && label.length >= key.label.length - 1 && editDistance(label, key.label, limit) <= limit && !isWord(label)) return 'edit-distance';
  return addedWords(host, key) ? 'added-word' : null;
}

const ADDED_VISUAL = new Set([...ADDED_WORDS].map(visualSkeleton));

/** "appleld" (Apple ID, its I an l), "paypalsecure": a name of four letters or more run into a lure's word. */
function runInto(part: string, label: string): boolean {
  if (label.length < 4 || part.length <= label.length) return false;
  return (part.startsWith(label) && ADDED_VISUAL.has(visualSkeleton(part.slice(label.length)))) ||
    (part.endsWith(label) && ADDED_VISUAL.has(visualSkeleton(part.slice(0, -label.length))));
}

/** The label is the brand's name joined by hyphens, or run, into words a lure adds (paypal-secure-login, appleld-apple). */
function addedWords(host: HostLabel, key: BrandKey): boolean {
  if (key.label.length < 3 || key.label.includes('-')) return false;
  const plain = (p: HostLabel['parts'][number]) => p.part === key.label || (key.label.length >= 4 && p.visual === key.visual);
  const wears = (p: HostLabel['parts'][number]) => plain(p) || runInto(p.part, key.label);
  const hit = host.parts.findIndex(wears);
  if (hit === -1 || (host.parts.length < 2 && plain(host.parts[hit]!))) return false;
  return host.parts.every((p, i) => i === hit || ADDED_WORDS.has(p.part) || /^\d+$/.test(p.part) || wears(p));
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
  const shown = unicode.normalize('NFKC').toLowerCase();
  const shownSkeleton = skeleton(shown);
  // Under a shared suffix (x.github.io, x.serveirc.com) the label before it is the owner's own.
  const registrable = getDomain(shown, { allowPrivateDomains: true }) ?? shown;
  const suffix = getPublicSuffix(shown, { allowPrivateDomains: true }) ?? '';
  const body = suffix && shown.endsWith(`.${suffix}`) ? shown.slice(0, -suffix.length - 1) : shown;
  const labels: HostLabel[] = body
    .split('.')
    .filter(Boolean)
    .map((label) => ({ label, visual: visualSkeleton(label), parts: label.split('-').map((part) => ({ part, visual: visualSkeleton(part) })) }));
  const registrableLabel = labels[labels.length - 1];
  const out: LookalikeMatch[] = [];
  for (const brand of brands) {
    const homograph = isIdn ? brand.domains.find((d) => shownSkeleton === skeleton(d) || shownSkeleton.endsWith(`.${skeleton(d)}`)) : undefined;
    if (homograph) {
      out.push({ brand, technique: 'idn-homograph', detail: `${ascii} displays as ${unicode}, which reads as ${brand.name}'s ${homograph}` });
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
  // A typo of one brand is noise beside a plain imitation of another (paypa1: PayPal, not PayPay).
  return out.some((m) => m.technique !== 'edit-distance') ? out.filter((m) => m.technique !== 'edit-distance') : out;
}
