// A PageSnapshot from raw HTML, for the HTTP engine and the classifier's evaluation. The browser
// engine builds the same shape from the live DOM; both must agree on what "visible text" means.
import { sha256 } from '../bytes.ts';
import { Parser } from 'htmlparser2';
import { decodeBody, isHtml } from './html-bytes.ts';
import type { Download, FormInput, Hop, PageForm, PageLink, PageSnapshot } from '../model.ts';

export const SNAPSHOT_TEXT_LIMIT = 20_000;
export const SNAPSHOT_HTML_LIMIT = 200_000;

export interface PageFacts {
  url: string;
  status: number | null;
  branch?: number;
  chain?: PageSnapshot['chain'];
  downloads?: Download[];
  screenshot?: string | null;
}

// Content of these elements is never rendered as text.
const INVISIBLE_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object']);

// Tags that break a line when rendered: without a separator, "<p>A</p><p>B</p>" would read "AB".
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'button', 'dd', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'label',
  'li', 'main', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'select', 'table', 'td', 'th', 'tr', 'ul',
]);

const FORM_FIELD_TAGS = new Set(['input', 'select', 'textarea', 'button']);

function isHiddenElement(name: string, attrs: Record<string, string>): boolean {
  if ('hidden' in attrs) return true;
  if (name === 'input' && (attrs.type ?? '').toLowerCase() === 'hidden') return true;
  const style = (attrs.style ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** An href resolved against the page; null for empty, fragment-only and javascript: links. */
export function resolveUrl(href: string, base: string): string | null {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#') || /^javascript:/i.test(trimmed)) return null;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return null;
  }
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function snapshotFromHtml(html: string, page: PageFacts): PageSnapshot {
  let base = page.url;
  let title = '';
  let inTitle = false;
  let titleDone = false;
  const textParts: string[] = [];
  let textLength = 0;
  const forms: PageForm[] = [];
  // Inputs outside any <form> (script-driven pages) are still fields the page asks for.
  const looseForm: PageForm = { action: null, method: 'none', inputs: [] };
  let currentForm: PageForm | null = null;
  const links: PageLink[] = [];
  const openLinks: { link: PageLink; depth: number; text: string[] }[] = [];
  const imageAlts: string[] = [];
  const structure: string[] = [];
  // One entry per open element: whether text inside it is invisible.
  const hiddenStack: boolean[] = [];

  // Labels being read: their words, the fields inside them, the field they name by id. A field's
  // label is its attributes and then its <label>'s words, as the browser engine reads it.
  const openLabels: { text: string[]; fields: FormInput[]; for: string | null }[] = [];
  const labelFor = new Map<string, string>();
  const fieldIds = new Map<FormInput, string>();
  // Inside a list's choices, a box's text, a script or a style: no label's words (as the browser reads them).
  let unlabelled = 0;
  const hidden = (): boolean => hiddenStack.length > 0 && hiddenStack[hiddenStack.length - 1];
  const addText = (s: string): void => {
    if (textLength > SNAPSHOT_TEXT_LIMIT) return;
    textParts.push(s);
    textLength += s.length;
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        structure.push(name);
        const invisible = hidden() || INVISIBLE_TAGS.has(name) || isHiddenElement(name, attrs);
        hiddenStack.push(invisible);
        if (BLOCK_TAGS.has(name)) addText(' ');
        if (name === 'title' && !titleDone) inTitle = true;
        if (name === 'base' && attrs.href) base = resolveUrl(attrs.href, page.url) ?? base;
        if (name === 'form') {
          currentForm = {
            action: attrs.action ? resolveUrl(attrs.action, base) : null,
            method: (attrs.method ?? 'get').toLowerCase(),
            inputs: [],
          };
          forms.push(currentForm);
        }
        if (name === 'label') openLabels.push({ text: [], fields: [], for: attrs.for ?? null });
        if (NO_LABEL_WORDS.has(name)) unlabelled++;
        if (FORM_FIELD_TAGS.has(name)) {
          const type = name === 'input' ? (attrs.type ?? 'text').toLowerCase() : name;
          const label = [attrs.name, attrs.id, attrs.placeholder, attrs.autocomplete, attrs['aria-label'], attrs.title]
            .filter(Boolean)
            .join(' ')
            .toLowerCase()
            .slice(0, 300);
          const input: FormInput = { type, name: attrs.name ?? attrs.id ?? null, label, hidden: invisible || type === 'hidden' };
          (currentForm ?? looseForm).inputs.push(input);
          if (attrs.id) fieldIds.set(input, attrs.id);
          for (const l of openLabels) l.fields.push(input);
          if (!invisible && name === 'input') {
            if (['submit', 'button', 'reset'].includes(type) && attrs.value) addText(` ${attrs.value} `);
            if (attrs.placeholder) addText(` ${attrs.placeholder} `);
          }
          if (!invisible && name === 'textarea' && attrs.placeholder) addText(` ${attrs.placeholder} `);
          if (type === 'image' && attrs.alt) imageAlts.push(collapse(attrs.alt));
        }
        if ((name === 'a' || name === 'area') && attrs.href) {
          const url = /^mailto:/i.test(attrs.href.trim()) ? attrs.href.trim() : resolveUrl(attrs.href, base);
          if (url) {
            const link: PageLink = { url, text: null };
            links.push(link);
            if (name === 'a') openLinks.push({ link, depth: hiddenStack.length, text: [] });
            else if (attrs.alt) link.text = collapse(attrs.alt);
          }
        }
        if (name === 'img' && attrs.alt && attrs.alt.trim()) {
          imageAlts.push(collapse(attrs.alt));
          for (const open of openLinks) open.text.push(attrs.alt);
        }
      },
      ontext(data) {
        if (inTitle) {
          title += data;
          return;
        }
        if (unlabelled === 0) for (const l of openLabels) l.text.push(data);
        if (hidden()) return;
        addText(data);
        for (const open of openLinks) open.text.push(data);
      },
      onclosetag(name) {
        structure.push(`/${name}`);
        const depth = hiddenStack.length;
        hiddenStack.pop();
        if (BLOCK_TAGS.has(name)) addText(' ');
        if (name === 'title' && inTitle) {
          inTitle = false;
          titleDone = true;
        }
        if (name === 'form') currentForm = null;
        if (NO_LABEL_WORDS.has(name) && unlabelled > 0) unlabelled--;
        if (name === 'label' && openLabels.length > 0) {
          const l = openLabels.pop()!;
          const words = collapse(l.text.join(' ')).slice(0, 100).toLowerCase();
          // As the DOM's control.labels: a label names the field its `for` gives, or else the first
          // field inside it (a hidden input is no field to name).
          const first = l.fields.find((f) => f.type !== 'hidden');
          if (words && l.for) labelFor.set(l.for, words);
          else if (words && first) first.label = joinLabel(first.label, words);
        }
        const top = openLinks[openLinks.length - 1];
        if (name === 'a' && top && top.depth === depth) {
          openLinks.pop();
          const text = collapse(top.text.join(''));
          top.link.text = text === '' ? null : text;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  for (const [field, id] of fieldIds) {
    const words = labelFor.get(id);
    if (words) field.label = joinLabel(field.label, words);
  }
  if (looseForm.inputs.length > 0) forms.push(looseForm);
  return {
    branch: page.branch ?? 0,
    url: page.url,
    status: page.status,
    title: collapse(title),
    text: collapse(textParts.join('')).slice(0, SNAPSHOT_TEXT_LIMIT),
    forms,
    links,
    imageAlts,
    domHash: sha256(structure.join(',')),
    screenshot: page.screenshot ?? null,
    downloads: page.downloads ?? [],
    chain: page.chain ?? [],
    html: html.length > SNAPSHOT_HTML_LIMIT ? html.slice(0, SNAPSHOT_HTML_LIMIT) : html,
  };
}

const NO_LABEL_WORDS = new Set(['select', 'textarea', 'option', 'script', 'style']);
const joinLabel = (label: string | undefined, words: string): string => (label ? `${label} ${words}` : words).slice(0, 300);

/**
 * Every document a chain passed through on its way (each branch's hops but its last), read from
 * the bodies the visit stored: what the classifier's chain rules judge by content, not only by
 * URL. Built from stored bytes, so `classify` and `replay` read old traces the same way.
 */
export function passedPages(hops: Hop[], bodyOf: (sha256: string) => Buffer | null): PageSnapshot[] {
  const pages: PageSnapshot[] = [];
  for (const branch of new Set(hops.map((h) => h.branch))) {
    const chain = hops.filter((h) => h.branch === branch).sort((a, b) => a.seq - b.seq);
    for (const [i, h] of chain.slice(0, -1).entries()) {
      if (h.status === null || h.status < 200 || h.status >= 300 || !h.bodySha256) continue;
      const body = bodyOf(h.bodySha256);
      if (!body || !isHtml(h.contentType, body)) continue;
      pages.push(
        snapshotFromHtml(decodeBody(body, h.contentType), {
          url: h.url,
          status: h.status,
          branch,
          chain: chain.slice(0, i + 1).map(({ url, status, cause, blocked }) => ({ url, status, cause, blocked })),
        }),
      );
    }
  }
  return pages;
}
