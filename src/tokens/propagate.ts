// After the visits: which hosts received each token value. A host counts when a hop's URL, or a
// request's URL, Referer, Cookie header or POST body, carried the value as written, percent-decoded
// or percent-encoded. Every receiving host is listed, the link's own first host included: it learns
// the recipient too. Hosts appear in the order they first received the value.
import type { Hop, Token } from '../model.ts';

export interface VisitTraffic {
  linkId: string | null;
  hops: Hop[];
  requests?: { url: string; method: string; headers?: Record<string, string>; postData?: string | null }[];
}

/** Values this short occur by chance in any URL; following them would say nothing. */
const MIN_FOLLOWED_LENGTH = 4;

export function propagateTokens(tokens: Token[], visits: VisitTraffic[]): Token[] {
  return tokens.map((token) => {
    const forms = valueForms(token.value);
    if (forms.length === 0) return token;
    const hosts = new Set(token.seenOnHosts);
    for (const visit of visits.filter((v) => belongsTo(v, token))) {
      const carriers: { url: string; texts: string[] }[] = [
        ...[...visit.hops].sort((a, b) => a.branch - b.branch || a.seq - b.seq).map((h) => ({ url: h.url, texts: [h.url] })),
        ...(visit.requests ?? []).map((r) => ({ url: r.url, texts: [r.url, header(r.headers, 'referer'), header(r.headers, 'cookie'), r.postData ?? ''] })),
      ];
      for (const carrier of carriers) {
        const host = hostOf(carrier.url);
        if (host && carrier.texts.some((t) => forms.some((f) => t.includes(f)))) hosts.add(host);
      }
    }
    return { ...token, seenOnHosts: [...hosts] };
  });
}

function belongsTo(visit: VisitTraffic, token: Token): boolean {
  if (visit.linkId !== null) return visit.linkId === token.linkId;
  return visit.hops.some((h) => h.seq === 0 && h.branch === 0 && h.url === token.url);
}

function valueForms(value: string): string[] {
  if (value.length < MIN_FOLLOWED_LENGTH) return [];
  const forms = new Set([value, encodeURIComponent(value)]);
  try {
    forms.add(decodeURIComponent(value));
  } catch {
    // A malformed escape: the value as written is all there is to follow.
  }
  return [...forms].filter((f) => f.length >= MIN_FOLLOWED_LENGTH);
}

function header(headers: Record<string, string> | undefined, name: string): string {
  if (!headers) return '';
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key ? headers[key] : '';
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
