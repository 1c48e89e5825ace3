// Per-recipient token discovery across the links of one job, before any visit.
//
// Alignment happens within one campaign only (see campaign.ts; links without one form one group):
// two links have the same shape when they share the registrable domain, the number of
// host labels and the same component names (path segment positions, matrix and query parameter
// names with their repeat counts, fragment parameters). Links of one shape are partitioned by
// recipient; when at least two recipients hold the same number of such links, the k-th link of
// each recipient is aligned with the k-th of the others (a campaign is one template, so its links
// come in the same order in every message); otherwise the whole shape is one aligned set.
//
// Per component of an aligned set:
//   explained from the link's recipient           → per-recipient (whatever its name)
//   a known tracking parameter                    → tracking-param
//   same value for every recipient                → campaign, emitted only when id-like
//   one value per recipient, all different        → per-recipient, unexplained (format + entropy)
//   no second recipient to compare with, or the value changes within one recipient's links
//                                                 → unknown, emitted only when token-like
import { getDomain } from 'tldts';
import type { Token, TokenKind } from '../model.ts';
import { decomposeUrl, type UrlComponent } from './decompose.ts';
import { classifyValueFormat, explainToken } from './explain.ts';
import { isTrackingParam, TRACKING } from './tracking.ts';

export interface TokenLinkInput {
  linkId: string;
  url: string;
  recipients: string[];
  /** The campaign of the link's message (groupCampaigns): links of different campaigns are never aligned. */
  campaign?: number | string;
}

export interface AnalyzeOptions {
  /** Replaces the tracking parameter names of the data file, lower-cased (its prefixes such as `utm_` stay). */
  trackingParams?: Set<string>;
}

interface LinkEntry {
  input: TokenLinkInput;
  components: Map<string, UrlComponent>;
  /** The link's recipients as a set (lower-cased, sorted): links are aligned by it. */
  recipientKey: string;
  /** The recipients as given, in order: the memo of explanations is keyed by it. */
  recipientList: string;
}

export function analyzeTokens(jobId: string, links: TokenLinkInput[], opts: AnalyzeOptions = {}): Token[] {
  const tracking = { params: opts.trackingParams ?? TRACKING.params, prefixes: TRACKING.prefixes };
  // One campaign at a time: only its decomposed links are held, not the whole job's.
  const campaigns = new Map<number | string | undefined, TokenLinkInput[]>();
  for (const input of links) pushTo(campaigns, input.campaign, input);
  const tokens: Token[] = [];
  const memo: Memo = { explained: new Map(), formats: new Map() };
  // The links of one message share their recipients array: its keys are made once, not per link.
  const keys = new Map<string[], { recipientKey: string; recipientList: string }>();
  const keysOf = (recipients: string[]) =>
    cached(keys, recipients, () => ({ recipientKey: [...new Set(recipients.map((r) => r.toLowerCase()))].sort().join(','), recipientList: recipients.join('\u0001') }));
  for (const inputs of campaigns.values()) {
    const shapes = new Map<string, LinkEntry[]>();
    for (const input of inputs) {
      // Script and inline documents are no addresses anyone minted per recipient.
      if (/^\s*(?:javascript|data|about|blob|cid):/i.test(input.url)) continue;
      const components = new Map(candidateComponents(decomposeUrl(input.url)).map((c) => [c.component, c]));
      if (components.size === 0) continue;
      pushTo(shapes, shapeOf(components), { input, components, ...keysOf(input.recipients) });
    }
    for (const entries of shapes.values()) {
      for (const set of alignedSets(entries)) analyzeSet(jobId, set, tracking, memo, tokens);
    }
  }
  return tokens;
}

/** Components a token can be: the host labels rather than the host, fragment parts rather than the whole. */
function candidateComponents(components: UrlComponent[]): UrlComponent[] {
  const fragmentParts = components.some((c) => c.component.startsWith('fragment:'));
  return components.filter((c) => c.component !== 'host' && !(fragmentParts && c.component === 'fragment'));
}

function shapeOf(components: Map<string, UrlComponent>): string {
  const host = components.get('host[0]') ? [...components.keys()].filter((k) => k.startsWith('host[')) : [];
  const hostName = host.map((k) => components.get(k)?.value).join('.');
  const domain = (hostName && getDomain(hostName, { allowPrivateDomains: true })) || hostName;
  const names = [...components.keys()].filter((k) => !k.startsWith('host[') && k !== 'userinfo').sort();
  return JSON.stringify([domain.toLowerCase(), host.length, names]);
}

/** The value under key, made and kept the first time it is asked for. */
function cached<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  const known = map.get(key);
  if (known !== undefined) return known;
  const made = make();
  map.set(key, made);
  return made;
}

/** Appends to the list under key (lists grow in place: spreading them anew is quadratic in a big job). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function alignedSets(entries: LinkEntry[]): LinkEntry[][] {
  const byRecipient = new Map<string, LinkEntry[]>();
  for (const e of entries) pushTo(byRecipient, e.recipientKey, e);
  const partitions = [...byRecipient.values()];
  const n = partitions[0].length;
  if (partitions.length < 2 || partitions.some((p) => p.length !== n)) return [entries];
  return Array.from({ length: n }, (_, k) => partitions.map((p) => p[k]));
}

/**
 * The tokens of one aligned set, appended to `out`. Written to allocate per token found, not per
 * (link, component): a job of 40,000 links visits ten times as many pairs, and per-pair garbage
 * was most of the memory `extract` peaked at.
 */
function analyzeSet(jobId: string, set: LinkEntry[], tracking: { params: Set<string>; prefixes: string[] }, memo: Memo, out: Token[]): void {
  const names = new Set<string>();
  for (const e of set) for (const name of e.components.keys()) names.add(name);
  for (const name of names) {
    const present: LinkEntry[] = [];
    const distinctValues = new Set<string>();
    // The one value each recipient holds, or null once a recipient holds two.
    const valueByRecipient = new Map<string, string | null>();
    for (const e of set) {
      const value = e.components.get(name)?.value;
      if (!value) continue;
      present.push(e);
      distinctValues.add(value);
      const held = valueByRecipient.get(e.recipientKey);
      if (held === undefined) valueByRecipient.set(e.recipientKey, value);
      else if (held !== value) valueByRecipient.set(e.recipientKey, null);
    }
    const aligned = valueByRecipient.size >= 2;
    const distinct = distinctValues.size;
    let fixedPerRecipient = true;
    for (const v of valueByRecipient.values()) if (v === null) fixedPerRecipient = false;
    const paramName = /^(?:fragment:)?query:(.+?)(?:\[\d+\])?$/.exec(name)?.[1];
    const tracked = paramName !== undefined && isTrackingParam(paramName, tracking);

    for (const e of present) {
      const value = e.components.get(name)!.value;
      const explained = explainFor(value, e, memo);
      if (explained) {
        out.push(tokenOf(jobId, e.input, name, value, 'per-recipient', explained.format, explained.recipient, explained.derivation));
        continue;
      }
      const { format, entropy } = cached(memo.formats, value, () => classifyValueFormat(value));
      const ownRecipient = e.input.recipients[0] ?? null;
      if (tracked) {
        out.push(tokenOf(jobId, e.input, name, value, 'tracking-param', format, aligned && distinct > 1 ? ownRecipient : null, null, entropy));
      } else if (aligned && distinct === 1) {
        if (!name.startsWith('host[') && isIdLike(value, format, entropy)) out.push(tokenOf(jobId, e.input, name, value, 'campaign', format, null, null, entropy));
      } else if (aligned && fixedPerRecipient && distinct === valueByRecipient.size) {
        out.push(tokenOf(jobId, e.input, name, value, 'per-recipient', format, ownRecipient, null, entropy));
      } else if (isTokenLike(value, format, entropy)) {
        out.push(tokenOf(jobId, e.input, name, value, 'unknown', format, null, null, entropy));
      }
    }
  }
}

type Explained = { format: string; derivation: string; recipient: string } | null;

function tokenOf(jobId: string, link: TokenLinkInput, component: string, value: string, kind: TokenKind, format: string, recipient: string | null, derivation: string | null, entropy?: number): Token {
  const token: Token = { jobId, linkId: link.linkId, url: link.url, component, value, kind, format, recipient, derivation, seenOnHosts: [] };
  if (entropy !== undefined) token.entropy = entropy;
  return token;
}

/** What one analysis has already worked out: explanations per recipients and value, formats per value. */
interface Memo {
  explained: Map<string, Map<string, Explained>>;
  formats: Map<string, { format: string; entropy: number }>;
}

// A big job repeats the same values to the same recipients (one template, many copies): each pair
// is explained once per analysis.
function explainFor(value: string, e: LinkEntry, memo: Memo): Explained {
  const known = cached(memo.explained, e.recipientList, () => new Map<string, Explained>());
  const hit = known.get(value);
  if (hit !== undefined) return hit;
  let found: Explained = null;
  for (const recipient of e.input.recipients) {
    const explained = explainToken(value, recipient);
    if (explained) {
      found = { format: explained.format, derivation: explained.derivation, recipient };
      break;
    }
  }
  known.set(value, found);
  return found;
}

const ENCODED_FORMATS = new Set(['uuid', 'hex', 'jwt', 'base64', 'base64url']);

/** A value worth reporting without a second recipient to compare: random-looking or encoded. */
export function isTokenLike(value: string, format: string, entropy: number): boolean {
  if (ENCODED_FORMATS.has(format)) return true;
  if (format === 'numeric') return value.length >= 6;
  if (format !== 'opaque') return false;
  return (value.length >= 16 && entropy >= 3) || (value.length >= 8 && entropy >= 2.75 && /\d/.test(value) && /[A-Za-z]/.test(value));
}

/** A constant worth reporting as campaign data: an identifier, not a word like `index.html` nor a flag like `1`. */
function isIdLike(value: string, format: string, entropy: number): boolean {
  return isTokenLike(value, format, entropy) || (format === 'numeric' && value.length >= 3) || (/^[A-Za-z0-9_-]{4,}$/.test(value) && /\d/.test(value));
}
