// Compares two URLs component by component (host labels, path segments, query, fragment) so that
// two recipients' copies of one campaign URL compare equal apart from their token values.
//
// A differing component counts as a token difference, not a real one, when either
//  - both sides contain a value that the token finder listed as per-recipient (masked before
//    comparing), or
//  - both sides look like opaque per-recipient ids (see `looksLikeId`). This second rule only
//    applies to a component that differs while its neighbours line up (same number of host labels,
//    same registrable domain, same number of path segments, same query keys in the same order): a
//    real redirect to another page changes the shape or a readable word, not one opaque value.
import { getDomain } from 'tldts';

export type ComponentVerdict = 'equal' | 'token' | 'differs';

export interface UrlComparison {
  host: ComponentVerdict;
  path: ComponentVerdict;
  /** Query and fragment together: both carry tokens the same way. */
  query: ComponentVerdict;
}

// URL-safe in every component (host labels included), so a masked URL still parses.
const MASK = '__token__';
/** Shorter known values would mask unrelated text (a "42" inside a timestamp). */
const MIN_MASKED_LENGTH = 4;

/** Known per-recipient values, as found and as they appear percent-encoded in a URL. */
export class TokenMask {
  private readonly values: string[];

  constructor(values: Iterable<string>) {
    const all = new Set<string>();
    for (const v of values) {
      if (v.length < MIN_MASKED_LENGTH) continue;
      all.add(v);
      all.add(encodeURIComponent(v));
    }
    // Longest first, so a value that contains another is masked whole.
    this.values = [...all].sort((x, y) => y.length - x.length);
  }

  apply(text: string): string {
    let out = text;
    for (const v of this.values) if (out.includes(v)) out = out.split(v).join(MASK);
    return out;
  }
}

const EMAIL = /^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/;
const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const HEX = /^[0-9a-f]{8,}$/i;
const DIGITS = /^\d{5,}$/;
const OPAQUE = /^[A-Za-z0-9_\-+/=.%~]{8,}$/;

/**
 * An opaque value a sender would mint per recipient: an address, a UUID, a long hex or decimal
 * id, or a run of 8+ base64-ish characters mixing letters and digits. Readable words
 * ("login", "verify-account") never qualify, so a changed landing path stays a real change.
 */
export function looksLikeId(raw: string): boolean {
  let v = raw;
  try {
    v = decodeURIComponent(raw);
  } catch {
    // keep the raw value: a stray % is not an id marker either way
  }
  if (EMAIL.test(v) || UUID.test(v) || HEX.test(v) || DIGITS.test(v)) return true;
  return OPAQUE.test(v) && /\d/.test(v) && /[A-Za-z]/.test(v);
}

/** Parts of A and B, raw and with known token values masked (same shape: index by index). */
interface Parts {
  raw: [string[], string[]];
  masked: [string[], string[]];
}

function verdictOfParts({ raw: [ra, rb], masked: [ma, mb] }: Parts): ComponentVerdict {
  if (ra.length === rb.length && ra.every((x, i) => x === rb[i])) return 'equal';
  if (ma.length !== mb.length) return 'differs';
  for (let i = 0; i < ma.length; i++) {
    if (ma[i] === mb[i]) continue;
    if (looksLikeId(ma[i]) && looksLikeId(mb[i])) continue;
    return 'differs';
  }
  return 'token';
}

function hostVerdict(a: [URL, URL], m: [URL, URL]): ComponentVerdict {
  if (a[0].hostname === a[1].hostname) return 'equal';
  // A token in a subdomain is fine; a different registrable domain is a different party.
  const domain = (u: URL): string => getDomain(u.hostname) ?? u.hostname;
  if (domain(m[0]) !== domain(m[1])) return 'differs';
  const labels = (u: URL): string[] => u.hostname.split('.');
  return verdictOfParts({ raw: [labels(a[0]), labels(a[1])], masked: [labels(m[0]), labels(m[1])] });
}

interface QueryPart {
  key: string;
  value: string;
}

function queryParts(url: URL): QueryPart[] {
  // Split the raw search by hand: URLSearchParams would decode `+` and reorder nothing, but we
  // want the values exactly as sent.
  const parts: QueryPart[] = url.search
    .slice(1)
    .split('&')
    .filter((p) => p !== '')
    .map((p) => {
      const eq = p.indexOf('=');
      return eq < 0 ? { key: p, value: '' } : { key: p.slice(0, eq), value: p.slice(eq + 1) };
    });
  if (url.hash) parts.push({ key: '#', value: url.hash.slice(1) });
  return parts;
}

function queryVerdict(a: [URL, URL], m: [URL, URL]): ComponentVerdict {
  if (a[0].search === a[1].search && a[0].hash === a[1].hash) return 'equal';
  const [qa, qb] = m.map(queryParts);
  if (qa.length !== qb.length || qa.some((p, i) => p.key !== qb[i].key)) return 'differs';
  const values = (u: URL): string[] => queryParts(u).map((p) => p.value);
  return verdictOfParts({ raw: [values(a[0]), values(a[1])], masked: [qa.map((p) => p.value), qb.map((p) => p.value)] });
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function compareUrls(a: string, b: string, mask: TokenMask): UrlComparison {
  const raw = [parse(a), parse(b)];
  const masked = [parse(mask.apply(a)), parse(mask.apply(b))];
  if (!raw[0] || !raw[1] || !masked[0] || !masked[1]) {
    const v: ComponentVerdict = a === b ? 'equal' : mask.apply(a) === mask.apply(b) ? 'token' : 'differs';
    return { host: v, path: v, query: v };
  }
  const r: [URL, URL] = [raw[0], raw[1]];
  const m: [URL, URL] = [masked[0], masked[1]];
  // Scheme and port belong to the host: http→https on the same name is still another endpoint.
  const host = r[0].protocol !== r[1].protocol || r[0].port !== r[1].port ? 'differs' : hostVerdict(r, m);
  const segments = (u: URL): string[] => u.pathname.split('/');
  return {
    host,
    path: verdictOfParts({ raw: [segments(r[0]), segments(r[1])], masked: [segments(m[0]), segments(m[1])] }),
    query: queryVerdict(r, m),
  };
}

/** Host of a URL for display and grouping; the raw text when it does not parse. */
export function hostOf(url: string): string {
  return parse(url)?.hostname ?? url;
}

/**
 * The campaign shape of a URL: known token values and id-like components replaced by `*`, so two
 * recipients' copies of one link share it. Used to pair visits of two jobs.
 */
export function campaignShape(url: string, mask: TokenMask): string {
  const u = parse(url);
  if (!u) return mask.apply(url);
  const star = (part: string): string => (mask.apply(part) !== part || looksLikeId(part) ? '*' : part);
  const host = u.hostname.split('.').map(star).join('.');
  const path = u.pathname.split('/').map(star).join('/');
  const query = queryParts(u)
    .map((p) => `${p.key}=${star(p.value)}`)
    .join('&');
  return `${u.protocol}//${host}${u.port ? `:${u.port}` : ''}${path}?${query}`;
}
