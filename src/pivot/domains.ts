// Registrable domains: the unit a pivot joins. Public-suffix aware (tldts, private suffixes too:
// two blogspot.com sites are two operators). An unknown TLD such as `.test` counts as a suffix of
// one label, so `a.example-x.test` belongs to `example-x.test`.
import { parse } from 'tldts';
import { normalizeHost } from '../net/hostmap.ts';

/** The registrable domain of a host; an IP literal is its own "domain"; null for garbage. */
export function registrableDomain(host: string): string | null {
  const h = normalizeHost(host);
  if (h === '') return null;
  const p = parse(h, { allowPrivateDomains: true });
  if (p.isIp) return h;
  return p.domain ?? null;
}

/** The host of a URL (lower-case, no brackets), or null when it does not parse or has none. */
export function hostOfUrl(url: string): string | null {
  try {
    const host = normalizeHost(new URL(url).hostname);
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

export function isIpHost(host: string): boolean {
  return parse(host).isIp === true;
}
