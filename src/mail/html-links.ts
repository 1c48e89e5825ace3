// Everything in an HTML body that points somewhere: anchors (with their text), image maps, form
// actions, images (the beacon test needs their size and visibility), scripts, stylesheets, frames
// and meta refreshes, plus the text outside anchors, where bare URLs are looked for. HTML comments
// are read too: Outlook's conditional comments (`<!--[if mso]>`) carry VML buttons whose `href`
// often differs from the anchor every other client shows. htmlparser2 decodes entities in
// attribute values; URLs are otherwise kept exactly as written (only surrounding space trimmed).
import { Parser } from 'htmlparser2';

export type HtmlLinkKind = 'anchor' | 'area' | 'form' | 'image' | 'script' | 'stylesheet' | 'iframe' | 'other';

export interface HtmlLink {
  url: string;
  kind: HtmlLinkKind;
  text: string | null;
  /** Found inside an HTML comment: no client but the one a conditional comment names shows it. */
  inComment?: boolean;
  /** Images only: declared size (attribute or inline CSS) and whether the element is hidden. */
  width?: number | null;
  height?: number | null;
  hidden?: boolean;
}

export interface HtmlScan {
  links: HtmlLink[];
  /** Text outside anchors, scripts and styles. */
  text: string;
  /** Text inside comments, where bare URLs hide as well. */
  commentText: string;
}

// Bounds the work on hostile markup: comments inside comments cannot nest, but a body can hold
// thousands of them.
const MAX_COMMENT_SCANS = 2000;

// Elements whose one attribute is a link of one kind. VML is how Outlook draws buttons inside
// conditional comments.
const PLAIN_LINKS = new Map<string, [attribute: string, kind: HtmlLinkKind]>([
  ['form', ['action', 'form']],
  ['iframe', ['src', 'iframe']],
  ['frame', ['src', 'iframe']],
  ['embed', ['src', 'other']],
  ['object', ['data', 'other']],
  ['script', ['src', 'script']],
  ['v:roundrect', ['href', 'anchor']],
  ['v:rect', ['href', 'anchor']],
  ['v:oval', ['href', 'anchor']],
  ['v:shape', ['href', 'anchor']],
]);

const SCRIPT_URL = /["'`](https?:\/\/[^"'`\s<>]+)["'`]/gi;
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

export function htmlLinks(html: string, inComment = false): HtmlScan {
  const links: HtmlLink[] = [];
  const outside: string[] = [];
  const commentText: string[] = [];
  let comments = 0;
  let scriptText: string[] | null = null;
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
        const plain = PLAIN_LINKS.get(name);
        if (plain && attribs[plain[0]]) links.push({ url: attribs[plain[0]].trim(), kind: plain[1], text: null });
        switch (name) {
          case 'a':
          case 'area':
            if (attribs.href !== undefined) {
              const link: HtmlLink = { url: attribs.href.trim(), kind: name === 'a' ? 'anchor' : 'area', text: attribs.alt ?? null };
              links.push(link);
              open.push({ link, parts: [] });
              // `javascript:location='https://…'`: the anchor is never followed, the URL in it is where a click goes.
              if (/^\s*javascript:/i.test(link.url)) for (const m of link.url.matchAll(SCRIPT_URL)) links.push({ url: m[1], kind: 'script', text: 'javascript: link' });
            }
            break;
          case 'img':
          case 'image':
          case 'input':
            if (attribs.src && (name !== 'input' || attribs.type?.toLowerCase() === 'image')) {
              links.push({ url: attribs.src.trim(), kind: 'image', text: attribs.alt ?? null, width: dimension(attribs.width, style, 'width'), height: dimension(attribs.height, style, 'height'), hidden });
            }
            break;
          case 'script':
            if (!attribs.src) scriptText = [];
            break;
          case 'link':
            if (attribs.href) links.push({ url: attribs.href.trim(), kind: /\bstylesheet\b/i.test(attribs.rel ?? '') ? 'stylesheet' : 'other', text: null });
            break;
          case 'v:fill':
          case 'v:image':
          case 'v:imagedata':
            if (attribs.src) links.push({ url: attribs.src.trim(), kind: 'image', text: null, width: null, height: null, hidden });
            break;
          case 'meta':
            if (attribs['http-equiv']?.toLowerCase() === 'refresh' && attribs.content) {
              const url = refreshUrl(attribs.content);
              if (url) links.push({ url, kind: 'other', text: null });
            }
            break;
        }
        if (name === 'script' || name === 'style' || name === 'title') skipDepth++;
        if (attribs.background) links.push({ url: attribs.background.trim(), kind: 'image', text: null, width: null, height: null, hidden });
        if (style) images(style, hidden, attribs);
      },
      ontext(text) {
        if (scriptText) scriptText.push(text);
        if (skipDepth) return;
        if (open.length) for (const o of open) o.parts.push(text);
        else outside.push(text);
      },
      oncomment(data) {
        if (++comments > MAX_COMMENT_SCANS || !/[<:]/.test(data)) return;
        const inner = htmlLinks(data.replace(/^\s*\[if[^\]]*\]>|<!\[endif\]\s*$/g, ''), true);
        links.push(...inner.links);
        commentText.push(inner.text, inner.commentText);
      },
      onclosetag(name) {
        outside.push(' ');
        if (name === 'script' || name === 'style' || name === 'title') skipDepth = Math.max(0, skipDepth - 1);
        // URLs written in an inline script: where a kit posts to or sends the browser.
        if (name === 'script' && scriptText) {
          for (const m of scriptText.join('').matchAll(SCRIPT_URL)) links.push({ url: m[1], kind: 'script', text: 'inline script' });
          scriptText = null;
        }
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
  if (inComment) for (const l of links) l.inComment = true;
  return { links, text: outside.join(''), commentText: commentText.join(' ') };
}
