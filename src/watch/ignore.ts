// A watch's ignore lists: hosts (`--ignore-host`, `*.domain` patterns as for --host-map) that never
// count as a change, and query parameters (`--ignore-param`) whose values are left out of final URLs.
import { hostMatches, normalizeHost } from '../net/hostmap.ts';

export function hostIgnored(host: string, patterns: readonly string[]): boolean {
  const h = normalizeHost(host);
  return patterns.some((p) => hostMatches(normalizeHost(p), h));
}

/** The URL without the named query parameters (the text as given when it does not parse). */
export function withoutParams(url: string, names: readonly string[]): string {
  if (names.length === 0) return url;
  try {
    const u = new URL(url);
    for (const n of names) u.searchParams.delete(n);
    return u.href;
  } catch {
    return url;
  }
}
