// Which URLs a visit goes to at all. Everything but http/https (mailto:, javascript:, data:, ms-msdt:…)
// is recorded with this reason and never visited.

/** Why this URL is not visited, or null when it may be (subject to the address checks of resolve.ts). */
export function refusalForUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `malformed URL ${JSON.stringify(url.slice(0, 200))}`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `scheme ${parsed.protocol} not visited`;
  return null;
}
