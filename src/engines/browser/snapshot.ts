// The frozen last page of a branch, read from the live DOM: what the classifier and report read.
// It follows src/page/snapshot.ts (snapshotFromHtml, the HTTP engine's reading of raw HTML) rule for
// rule, because the classifier rules were tuned on that reading: hidden elements give no text,
// block elements are separated by a space, placeholders and button captions count as text, a
// field's label is its attributes and then its <label>'s words, inputs outside any form form a form
// of method "none", and the DOM hash covers the same tag sequence.
import { sha256 } from '../../bytes.ts';
import type { Frame, Page } from 'playwright';
import type { PageSnapshot } from '../../model.ts';
import { SNAPSHOT_HTML_LIMIT, SNAPSHOT_TEXT_LIMIT } from '../../page/snapshot.ts';

type DomFacts = Pick<PageSnapshot, 'title' | 'text' | 'forms' | 'links' | 'imageAlts' | 'headlines'> & {
  structure: string;
  html: string;
};

// Plain JavaScript run in the page. Kept as source text: a compiled function would carry the
// transpiler's helpers (tsx adds `__name`), which do not exist in the page.
const READ_DOM = String.raw`(limits) => {
  const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object']);
  const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'button', 'dd', 'div', 'dl', 'dt',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
    'label', 'li', 'main', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'select', 'table', 'td', 'th', 'tr', 'ul']);
  const FIELDS = new Set(['input', 'select', 'textarea', 'button']);
  const collapse = (s) => s.replace(/\s+/g, ' ').trim();
  const doc = document;
  const resolve = (href) => {
    const t = (href || '').trim();
    if (t === '' || t.startsWith('#') || /^javascript:/i.test(t)) return null;
    try { return new URL(t, doc.baseURI).href; } catch { return null; }
  };
  const hiddenEl = (el, name, cs) => {
    if (el.hasAttribute('hidden')) return true;
    if (name === 'input' && (el.getAttribute('type') || '').toLowerCase() === 'hidden') return true;
    return cs.display === 'none' || cs.visibility === 'hidden';
  };
  // Kits set their message in big type in plain divs, not in h1: what a reader sees first is
  // what is large, whatever the tag. Large is 1.4 times the body's size, and at least 20px.
  const bodySize = doc.body ? parseFloat(getComputedStyle(doc.body).fontSize) || 16 : 16;
  const largeSize = Math.max(20, bodySize * 1.4);
  const headlines = [];
  // What a <label> says, without the choices of a list or the text of a box inside it.
  const labelText = (l) => {
    let t = '';
    const w = doc.createTreeWalker(l, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) if (!n.parentElement.closest('select, textarea, option, script, style')) t += ' ' + n.data;
    return collapse(t).slice(0, 100);
  };
  const ownText = (el) => { let t = ''; for (const c of el.childNodes) if (c.nodeType === 3) t += c.data; return collapse(t); };
  const text = [];
  let textLength = 0;
  const add = (s) => { if (textLength <= limits.text) { text.push(s); textLength += s.length; } };
  const forms = [];
  const loose = { action: null, method: 'none', inputs: [] };
  const links = [];
  const imageAlts = [];
  const structure = [];
  const walk = (node, hidden, form) => {
    if (node.nodeType === 3) { if (!hidden) add(node.data); return; }
    if (node.nodeType !== 1) return;
    const el = node;
    const name = el.localName;
    const cs = hidden || INVISIBLE.has(name) ? null : getComputedStyle(el);
    const invisible = cs === null || hiddenEl(el, name, cs);
    if (!invisible && headlines.length < 40 && parseFloat(cs.fontSize) >= largeSize) {
      const own = ownText(el);
      if (own.length >= 3) headlines.push(collapse(el.textContent).slice(0, 200));
    }
    structure.push(name);
    if (BLOCK.has(name)) add(' ');
    if (name === 'form') {
      const action = el.getAttribute('action');
      form = { action: action ? resolve(action) : null, method: (el.getAttribute('method') || 'get').toLowerCase(), inputs: [] };
      forms.push(form);
    }
    if (FIELDS.has(name)) {
      const type = name === 'input' ? (el.getAttribute('type') || 'text').toLowerCase() : name;
      const label = [...['name', 'id', 'placeholder', 'autocomplete', 'aria-label', 'title'].map((a) => el.getAttribute(a)), ...[...(el.labels || [])].map(labelText)].filter(Boolean).join(' ').toLowerCase().slice(0, 300);
      (form || loose).inputs.push({ type, name: el.getAttribute('name') || el.getAttribute('id') || null, label, hidden: invisible || type === 'hidden' });
      const value = el.getAttribute('value');
      const placeholder = el.getAttribute('placeholder');
      if (!invisible && name === 'input' && ['submit', 'button', 'reset'].includes(type) && value) add(' ' + value + ' ');
      if (!invisible && (name === 'input' || name === 'textarea') && placeholder) add(' ' + placeholder + ' ');
      if (type === 'image' && el.getAttribute('alt')) imageAlts.push(collapse(el.getAttribute('alt')));
    }
    if ((name === 'a' || name === 'area') && el.hasAttribute('href')) {
      const href = el.getAttribute('href').trim();
      const url = /^mailto:/i.test(href) ? href : resolve(href);
      if (url) {
        const t = name === 'a' ? collapse(el.textContent + Array.from(el.querySelectorAll('img[alt]')).map((i) => i.alt).join('')) : collapse(el.getAttribute('alt') || '');
        links.push({ url, text: t === '' ? null : t.slice(0, 200) });
      }
    }
    if (name === 'img' && (el.getAttribute('alt') || '').trim()) imageAlts.push(collapse(el.getAttribute('alt')));
    if (name !== 'title') for (const c of el.childNodes) walk(c, invisible, form);
    structure.push('/' + name);
    if (BLOCK.has(name)) add(' ');
  };
  if (doc.documentElement) walk(doc.documentElement, false, null);
  if (loose.inputs.length > 0) forms.push(loose);
  return {
    title: collapse(doc.title || ''),
    text: collapse(text.join('')).slice(0, limits.text),
    forms,
    links: links.slice(0, 500),
    imageAlts: imageAlts.slice(0, 200),
    headlines: [...new Set(headlines)],
    structure: structure.join(','),
    html: (doc.documentElement ? doc.documentElement.outerHTML : '').slice(0, limits.html),
  };
}`;

export async function snapshotFrame(
  target: Page | Frame,
  branch: number,
  status: number | null,
): Promise<Omit<PageSnapshot, 'screenshot' | 'downloads' | 'chain'>> {
  const limits = JSON.stringify({ text: SNAPSHOT_TEXT_LIMIT, html: SNAPSHOT_HTML_LIMIT });
  const facts = (await target.evaluate(`(${READ_DOM})(${limits})`)) as DomFacts;
  return {
    branch,
    url: target.url(),
    status,
    title: facts.title,
    text: facts.text,
    forms: facts.forms,
    links: facts.links,
    imageAlts: facts.imageAlts,
    headlines: facts.headlines,
    domHash: facts.structure ? sha256(facts.structure) : null,
    html: facts.html,
  };
}
