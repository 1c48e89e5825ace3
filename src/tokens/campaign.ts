// Which messages are one campaign, before any token alignment: only links of one campaign are
// compared across recipients, so unrelated mails that share a platform (google.com/amp/…,
// drive.google.com/file/d/…, linkedin.com/company/…, a CDN's image paths, a mailto subject) are
// never read as one template whose differences are per-recipient tokens.
//
// Two messages are one campaign when they come from the same sender (the address's domain; the
// whole address on a webmail domain, where unrelated people share the domain) or share their
// template, and were sent close in time (within CLOSE_MS of each other, or a date is unknown).
// A template is shared when most link shapes (host, path depth, query names) agree and something
// is the same to the letter: a link without a query (a logo, a landing page), or the subject with
// its digits left out. Shapes alone are not enough: unrelated mails carry the same platform links
// (google.com/amp/s/…, linkedin.com/company/…) in the same places. Campaigns are the connected groups.
import { getDomain } from 'tldts';
import { pushTo } from './analyze.ts';
import { decomposeUrl } from './decompose.ts';

export interface CampaignMessage {
  /** The From address. */
  from: string;
  /** ISO-8601, or null when the message has none. */
  date: string | null;
  urls: string[];
  subject?: string;
}

const CLOSE_MS = 48 * 3600 * 1000;
const SAME_TEMPLATE = 0.6;
const REPRESENTATIVES = 16;

// Mail domains that unrelated senders share: there the address, not the domain, names the sender.
const WEBMAIL = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'yahoo.co.jp',
  'icloud.com', 'me.com', 'aol.com', 'gmx.de', 'gmx.net', 'web.de', 'mail.ru', 'yandex.ru', 'qq.com', '163.com',
  'proton.me', 'protonmail.com', 'onmicrosoft.com', 'zoho.com', 'mail.com', 'naver.com', 'docomo.ne.jp', 'ezweb.ne.jp',
]);

function senderKey(from: string): string {
  const at = from.lastIndexOf('@');
  if (at === -1) return `?${from.toLowerCase()}`;
  const host = from.slice(at + 1).toLowerCase();
  const domain = getDomain(host) ?? host;
  return WEBMAIL.has(domain) || /^(?:outlook|hotmail|live|yahoo)\./.test(domain) ? from.toLowerCase() : domain;
}

/** A link's shape: registrable domain, host depth, path depth, query names; values left out. */
export function linkShape(url: string): string | null {
  const parts = decomposeUrl(url);
  const host = parts.find((p) => p.component === 'host')?.value.toLowerCase();
  if (!host) return null;
  const names = parts.filter((p) => !p.component.startsWith('host') && p.component !== 'userinfo').map((p) => p.component).sort();
  return JSON.stringify([getDomain(host) ?? host, host.split('.').length, names]);
}

/** Facts a message is grouped by: small and fixed-size per link, so a long stream can keep them all. */
interface Facts {
  sender: string;
  time: number;
  /** Link shapes as numbers (interned per grouper), sorted, distinct. */
  shapes: number[];
  /** Hashes of what must be the same to the letter: links without a query, the subject without digits. */
  fixed: number[];
}

/** Sorted distinct numbers. */
const sortedSet = (values: Iterable<number>) => [...new Set(values)].sort((a, b) => a - b);

/** Shared elements of two sorted distinct lists. */
function sharedCount(a: number[], b: number[]): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}

function similarity(a: number[], b: number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = sharedCount(a, b);
  return shared / (a.length + b.length - shared);
}

/**
 * A 53-bit hash (two 32-bit FNV-1a variants): a message's exact-match facts are kept as numbers,
 * not as the URLs themselves; a false match needs two messages close in time with a colliding
 * hash whose link shapes also agree.
 */
function hash53(text: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}

/**
 * Messages added one at a time (their facts are computed then, their URLs not kept), grouped when
 * all are in. `extract` feeds it as it streams.
 */
export class CampaignGrouper {
  private readonly facts: Facts[] = [];
  private readonly shapeIds = new Map<string, number>();

  add(m: CampaignMessage): void {
    const shapes: number[] = [];
    for (const url of m.urls) {
      const shape = linkShape(url);
      if (shape === null) continue;
      let id = this.shapeIds.get(shape);
      if (id === undefined) this.shapeIds.set(shape, (id = this.shapeIds.size));
      shapes.push(id);
    }
    const fixed = m.urls.filter((u) => /^https?:\/\/[^/?#]+\/[^?#]+$/i.test(u));
    if (m.subject?.trim()) fixed.push(`subject:${m.subject.toLowerCase().replace(/\d+/g, '#').trim()}`);
    this.facts.push({ sender: senderKey(m.from), time: m.date ? Date.parse(m.date) : Number.NaN, shapes: sortedSet(shapes), fixed: sortedSet(fixed.map(hash53)) });
  }

  /** The campaign number of each message, in input order (0, 1, 2… by first appearance). */
  groups(): number[] {
    const facts = this.facts;
    const parent = facts.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    const sameTemplate = (a: number, b: number) => similarity(facts[a].shapes, facts[b].shapes) >= SAME_TEMPLATE && sharedCount(facts[a].fixed, facts[b].fixed) > 0;
    const close = (a: number, b: number) => Number.isNaN(a) || Number.isNaN(b) || Math.abs(a - b) <= CLOSE_MS;
    // Same sender: only neighbours in time need comparing once each sender's messages are sorted.
    const bySender = new Map<string, number[]>();
    facts.forEach((f, i) => pushTo(bySender, f.sender, i));
    for (const members of bySender.values()) {
      const sorted = [...members].sort((a, b) => (facts[a].time || 0) - (facts[b].time || 0));
      for (let k = 1; k < sorted.length; k++) if (close(facts[sorted[k - 1]].time, facts[sorted[k]].time)) parent[find(sorted[k])] = find(sorted[k - 1]);
    }
    // Same template: messages that share a shape are candidates; most of their shapes must agree.
    // Each is compared with the first few of the shape only, so a shape in every message (a social
    // footer link) costs linear time, not quadratic.
    const byShape = new Map<number, number[]>();
    facts.forEach((f, i) => {
      for (const s of f.shapes) pushTo(byShape, s, i);
    });
    for (const members of byShape.values()) {
      for (let y = 1; y < members.length; y++) {
        for (let x = 0; x < Math.min(y, REPRESENTATIVES); x++) {
          const [a, b] = [members[x], members[y]];
          if (find(a) === find(b)) continue;
          if (close(facts[a].time, facts[b].time) && sameTemplate(a, b)) parent[find(b)] = find(a);
        }
      }
    }
    const numbers = new Map<number, number>();
    return facts.map((_, i) => {
      const root = find(i);
      if (!numbers.has(root)) numbers.set(root, numbers.size);
      return numbers.get(root)!;
    });
  }
}

/** The campaign number of each message, in input order (0, 1, 2… by first appearance). */
export function groupCampaigns(messages: CampaignMessage[]): number[] {
  const grouper = new CampaignGrouper();
  for (const m of messages) grouper.add(m);
  return grouper.groups();
}
