// From the HTML and text bodies of a message to its link list: kinds, where each was found,
// link-protection unwrapping, beacon detection, refusal reasons, and one entry per (url, kind).
import type { Link, LinkKind, SenderFinding } from '../model.ts';
import { htmlLinks, type HtmlLink } from './html-links.ts';
import { textLinks } from './text-links.ts';
import { unwrapProtectedLink } from './unwrap.ts';

/**
 * A link as found in a message, before it gets ids. `visitable` is false exactly when `refused`
 * says why. `defanged` marks a URL refanged from `hxxp://evil[.]com`; `text` then holds the
 * defanged form as written (for `text` links, which have no anchor text of their own).
 */
export type ExtractedLink = Omit<Link, 'id' | 'messageId' | 'visited' | 'where'> & { where: string; visitable: boolean; defanged?: boolean };

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

/** A link before unwrapping and refusal: found in a body, a comment, an attachment, a PDF or a QR code. */
export interface Candidate {
  url: string;
  kind: LinkKind;
  text: string | null;
  /** `body`, `comment`, `attachment:NAME`, `pdf:NAME#PAGE`, `qr:NAME` */
  where: string;
  defanged?: boolean;
}

function fromHtml(link: HtmlLink, where: string): Candidate | null {
  const at = link.inComment ? 'comment' : where;
  if (link.kind === 'image') return isTrackingImage(link) ? { url: link.url, kind: 'beacon', text: null, where: at } : null;
  return { url: link.url, kind: link.kind, text: link.text, where: at };
}

function finish(c: Candidate): ExtractedLink {
  // `//host/path` takes the scheme of the page it is in: a webmail page, so https.
  const written = /^\/\/[^/\s]/.test(c.url) ? `https:${c.url}` : c.url;
  const unwrapped = unwrapProtectedLink(written);
  const url = unwrapped?.url ?? written;
  // A QR code stays a QR code whatever it holds: its kind says where the recipient meets it.
  const kind: LinkKind = /^mailto:/i.test(url) && c.kind !== 'beacon' && c.kind !== 'qr' ? 'mailto' : c.kind;
  const refused = refusalFor(url, kind);
  return {
    url,
    wrappedUrl: unwrapped?.wrappedUrl ?? null,
    text: c.text,
    kind,
    refused,
    visitable: refused === null,
    where: c.where,
    ...(c.defanged ? { defanged: true } : {}),
  };
}

/** One decoded part of a message that can hold links. */
export interface BodyPart {
  type: 'html' | 'text';
  content: string;
  /** `body`, or `attachment:NAME` for an attached HTML or text file. */
  where: string;
}

/** Candidates in HTML and text parts, the bare URLs of HTML text included. */
function bodyCandidates(parts: BodyPart[]): Candidate[] {
  const candidates: Candidate[] = [];
  const texts: { text: string; where: string }[] = [];
  for (const part of parts) {
    if (part.type === 'text') {
      texts.push({ text: part.content, where: part.where });
      continue;
    }
    const scan = htmlLinks(part.content);
    for (const link of scan.links) {
      const c = fromHtml(link, part.where);
      if (c) candidates.push(c);
    }
    texts.push({ text: scan.text, where: part.where }, { text: scan.commentText, where: 'comment' });
  }
  for (const { text, where } of texts) candidates.push(...textCandidates(text, where));
  return candidates;
}

export function textCandidates(text: string, where: string): Candidate[] {
  return textLinks(text).map((t) => ({ url: t.url, kind: 'text', text: t.written, where, defanged: t.defanged }));
}

/**
 * The message's links: those of its parts plus candidates found elsewhere (attachments, PDFs, QR
 * codes), one per (url, kind); a link seen outside a comment anywhere counts as visible.
 */
export function extractLinks(parts: BodyPart[], extra: Candidate[] = []): ExtractedLink[] {
  const byKey = new Map<string, ExtractedLink>();
  for (const c of [...bodyCandidates(parts), ...extra]) {
    const link = finish(c);
    const key = `${link.kind}\u0000${link.url}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, link);
    else {
      if (seen.text === null && link.text !== null) seen.text = link.text;
      if (seen.where === 'comment' && link.where !== 'comment') seen.where = link.where;
    }
  }
  return [...byKey.values()];
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

const CLICKABLE = new Set<LinkKind>(['anchor', 'area']);

/**
 * A link only a comment shows (Outlook's VML button) that goes to another host than every visible
 * anchor: the two audiences of one mail are sent to different places.
 */
export function hiddenLinkFindings(links: ExtractedLink[]): SenderFinding[] {
  const visible = new Set(links.filter((l) => CLICKABLE.has(l.kind) && l.where !== 'comment').map((l) => hostOf(l.url)).filter((h): h is string => h !== null));
  if (visible.size === 0) return [];
  const findings: SenderFinding[] = [];
  const reported = new Set<string>();
  for (const l of links) {
    if (!CLICKABLE.has(l.kind) || l.where !== 'comment') continue;
    const host = hostOf(l.url);
    if (!host || visible.has(host) || reported.has(host)) continue;
    reported.add(host);
    const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(l.url)?.[1] ?? host;
    const written = authority.toLowerCase() === host ? '' : ` (written ${authority})`;
    findings.push({
      kind: 'hidden-link-host',
      detail: `a link inside an HTML comment goes to ${host}${written}; the visible links go to ${[...visible].sort().join(', ')}`,
      brand: null,
    });
  }
  return findings;
}
