// Everything in an HTML body that points somewhere: anchors (with their text), image maps, form
// actions, images (the beacon test needs their size and visibility), frames and meta refreshes,
// plus the text outside anchors, where bare URLs are looked for. htmlparser2 decodes entities in
// attribute values; URLs are otherwise kept exactly as written (only surrounding space trimmed).
import { Parser } from 'htmlparser2';

export type HtmlLinkKind = 'anchor' | 'area' | 'form' | 'image' | 'other';

export interface HtmlLink {
  url: string;
  kind: HtmlLinkKind;
  text: string | null;
  /** Images only: declared size (attribute or inline CSS) and whether the element is hidden. */
  width?: number | null;
  height?: number | null;
  hidden?: boolean;
}

export interface HtmlScan {
  links: HtmlLink[];
  /** Text outside anchors, scripts and styles. */
  text: string;
}

const CSS_URL = /url\(\s*(['"]?)([^'")]+?)\1\s*\)/gi;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0*)?(?![.\d])|max-(?:height|width)\s*:\s*0(?![.\d])/i;

function dimension(attr: string | undefined, style: string, prop: 'width' | 'height'): number | null {
  const css = new RegExp(`(?:^|[;\\s])${prop}\\s*:\\s*(\\d+(?:\\.\\d+)?)(px)?\\s*(?:;|$|!)`, 'i').exec(style);
  const value = css ? css[1] : attr?.trim().replace(/px$/i, '');
  if (!value || !/^\d+(?:\.\d+)?$/.test(value)) return null;
  return Number(value);
}

function refreshUrl(content: string): string | null {
  const m = /^\s*\d*(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?(['"]?)(.+?)\1\s*$/i.exec(content);
  return m && m[2] ? m[2] : null;
}

export function htmlLinks(html: string): HtmlScan {
  const links: HtmlLink[] = [];
  const outside: string[] = [];
  // Open anchors/areas collect their text; a stack because spam nests anchors.
  const open: { link: HtmlLink; parts: string[] }[] = [];
  let skipDepth = 0;
  const images = (style: string, hidden: boolean, attribs: Record<string, string>) => {
    for (const m of style.matchAll(CSS_URL)) {
      links.push({ url: m[2].trim(), kind: 'image', text: null, width: dimension(attribs.width, style, 'width'), height: dimension(attribs.height, style, 'height'), hidden });
    }
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        outside.push(' ');
        const style = attribs.style ?? '';
        const hidden = 'hidden' in attribs || HIDDEN_STYLE.test(style);
        switch (name) {
          case 'a':
          case 'area':
            if (attribs.href !== undefined) {
              const link: HtmlLink = { url: attribs.href.trim(), kind: name === 'a' ? 'anchor' : 'area', text: attribs.alt ?? null };
              links.push(link);
              open.push({ link, parts: [] });
            }
            break;
          case 'form':
            if (attribs.action) links.push({ url: attribs.action.trim(), kind: 'form', text: null });
            break;
          case 'img':
          case 'image':
          case 'input':
            if (attribs.src && (name !== 'input' || attribs.type?.toLowerCase() === 'image')) {
              links.push({ url: attribs.src.trim(), kind: 'image', text: attribs.alt ?? null, width: dimension(attribs.width, style, 'width'), height: dimension(attribs.height, style, 'height'), hidden });
            }
            break;
          case 'iframe':
          case 'frame':
          case 'embed':
            if (attribs.src) links.push({ url: attribs.src.trim(), kind: 'other', text: null });
            break;
          case 'object':
            if (attribs.data) links.push({ url: attribs.data.trim(), kind: 'other', text: null });
            break;
          case 'meta':
            if (attribs['http-equiv']?.toLowerCase() === 'refresh' && attribs.content) {
              const url = refreshUrl(attribs.content);
              if (url) links.push({ url, kind: 'other', text: null });
            }
            break;
          case 'script':
          case 'style':
          case 'title':
            skipDepth++;
            break;
        }
        if (attribs.background) links.push({ url: attribs.background.trim(), kind: 'image', text: null, width: null, height: null, hidden });
        if (style) images(style, hidden, attribs);
      },
      ontext(text) {
        if (skipDepth) return;
        if (open.length) for (const o of open) o.parts.push(text);
        else outside.push(text);
      },
      onclosetag(name) {
        outside.push(' ');
        if (name === 'script' || name === 'style' || name === 'title') skipDepth = Math.max(0, skipDepth - 1);
        if ((name === 'a' || name === 'area') && open.length) {
          const o = open.pop()!;
          const text = o.parts.join('').replace(/\s+/g, ' ').trim();
          if (text) o.link.text = text;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  // CSS in <style> blocks: background images there are beacons as often as inline ones.
  for (const block of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) {
    for (const m of block[1].matchAll(CSS_URL)) links.push({ url: m[2].trim(), kind: 'image', text: null, width: null, height: null, hidden: false });
  }
  parser.write(html);
  parser.end();
  for (const o of open) {
    const text = o.parts.join('').replace(/\s+/g, ' ').trim();
    if (text) o.link.text = text;
  }
  return { links, text: outside.join('') };
}
