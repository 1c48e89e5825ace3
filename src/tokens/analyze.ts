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
import type { Token } from '../model.ts';
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
  recipientKey: string;
}

export function analyzeTokens(jobId: string, links: TokenLinkInput[], opts: AnalyzeOptions = {}): Token[] {
  const tracking = { params: opts.trackingParams ?? TRACKING.params, prefixes: TRACKING.prefixes };
  // One campaign at a time: only its decomposed links are held, not the whole job's.
  const campaigns = new Map<number | string | undefined, TokenLinkInput[]>();
  for (const input of links) pushTo(campaigns, input.campaign, input);
  const tokens: Token[] = [];
  const memo: Memo = { explained: new Map(), formats: new Map() };
  for (const inputs of campaigns.values()) {
    const shapes = new Map<string, LinkEntry[]>();
    for (const input of inputs) {
      const components = new Map(candidateComponents(decomposeUrl(input.url)).map((c) => [c.component, c]));
      if (components.size === 0) continue;
      const entry = { input, components, recipientKey: [...new Set(input.recipients.map((r) => r.toLowerCase()))].sort().join(',') };
      pushTo(shapes, shapeOf(components), entry);
    }
    for (const entries of shapes.values()) {
      for (const set of alignedSets(entries)) for (const t of analyzeSet(jobId, set, tracking, memo)) tokens.push(t);
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

function analyzeSet(jobId: string, set: LinkEntry[], tracking: { params: Set<string>; prefixes: string[] }, memo: Memo): Token[] {
  const names = [...new Set(set.flatMap((e) => [...e.components.keys()]))];
  const tokens: Token[] = [];
  for (const name of names) {
    const present = set.filter((e) => e.components.get(name)?.value);
    const valuesByRecipient = new Map<string, Set<string>>();
    for (const e of present) {
      const values = valuesByRecipient.get(e.recipientKey) ?? new Set<string>();
      values.add(e.components.get(name)!.value);
      valuesByRecipient.set(e.recipientKey, values);
    }
    const aligned = valuesByRecipient.size >= 2;
    const distinct = new Set(present.map((e) => e.components.get(name)!.value)).size;
    const fixedPerRecipient = [...valuesByRecipient.values()].every((v) => v.size === 1);
    const paramName = /^(?:fragment:)?query:(.+?)(?:\[\d+\])?$/.exec(name)?.[1];

    for (const e of present) {
      const value = e.components.get(name)!.value;
      const base = { jobId, linkId: e.input.linkId, url: e.input.url, component: name, value, seenOnHosts: [] as string[] };
      const explained = explainFor(value, e.input.recipients, memo);
      if (explained) {
        tokens.push({ ...base, kind: 'per-recipient', format: explained.format, recipient: explained.recipient, derivation: explained.derivation });
        continue;
      }
      const { format, entropy } = memo.formats.get(value) ?? memo.formats.set(value, classifyValueFormat(value)).get(value)!;
      const unexplained = { ...base, format, derivation: null, entropy };
      const ownRecipient = e.input.recipients[0] ?? null;
      if (paramName !== undefined && isTrackingParam(paramName, tracking)) {
        tokens.push({ ...unexplained, kind: 'tracking-param', recipient: aligned && distinct > 1 ? ownRecipient : null });
      } else if (aligned && distinct === 1) {
        if (!name.startsWith('host[') && isIdLike(value, format, entropy)) tokens.push({ ...unexplained, kind: 'campaign', recipient: null });
      } else if (aligned && fixedPerRecipient && distinct === valuesByRecipient.size) {
        tokens.push({ ...unexplained, kind: 'per-recipient', recipient: ownRecipient });
      } else if (isTokenLike(value, format, entropy)) {
        tokens.push({ ...unexplained, kind: 'unknown', recipient: null });
      }
    }
  }
  return tokens;
}

type Explained = { format: string; derivation: string; recipient: string } | null;

/** What one analysis has already worked out: explanations per (recipients, value), formats per value. */
interface Memo {
  explained: Map<string, Explained>;
  formats: Map<string, { format: string; entropy: number }>;
}

// A big job repeats the same values to the same recipients (one template, many copies): each pair
// is explained once per analysis.
function explainFor(value: string, recipients: string[], memo: Memo): Explained {
  const key = `${recipients.join('\u0001')}\u0000${value}`;
  if (memo.explained.has(key)) return memo.explained.get(key)!;
  let found: Explained = null;
  for (const recipient of recipients) {
    const explained = explainToken(value, recipient);
    if (explained) {
      found = { format: explained.format, derivation: explained.derivation, recipient };
      break;
    }
  }
  memo.explained.set(key, found);
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
