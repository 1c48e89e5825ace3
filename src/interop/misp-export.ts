// MISP events from a trace: one event per job, in the JSON MISP itself exports and imports.
// Each visit's chain is a row of `url` objects joined by `redirects-to` in hop order; the landing
// carries its category, confidence, cloaking and kit family as tags; downloads and opened
// attachments are `file` objects, the lure mails `email` objects, every host with the addresses it
// answered from a `domain-ip` object and every cached registration a `whois` object (MISP's own
// correlation then does the registrant pivot across events). Every uuid is a UUIDv5 of what the
// object stands for within its job, so importing a re-export updates the event instead of adding a
// second one, and two events never share an object (MISP would move it from one to the other).
import { familiesOfJobs, type Family } from '../fingerprint/cluster.ts';
import type { Hop, Job, Message, TraceBundle, Visit } from '../model.ts';
import { hostOfUrl, isIpHost, registrableDomain } from '../pivot/domains.ts';
import { mappedIpsOf } from '../pivot/facts.ts';
import { registrationOfStored, type Registration } from '../pivot/index.ts';
import type { TraceStore } from '../store/store.ts';
import { MALICIOUS, NOT_INDICATORS } from '../export/stix.ts';
import { ObjectBuilder, stableUuid, T, type MispAttribute, type MispObject, type MispTag } from './misp-object.ts';

export interface MispEvent {
  uuid: string;
  info: string;
  date: string;
  /** Seconds since the epoch of the job's last visit: MISP updates an event only when this grows. */
  timestamp: string;
  threat_level_id: '2' | '4';
  analysis: '1' | '2';
  distribution: '0';
  published: false;
  Tag: MispTag[];
  Attribute: MispAttribute[];
  Object: MispObject[];
}

/** What the trace bundle does not hold: the kit families and the cached registration records. */
export interface MispExtras {
  families: Family[];
  registrations: Registration[];
}

/** One job: `{ "Event" }`, what `/events/add` takes; several: `{ "response": [{ "Event" }…] }`, MISP's own export. */
export type MispExport = { Event: MispEvent } | { response: { Event: MispEvent }[] };

export const categoryTag = (category: string): string => `hoptrace:category="${category}"`;
export const familyTag = (id: string): string => `hoptrace:kit-family="${id}"`;
export const cloakingTag = (noisy: boolean): string => `hoptrace:cloaking="${noisy ? 'noisy' : 'persona-divergent'}"`;

/**
 * Kit families over every job of the database (a family's id names its members: the same family
 * gets the same tag whichever job is exported) and every cached registration record.
 */
export function mispExtrasOf(store: Pick<TraceStore, 'hasFingerprintIndex' | 'fingerprintRowsOfJobs' | 'landingsOfJobs' | 'listRegistrations'>): MispExtras {
  return {
    families: store.hasFingerprintIndex ? familiesOfJobs(store, []) : [],
    registrations: store.listRegistrations().map(registrationOfStored),
  };
}

export function toMisp(bundle: TraceBundle, extras: MispExtras): MispExport {
  const events = bundle.jobs.map((job) => ({ Event: jobEvent(job, bundle, extras) }));
  return events.length === 1 ? events[0]! : { response: events };
}

function jobEvent(job: Job, bundle: TraceBundle, extras: MispExtras): MispEvent {
  // Replays repeat a visit already in the event; they add no observation.
  const visits = bundle.visits.filter((v) => v.jobId === job.id && v.replayOf === null);
  const messages = bundle.messages.filter((m) => m.jobId === job.id);
  const ids = new Set(visits.map((v) => v.id));
  const families = extras.families.filter((f) => f.visits.some((id) => ids.has(id)));
  // The landing tags of each visit that a cloaking finding or a kit family names.
  const marks = new Map<string, string[]>();
  const mark = (visitId: string, tag: string): void => void marks.set(visitId, [...(marks.get(visitId) ?? []), tag]);
  for (const c of bundle.cloaking ?? []) if (c.jobId === job.id) for (const p of c.personas) mark(p.visitId, cloakingTag(c.noisy === true));
  for (const f of families) for (const id of f.visits) mark(id, familyTag(f.id));
  // A `--host-map` address is where the job was told to connect (a fixture, a sinkhole), not where the host lives.
  const mapped = mappedIpsOf(job.options);

  const objects: MispObject[] = [];
  const eventTags = new Set<string>();
  // A link visited under several personas has one first hop per visit: the mail contains each.
  const lureOf = new Map<string, MispObject[]>();
  for (const visit of visits) {
    const chain = visitObjects(visit, mapped, marks.get(visit.id) ?? []);
    objects.push(...chain.objects);
    for (const t of chain.tags) eventTags.add(t);
    if (visit.linkId && chain.lure) lureOf.set(visit.linkId, [...(lureOf.get(visit.linkId) ?? []), chain.lure]);
  }
  // A mail with no sender, subject, id or recipient left says nothing an email object may hold.
  objects.push(...messages.map((m) => emailObject(m, lureOf)).filter((o) => o.Attribute.length > 0));
  objects.push(...hostObjects(job.id, visits, mapped));
  const domains = new Set(visits.flatMap((v) => v.hops.map((h) => registrableDomain(hostOfUrl(h.url) ?? '') ?? '')));
  objects.push(...extras.registrations.filter((r) => domains.has(r.domain)).map((r) => whoisObject(job.id, r)));
  for (const f of families) eventTags.add(familyTag(f.id));

  const complete = visits.filter((v) => !v.incomplete && v.final);
  const categories = [...new Set(complete.map((v) => v.final!.category))].sort();
  const last = visits.reduce((max, v) => (v.finishedAt > max ? v.finishedAt : max), job.createdAt);
  return {
    uuid: stableUuid(`event ${job.id}`),
    info: `hoptrace job ${job.name}: ${visits.length} visit(s)${categories.length ? `, landings ${categories.join(', ')}` : ''}`,
    date: job.createdAt.slice(0, 10),
    timestamp: String(Math.floor(Date.parse(last) / 1000) || 0),
    threat_level_id: categories.some((c) => MALICIOUS.has(c)) ? '2' : '4',
    analysis: job.status === 'done' ? '2' : '1',
    distribution: '0',
    published: false,
    Tag: [...eventTags].sort().map((name) => ({ name })),
    // The family's label is its evidence: a `text` attribute every landing of the family points at by tag.
    Attribute: families.map((f) => ({
      uuid: stableUuid(`${job.id} family ${f.id}`), type: 'text', category: 'Other', value: `kit-family:${f.id} ${f.name}`,
      to_ids: false, distribution: '5', disable_correlation: false, comment: `${f.visits.length} landing(s) share this kit`,
      Tag: [{ name: familyTag(f.id) }],
    })),
    Object: objects,
  };
}

/** The url objects of a visit's hops, each branch chained in hop order, plus its downloads and attachment. */
function visitObjects(visit: Visit, mapped: Set<string>, marks: string[]): { objects: MispObject[]; lure: MispObject | null; tags: string[] } {
  const hops = [...visit.hops].sort((a, b) => a.seq - b.seq);
  const built = new Map<Hop, ObjectBuilder>();
  for (const hop of hops) built.set(hop, hopObject(visit, hop, mapped));
  // Each branch (0 the main chain, the others popups and frames) redirects within itself; a branch
  // is opened from the main-chain hop before it.
  for (const branch of new Set(hops.map((h) => h.branch))) {
    const own = hops.filter((h) => h.branch === branch);
    own.slice(1).forEach((h, i) => built.get(own[i]!)!.refer(built.get(h)!.object, 'redirects-to', h.cause));
    const opener = branch === 0 ? undefined : hops.filter((h) => h.branch === 0 && h.seq < own[0]!.seq).at(-1);
    if (opener) built.get(opener)!.refer(built.get(own[0]!)!.object, 'related-to', `opened ${own[0]!.cause} branch ${branch}`);
  }
  const main = hops.filter((h) => h.branch === 0);
  const tags: string[] = [];
  const landing = main.at(-1);
  let landingObject: ObjectBuilder | undefined;
  if (visit.final && landing) {
    landingObject = built.get(landing)!;
    // A page that navigated without a recorded hop (history API) lands on a URL of its own.
    if (landing.url !== visit.final.url) {
      landingObject = new ObjectBuilder('url', `${visit.jobId} ${visit.id} final`, 'landing');
      addUrl(landingObject, visit.final.url, visit.finishedAt);
      built.get(landing)!.refer(landingObject.object, 'redirects-to', 'final page');
    }
    tags.push(...markLanding(landingObject, visit, marks));
  }
  const objects = [...built.values()].map((b) => b.object);
  if (landingObject && !objects.includes(landingObject.object)) objects.push(landingObject.object);
  for (const d of visit.downloads) {
    const file = new ObjectBuilder('file', `${visit.jobId} ${visit.id} download ${d.sha256}`, d.truncated ? `download cut at the size cap: sha256 of the kept ${d.size} bytes` : 'download')
      .add('filename', T.filename, d.filename)
      .add('sha256', T.sha256, d.sha256, { toIds: !d.truncated })
      .add('size-in-bytes', T.size, d.size)
      .add('mimetype', T.mime, d.mime)
      .add('text', T.text, `downloaded from ${d.url}`);
    const from = [...built.entries()].find(([h]) => h.url === d.url)?.[1] ?? landingObject;
    if (from) file.refer(from.object, 'downloaded-from');
    objects.push(file.object);
  }
  const first = main[0];
  if (first?.cause === 'attachment' && first.bodySha256) {
    const file = new ObjectBuilder('file', `${visit.jobId} ${visit.id} attachment ${first.bodySha256}`, 'HTML attachment opened by the visit')
      .add('filename', T.filename, attachmentName(first.url))
      .add('sha256', T.sha256, first.bodySha256, { toIds: true })
      .add('mimetype', T.mime, first.contentType?.split(';')[0]?.trim());
    file.refer(built.get(first)!.object, 'related-to', 'opened in the sandbox at this URL');
    objects.push(file.object);
  }
  return { objects, lure: first ? built.get(first)!.object : null, tags };
}

function attachmentName(url: string): string {
  const last = url.split(/[/\\#?]/).filter(Boolean).at(-1) ?? url;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function addUrl(b: ObjectBuilder, url: string, seen: string, ip: string | null = null, toIds = false): ObjectBuilder {
  const host = hostOfUrl(url);
  const named = host && !isIpHost(host) ? host : null;
  return b
    .add('url', T.url, url, { toIds })
    .add('domain', T.domain, named ? registrableDomain(named) : null)
    .add('host', T.hostname, named)
    .add('ip', T.ipDst, ip ?? (host && isIpHost(host) ? host : null))
    .add('first-seen', T.datetime, seen);
}

function hopObject(visit: Visit, hop: Hop, mapped: Set<string>): ObjectBuilder {
  const what = hop.blocked ? `refused: ${hop.blocked}` : `status ${hop.status ?? 'none'}`;
  const b = new ObjectBuilder('url', `${visit.jobId} ${visit.id} hop ${hop.seq}`, `visit ${visit.id} (${visit.persona}), hop ${hop.seq} branch ${hop.branch}: ${hop.cause}, ${what}`);
  // An opened attachment's URL is a synthetic origin (attachment.invalid): no host worth a domain.
  if (hop.cause === 'attachment') return b.add('url', T.url, hop.url).add('first-seen', T.datetime, hop.startedAt);
  return addUrl(b, hop.url, hop.startedAt, hop.serverIp && !mapped.has(hop.serverIp) ? hop.serverIp : null);
}

/** The landing's verdict: category and confidence as `text`, tags for category, cloaking and kit family. */
function markLanding(b: ObjectBuilder, visit: Visit, marks: string[]): string[] {
  const final = visit.final!;
  const url = b.object.Attribute.find((a) => a.object_relation === 'url')!;
  if (visit.incomplete) {
    // An incomplete visit is never evidence: its page is not given a verdict.
    b.add('text', T.text, `landing not judged: the visit is incomplete (${visit.incomplete})`);
    return [];
  }
  const confidence = final.confidence === undefined ? '' : ` (confidence ${final.confidence.toFixed(2)})`;
  const brand = final.brand ? `, impersonating ${final.brand}` : '';
  b.add('text', T.text, `landing: ${final.category}${confidence}${brand}; title: ${final.title}`);
  const tags = [...new Set([categoryTag(final.category), ...marks])];
  url.Tag = tags.map((name) => ({ name }));
  // Only a harmful landing is worth an IDS rule; a cloak's benign page is often the real brand's site.
  url.to_ids = MALICIOUS.has(final.category);
  // The event is tagged with what it is about: a cloak's benign page, an error or a refusal is not.
  return NOT_INDICATORS.has(final.category) ? tags.slice(1) : tags;
}

function emailObject(m: Message, lureOf: Map<string, MispObject[]>): MispObject {
  // The mail's source (a local path, an IMAP mailbox with its user) is the analyst's, not the event's.
  const b = new ObjectBuilder('email', `${m.jobId} message ${m.id}`, 'lure mail')
    .add('from', T.emailSrc, m.from.address)
    .add('from-display-name', T.emailSrcName, m.from.name)
    .add('subject', T.subject, m.subject)
    .add('message-id', T.messageId, m.messageId)
    .add('send-date', T.datetime, isoTime(m.date));
  for (const to of m.recipients) b.add('to', T.emailDst, to);
  for (const where of new Set(m.links.map((l) => l.where ?? ''))) if (where.startsWith('attachment:')) b.add('attachment', T.emailAttachment, where.slice('attachment:'.length));
  for (const link of m.links) {
    for (const lure of lureOf.get(link.id) ?? []) b.refer(lure, 'contains', link.where ?? 'body');
  }
  return b.object;
}

/** One domain-ip object per host name, with every address it answered from (mapped ones left out). */
function hostObjects(jobId: string, visits: Visit[], mapped: Set<string>): MispObject[] {
  const hosts = new Map<string, { ips: Set<string>; first: string }>();
  for (const hop of visits.flatMap((v) => v.hops)) {
    const host = hostOfUrl(hop.url);
    if (!host || isIpHost(host) || !hop.serverIp || mapped.has(hop.serverIp)) continue;
    const h = hosts.get(host) ?? { ips: new Set<string>(), first: hop.startedAt };
    h.ips.add(hop.serverIp);
    if (hop.startedAt < h.first) h.first = hop.startedAt;
    hosts.set(host, h);
  }
  return [...hosts].sort(([a], [b]) => a.localeCompare(b)).map(([host, h]) => {
    const b = new ObjectBuilder('domain-ip', `${jobId} host ${host}`)
      .add('hostname', T.hostname, host)
      .add('domain', T.domain, registrableDomain(host))
      .add('first-seen', T.datetime, h.first);
    for (const ip of [...h.ips].sort()) b.add('ip', T.ipDst, ip);
    return b.object;
  });
}

function whoisObject(jobId: string, r: Registration): MispObject {
  return new ObjectBuilder('whois', `${jobId} registration ${r.domain}`, 'cached registration record')
    .add('domain', T.domain, r.domain)
    .add('registrant-name', T.registrantName, r.registrantName)
    .add('registrant-org', T.registrantOrg, r.registrantOrg)
    .add('registrant-email', T.registrantEmail, r.email)
    .add('registrant-phone', T.registrantPhone, r.phoneNormalized ?? r.phone)
    .add('registrar', T.registrar, r.registrar)
    .add('creation-date', T.datetime, isoTime(r.created))
    .add('text', T.text, r.address ? `registrant address: ${r.address}` : null).object;
}

/** A MISP datetime must parse: a date kept "as written" by the source is left out. */
function isoTime(value: string | null): string | null {
  const t = value ? Date.parse(value) : NaN;
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
