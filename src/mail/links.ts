// From the HTML and text bodies of a message to its link list: kinds, link-protection unwrapping,
// beacon detection, refusal reasons, and one entry per (url, kind).
import type { Link, LinkKind } from '../model.ts';
import { htmlLinks, type HtmlLink } from './html-links.ts';
import { textLinks } from './text-links.ts';
import { unwrapProtectedLink } from './unwrap.ts';

/**
 * A link as found in a message, before it gets ids. `visitable` is false exactly when `refused`
 * says why. `defanged` marks a URL refanged from `hxxp://evil[.]com`; `text` then holds the
 * defanged form as written (for `text` links, which have no anchor text of their own).
 */
export type ExtractedLink = Omit<Link, 'id' | 'messageId' | 'visited'> & { visitable: boolean; defanged?: boolean };

export const BEACON_REASON = 'beacon: fetching it would confirm the recipient';

const TRACKING_PATH = /(?:^|[/_.\-=?&])(?:open|opened|opens|track|tracking|trk|pixel|beacon|imp|impression|wf\/open|o\.gif|t\.gif|p\.gif|1x1)(?:$|[/_.\-=?&])/i;
const EMAIL_IN_URL = /@|%40/;

// A query value that could name one recipient: long, opaque, mixing letters and digits.
function hasPerRecipientValue(url: string): boolean {
  const q = url.indexOf('?');
  if (q === -1) return false;
  return url
    .slice(q + 1)
    .split(/[&;]/)
    .some((pair) => {
      const value = pair.slice(pair.indexOf('=') + 1);
      return EMAIL_IN_URL.test(value) || (value.length >= 20 && /\d/.test(value) && /[a-z]/i.test(value) && /^[\w\-.%=~+/]+$/.test(value));
    });
}

/** Does an image look like an open-tracking pixel: tiny, hidden, or with a tracking-shaped URL. */
export function isTrackingImage(image: Pick<HtmlLink, 'url' | 'width' | 'height' | 'hidden'>): boolean {
  if (image.hidden) return true;
  const dims = [image.width, image.height].filter((d): d is number => d != null);
  if (dims.length && dims.every((d) => d <= 3)) return true;
  if (!/^https?:/i.test(image.url)) return false;
  let path = image.url;
  try {
    const u = new URL(image.url);
    path = u.pathname + u.search;
  } catch {
    // a malformed URL is judged by its text
  }
  return TRACKING_PATH.test(path) || hasPerRecipientValue(image.url);
}

/** Why a URL of this kind is not visited, or null when it is. */
export function refusalFor(url: string, kind: LinkKind): string | null {
  if (kind === 'beacon') return BEACON_REASON;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (!scheme) return url ? 'malformed URL: no scheme' : 'malformed URL: empty';
  if (scheme !== 'http' && scheme !== 'https') return `scheme ${scheme}: not visited`;
  try {
    if (!new URL(url).hostname) return 'malformed URL: no host';
  } catch {
    return 'malformed URL: unparsable';
  }
  return null;
}

interface Candidate {
  url: string;
  kind: LinkKind;
  text: string | null;
  defanged?: boolean;
}

function fromHtml(link: HtmlLink): Candidate | null {
  if (link.kind === 'image') return isTrackingImage(link) ? { url: link.url, kind: 'beacon', text: null } : null;
  return { url: link.url, kind: link.kind, text: link.text };
}

function finish(c: Candidate): ExtractedLink {
  const unwrapped = unwrapProtectedLink(c.url);
  const url = unwrapped?.url ?? c.url;
  const kind: LinkKind = /^mailto:/i.test(url) && c.kind !== 'beacon' ? 'mailto' : c.kind;
  const refused = refusalFor(url, kind);
  return {
    url,
    wrappedUrl: unwrapped?.wrappedUrl ?? null,
    text: c.text,
    kind,
    refused,
    visitable: refused === null,
    ...(c.defanged ? { defanged: true } : {}),
  };
}

export interface MessageBodies {
  html: string[];
  text: string[];
}

export function extractLinks(bodies: MessageBodies): ExtractedLink[] {
  const candidates: Candidate[] = [];
  const textSources = [...bodies.text];
  for (const html of bodies.html) {
    const scan = htmlLinks(html);
    for (const link of scan.links) {
      const c = fromHtml(link);
      if (c) candidates.push(c);
    }
    textSources.push(scan.text);
  }
  for (const text of textSources) {
    for (const t of textLinks(text)) candidates.push({ url: t.url, kind: 'text', text: t.written, defanged: t.defanged });
  }
  const byKey = new Map<string, ExtractedLink>();
  for (const c of candidates) {
    const link = finish(c);
    const key = `${link.kind}\u0000${link.url}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, link);
    else if (seen.text === null && link.text !== null) seen.text = link.text;
  }
  return [...byKey.values()];
}
