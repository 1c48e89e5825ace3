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

/**
 * Where an HTML attachment is opened: never resolvable (RFC 6761), so an attachment link cannot
 * reach the network by mistake; the engines answer it from the trace.
 */
export const ATTACHMENT_ORIGIN = 'https://attachment.invalid';

export function attachmentUrl(hash: string, filename: string): string {
  return `${ATTACHMENT_ORIGIN}/${hash}/${encodeURIComponent(filename)}`;
}

/** The sha256 of the attachment an attachment URL names, or null for any other URL. */
export function attachmentHash(url: string): string | null {
  return new RegExp(`^${ATTACHMENT_ORIGIN.replace(/[.]/g, '\\.')}/([0-9a-f]{64})/`).exec(url)?.[1] ?? null;
}
