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

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The campaign number of each message, in input order (0, 1, 2… by first appearance). */
export function groupCampaigns(messages: CampaignMessage[]): number[] {
  const parent = messages.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const facts = messages.map((m) => ({
    sender: senderKey(m.from),
    time: m.date ? Date.parse(m.date) : Number.NaN,
    shapes: new Set(m.urls.map(linkShape).filter((s): s is string => s !== null)),
    fixed: new Set([
      ...m.urls.filter((u) => /^https?:\/\/[^/?#]+\/[^?#]+$/i.test(u)),
      ...(m.subject?.trim() ? [`subject:${m.subject.toLowerCase().replace(/\d+/g, '#').trim()}`] : []),
    ]),
  }));
  const sameTemplate = (a: number, b: number) =>
    similarity(facts[a].shapes, facts[b].shapes) >= SAME_TEMPLATE && [...facts[a].fixed].some((x) => facts[b].fixed.has(x));
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
  const byShape = new Map<string, number[]>();
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
  return messages.map((_, i) => {
    const root = find(i);
    if (!numbers.has(root)) numbers.set(root, numbers.size);
    return numbers.get(root)!;
  });
}
