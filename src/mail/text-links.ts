// Bare URLs in text: linkify-it over a copy of the text in which full-width ASCII reads as ASCII and
// Japanese brackets and punctuation read as spaces. The mapping keeps every position, so a match
// in the copy is a span of the original: `url` is the ASCII form, `written` what the mail shows.
// Defanged URLs (hxxp, [.], (.), [:]) are found separately, per whitespace-separated word.
import { LinkifyIt } from 'linkify-it';

export interface TextLink {
  url: string;
  /** The text as written, when it differs from `url` (full-width, defanged, or without scheme). */
  written: string | null;
  defanged: boolean;
}

const linkify = new LinkifyIt({ fuzzyEmail: false, fuzzyIP: false, fuzzyLink: true });
linkify.add('ftp:', null).add('//', null);

// Brackets and quotes of the full-width block end a URL; the rest of the block maps to ASCII.
const FULLWIDTH_BREAKS = new Set([0xff02, 0xff07, 0xff08, 0xff09, 0xff1c, 0xff1e, 0xff3b, 0xff3d, 0xff5b, 0xff5d, 0xff0c]);

function asciiView(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += FULLWIDTH_BREAKS.has(c) ? ' ' : String.fromCharCode(c - 0xfee0);
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff5f && c <= 0xff65)) out += ' ';
    else out += text[i];
  }
  return out;
}

const DEFANG_MARK = /h(?:xx|XX|\*\*)ps?(?:\[:\]|:)|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\[:\]|\[\/\]/i;

export function refang(word: string): string {
  return word
    .replace(/^h(?:xx|XX|\*\*)p(s?)(?:\[:\]|:)/i, 'http$1:')
    .replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]/gi, '.')
    .replace(/\[:\]/g, ':')
    .replace(/\[\/\]/g, '/');
}

export function textLinks(text: string, maxChars = 8_000_000): TextLink[] {
  const source = text.length > maxChars ? text.slice(0, maxChars) : text;
  const view = asciiView(source);
  const out: TextLink[] = [];
  const defangedSpans: [number, number][] = [];
  for (const m of view.matchAll(/\S+/g)) {
    if (!DEFANG_MARK.test(m[0])) continue;
    const refanged = refang(m[0]);
    for (const hit of linkify.match(refanged) ?? []) {
      out.push({ url: hit.url, written: m[0], defanged: true });
    }
    defangedSpans.push([m.index, m.index + m[0].length]);
  }
  for (const hit of linkify.match(view) ?? []) {
    if (defangedSpans.some(([a, b]) => hit.index < b && hit.lastIndex > a)) continue;
    const written = source.slice(hit.index, hit.lastIndex);
    // Scheme-less fuzzy matches count only from `www.`: "amazon.co.jp" in prose names, it does not link.
    if (!hit.schema && !/^www\./i.test(hit.text)) continue;
    // linkify puts http:// in front of a scheme-less www. link; `written` keeps what the mail shows.
    out.push({ url: hit.url, written: written !== hit.url ? written : null, defanged: false });
  }
  return out;
}
