// The frozen last page of a branch, read from the live DOM: what the classifier and report read.
import { createHash } from 'node:crypto';
import type { Frame, Page } from 'playwright';
import type { PageSnapshot } from '../../model.ts';

export const TEXT_LIMIT = 20_000;
export const HTML_LIMIT = 200_000;

type DomFacts = Pick<PageSnapshot, 'title' | 'text' | 'forms' | 'links' | 'imageAlts'> & {
  structure: string;
  html: string;
};

// Runs in the page; kept self-contained because it is serialised into the page.
function readDom(limits: { text: number; html: number }): DomFacts {
  const doc = document;
  const abs = (v: string | null): string | null => {
    if (!v) return null;
    try {
      return new URL(v, doc.baseURI).href;
    } catch {
      return v;
    }
  };
  const tags: string[] = [];
  const walk = (el: Element, depth: number): void => {
    tags.push(`${depth}:${el.tagName.toLowerCase()}`);
    for (const c of Array.from(el.children)) walk(c, depth + 1);
  };
  if (doc.documentElement) walk(doc.documentElement, 0);
  return {
    title: doc.title ?? '',
    text: (doc.body?.innerText ?? '').replace(/\s+\n/g, '\n').trim().slice(0, limits.text),
    forms: Array.from(doc.forms).map((f) => ({
      action: abs(f.getAttribute('action')),
      method: (f.getAttribute('method') ?? 'get').toLowerCase(),
      inputs: Array.from(f.querySelectorAll('input, select, textarea')).map((i) => ({
        type: i instanceof HTMLInputElement ? i.type : i.tagName.toLowerCase(),
        name: i.getAttribute('name'),
      })),
    })),
    links: Array.from(doc.querySelectorAll('a[href], area[href]'))
      .slice(0, 500)
      .map((a) => ({ url: abs(a.getAttribute('href')) ?? '', text: (a.textContent ?? '').trim().slice(0, 200) || null })),
    imageAlts: Array.from(doc.images)
      .map((i) => i.alt.trim())
      .filter(Boolean)
      .slice(0, 200),
    structure: tags.join(' '),
    html: (doc.documentElement?.outerHTML ?? '').slice(0, limits.html),
  };
}

export async function snapshotFrame(
  target: Page | Frame,
  branch: number,
  status: number | null,
): Promise<Omit<PageSnapshot, 'screenshot' | 'downloads' | 'chain'>> {
  const facts = await target.evaluate(readDom, { text: TEXT_LIMIT, html: HTML_LIMIT });
  return {
    branch,
    url: target.url(),
    status,
    title: facts.title,
    text: facts.text,
    forms: facts.forms,
    links: facts.links,
    imageAlts: facts.imageAlts,
    domHash: facts.structure ? createHash('sha256').update(facts.structure).digest('hex') : null,
    html: facts.html,
  };
}
