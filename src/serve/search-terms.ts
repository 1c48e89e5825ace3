// What one search box means: the text is read as every kind of thing it could be (a category, a
// hash, an address, a host or domain, a registrant's phone or e-mail, a token value, a part of a
// URL, a kit fingerprint) and each reading becomes a term; a visit any term matches is a result, labelled by the
// terms that matched it. Defanged text (hxxp, [.]) is searched as the URL it stands for.
import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';
import { CATEGORIES, type Category } from '../model.ts';
import { registrableDomain } from '../pivot/domains.ts';
import { registrationOfStored, type Registration } from '../pivot/index.ts';
import { normalizePhone } from '../pivot/normalize.ts';
import type { SearchTerm } from '../store/search.ts';
import type { StoredRegistration } from '../store/store.ts';

export interface SearchPlan {
  /** The text as searched (refanged). */
  text: string;
  terms: SearchTerm[];
  /** Registration records whose registrant phone or e-mail is the text. */
  registrants: Registration[];
}

/** `hxxps://evil[.]example` back to `https://evil.example`, as analysts paste it. */
export function refang(text: string): string {
  return text
    .replace(/\bhxxp(s?)(\[:\]|:)/gi, 'http$1:')
    .replace(/\[(\.|:|@)\]|\((\.)\)/g, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '');
}

const HOST = /^(?=.{1,253}$)[a-z0-9_-]+(\.[a-z0-9_-]+)+$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{6,}$/;
/** Shorter URL parts match nearly every visit and say nothing. */
const MIN_URL_PART = 3;

export function planSearch(raw: string, registrations: () => StoredRegistration[]): SearchPlan {
  const text = refang(raw.trim());
  const terms: SearchTerm[] = [];
  const registrants: Registration[] = [];
  if (text === '') return { text, terms, registrants };
  const lower = text.toLowerCase();

  if ((CATEGORIES as readonly string[]).includes(lower)) terms.push({ label: 'category', kind: 'category', category: lower as Category });
  if (/^[0-9a-f]{64}$/i.test(text)) terms.push({ label: 'sha256', kind: 'sha256', hash: lower });
  const bare = lower.replace(/^\[(.*)\]$/, '$1');
  if (isIP(bare)) {
    terms.push({ label: 'server IP', kind: 'ip', ip: bare }, { label: 'host', kind: 'host', host: bare });
  } else {
    // Stored URLs carry hosts as the URL parser writes them: an internationalised name in punycode.
    const host = HOST.test(lower) ? lower : /[^\x00-\x7f]/.test(lower) && !/[\s/@]/.test(lower) ? domainToASCII(lower) : '';
    if (host && HOST.test(host)) terms.push({ label: registrableDomain(host) === host ? 'domain' : 'host', kind: 'host', host });
  }

  const email = EMAIL.test(text) ? lower : null;
  const phone = !email && PHONE.test(text) ? normalizePhone(text) : null;
  if (email || phone) {
    for (const stored of registrations()) {
      const r = registrationOfStored(stored);
      if ((email && r.email?.toLowerCase() === email) || (phone && r.phoneNormalized === phone)) registrants.push(r);
    }
    const label = email ? 'registrant e-mail' : 'registrant phone';
    for (const r of registrants) terms.push({ label, kind: 'host', host: registrableDomain(r.domain) ?? r.domain.toLowerCase() });
  }

  terms.push({ label: 'token value', kind: 'token', value: text }, { label: 'fingerprint', kind: 'fingerprint', value: text });
  if (text.length >= MIN_URL_PART) terms.push({ label: 'URL part', kind: 'url', text });
  return { text, terms, registrants };
}
