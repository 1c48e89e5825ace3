// Where a page's icon is, as browsers look for it: the first `<link rel="icon">` (or "shortcut
// icon"), else /favicon.ico. The favicon fingerprint reads it from stored markup; the browser
// engine fetches it at capture when the browser's own fetch had not been answered.
import { Parser } from 'htmlparser2';
import { resolveUrl } from './snapshot.ts';

/** Whether a start tag is an icon link with an href. */
export function isIconLink(name: string, attrs: Record<string, string>): boolean {
  return name === 'link' && Boolean(attrs.href) && /(^|\s)icon(\s|$)/i.test(attrs.rel ?? '');
}

/**
 * The icon link's href (`iconHref`, as written) resolved against the page, or /favicon.ico when
 * there is none. A data: icon is returned as written; null when the link is unusable.
 */
export function iconUrl(iconHref: string | null, pageUrl: string): string | null {
  if (iconHref && /^data:/i.test(iconHref.trim())) return iconHref.trim();
  return resolveUrl(iconHref ?? '/favicon.ico', pageUrl);
}

/** iconUrl of a page's markup. */
export function iconUrlOfHtml(html: string, pageUrl: string): string | null {
  let href: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (href === null && isIconLink(name, attrs)) href = attrs.href!;
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return iconUrl(href, pageUrl);
}
