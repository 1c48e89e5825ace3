// A STIX 2.1 bundle of indicators for threat-intel platforms: every lure URL that was followed,
// and the final URLs and domains the chains landed on, labelled with the landing category.
//
// Ids are deterministic, so re-exports update rather than duplicate objects downstream:
// SCOs (`url`, `domain-name`) use the spec's own UUIDv5 rule (STIX namespace over
// `{"value":…}`), the rest UUIDv5 in hoptrace's namespace over their pattern or name.
// Final pages classified benign, error or blocked are left out: an indicator for the bank's real
// site a cloaked link sent a desktop to would hurt whoever ingests it. Lure URLs carry the
// recipients' tokens: export a `redactTokens` bundle to share them.
import type { Category, TraceBundle } from '../model.ts';
import { v5 as uuidV5 } from 'uuid';

const STIX_SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';
export const HOPTRACE_NAMESPACE = 'e58723ff-e1f8-471c-85db-7d67391ad1ee';
export const NOT_INDICATORS = new Set<Category>(['benign', 'error', 'blocked']);
export const MALICIOUS = new Set<Category>([
  'dating', 'fake-scan', 'credential-phishing', 'email-harvest', 'prize-scam', 'tech-support-scam',
  'malware-download', 'adult',
]);

export type StixObject = Record<string, unknown> & { type: string; id: string };

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** A string literal inside a STIX pattern: quotes and backslashes escaped. */
export function stixString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function timestamp(iso: string | null | undefined, fallback: string): string {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? fallback : new Date(t).toISOString();
}

interface Observed {
  kind: 'lure-url' | 'final-url' | 'final-domain';
  value: string;
  categories: Set<Category>;
  firstSeen: string;
}

function hostnameOf(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    // An address is not a domain-name; a name with no dot is not one worth an indicator.
    return /^[\d.]+$|^\[|:/.test(host) || !host.includes('.') ? null : host;
  } catch {
    return null;
  }
}

function collect(bundle: TraceBundle, now: string): Map<string, Observed> {
  const seen = new Map<string, Observed>();
  const note = (kind: Observed['kind'], value: string, category: Category | null, when: string): void => {
    const key = `${kind} ${value}`;
    const entry = seen.get(key) ?? { kind, value, categories: new Set<Category>(), firstSeen: when };
    if (category) entry.categories.add(category);
    if (when < entry.firstSeen) entry.firstSeen = when;
    seen.set(key, entry);
  };
  for (const v of bundle.visits) {
    if (v.replayOf !== null) continue;
    const when = timestamp(v.startedAt, now);
    const category = v.final?.category ?? null;
    note('lure-url', v.url, category, when);
    if (!v.final || !category || NOT_INDICATORS.has(category)) continue;
    note('final-url', v.final.url, category, when);
    const host = hostnameOf(v.final.url);
    if (host) note('final-domain', host, category, when);
  }
  return seen;
}

export function toStix(bundle: TraceBundle, opts: { now?: string } = {}): StixBundle {
  const now = timestamp(opts.now ?? new Date().toISOString(), new Date().toISOString());
  const identity: StixObject = {
    type: 'identity',
    spec_version: '2.1',
    id: `identity--${uuidV5('identity hoptrace', HOPTRACE_NAMESPACE)}`,
    created: now,
    modified: now,
    name: 'hoptrace',
    identity_class: 'system',
    description: 'Sandbox crawler for the links in suspicious mail',
  };
  const objects: StixObject[] = [identity];
  for (const o of [...collect(bundle, now).values()].sort((x, y) => `${x.kind} ${x.value}`.localeCompare(`${y.kind} ${y.value}`))) {
    const scoType = o.kind === 'final-domain' ? 'domain-name' : 'url';
    const pattern = `[${scoType}:value = ${stixString(o.value)}]`;
    const categories = [...o.categories].sort();
    const malicious = categories.some((c) => MALICIOUS.has(c));
    objects.push({
      type: 'indicator',
      spec_version: '2.1',
      id: `indicator--${uuidV5(`indicator ${o.kind} ${pattern}`, HOPTRACE_NAMESPACE)}`,
      created_by_ref: identity.id,
      created: now,
      modified: now,
      name: `${o.kind === 'lure-url' ? 'Lure URL' : o.kind === 'final-url' ? 'Landing URL' : 'Landing domain'}: ${o.value}`,
      description: `hoptrace ${o.kind}; landing categories: ${categories.join(', ') || 'none recorded'}`,
      indicator_types: [malicious ? 'malicious-activity' : 'anomalous-activity'],
      labels: [o.kind, ...categories],
      pattern,
      pattern_type: 'stix',
      valid_from: o.firstSeen,
    });
    objects.push({
      type: scoType,
      spec_version: '2.1',
      id: `${scoType}--${uuidV5(JSON.stringify({ value: o.value }), STIX_SCO_NAMESPACE)}`,
      value: o.value,
    });
  }
  // A URL can be both a lure and a landing page: one SCO for it.
  const unique = [...new Map(objects.map((o) => [o.id, o])).values()];
  return {
    type: 'bundle',
    id: `bundle--${uuidV5(unique.map((o) => o.id).join(' '), HOPTRACE_NAMESPACE)}`,
    objects: unique,
  };
}
