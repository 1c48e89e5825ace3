// `export --format misp` on a stored trace: every object is checked against the MISP object
// template it claims (committed under test/fixtures/misp-objects/), references point at objects of
// the event, the chain follows hop order, and the verdicts are tags.
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/bytes.ts';
import { redactBotTokens, redactTokens } from '../../src/export/redact.ts';
import { categoryTag, cloakingTag, familyTag, mispExtrasOf, toMisp, type MispEvent } from '../../src/interop/misp-export.ts';
import type { MispObject } from '../../src/interop/misp-object.ts';
import type { JobOptions } from '../../src/model.ts';
import { DEFAULT_JOB_OPTIONS } from '../../src/records/job-options.ts';
import { TraceStore } from '../../src/store/store.ts';
import { schemaProblems, templateProblems } from '../fixtures/misp-templates.ts';
import { BODY, cloakingOf, fullVisit, newMessage, PNG, responses, tmpDb, tokensOf } from '../fixtures/store.ts';

const value = (o: MispObject, relation: string): string[] => o.Attribute.filter((a) => a.object_relation === relation).map((a) => a.value);
const byUuid = (event: MispEvent, uuid: string): MispObject => event.Object.find((o) => o.uuid === uuid)!;

/** The url values met by following `redirects-to` from an object. */
function redirectChain(event: MispEvent, from: MispObject): string[] {
  const urls = [...value(from, 'url')];
  for (let o = from; ; ) {
    const next = o.ObjectReference.find((r) => r.relationship_type === 'redirects-to');
    if (!next) return urls;
    o = byUuid(event, next.referenced_uuid);
    urls.push(...value(o, 'url'));
  }
}

const MAPPED: JobOptions = { ...DEFAULT_JOB_OPTIONS, net: { ...DEFAULT_JOB_OPTIONS.net, hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: true } };
const BOT = '7012345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1';

/** Job 1 (no host map): a mail, a phishing visit with a download and a popup, a cloaked second persona; job 2 (host-mapped): the same kit elsewhere. */
function stored() {
  const path = tmpDb();
  const store = TraceStore.open(path);
  const job = store.createJob('campaign', DEFAULT_JOB_OPTIONS);
  const message = store.addMessage(job.id, newMessage());
  const link = message.links[0]!;
  const v1 = fullVisit(job.id, 'v-1', link.id, { final: { ...fullVisit('', '', null).final!, confidence: 0.93 } });
  const v2 = fullVisit(job.id, 'v-2', link.id, {
    persona: 'mobile-ja', downloads: [], branchFinals: [],
    hops: [fullVisit('', '', null).hops[0]!, { ...fullVisit('', '', null).hops[0]!, seq: 1, url: 'https://news.test/', status: 200, cause: 'http' }],
    final: { url: 'https://news.test/', status: 200, title: 'News', category: 'benign', evidence: [], textExcerpt: '', screenshot: null },
  });
  store.saveVisit(v1, { responses: responses(), blobs: [{ sha256: sha256(BODY), mime: 'text/html', data: BODY }, { sha256: sha256(PNG), mime: 'image/png', data: PNG }] });
  store.saveVisit(v2);
  store.saveCloaking(job.id, cloakingOf(job.id, link.id, ['v-1', 'v-2']));
  const other = store.createJob('elsewhere', MAPPED);
  const v3 = fullVisit(other.id, 'v-3', null, {
    url: 'http://c.test/', downloads: [],
    hops: [{ ...fullVisit('', '', null).hops[1]!, seq: 0, url: `http://c.test/bot${BOT}/x`, cause: 'initial' }],
    final: { ...fullVisit('', '', null).final!, url: `http://c.test/bot${BOT}/x`, title: `bot ${BOT}` },
  });
  store.saveVisit(v3);
  // v-1 and v-3 hold the same markup skeleton: one kit family across the two jobs.
  for (const id of ['v-1', 'v-3']) store.saveFingerprints(id, [{ branch: 0, kind: 'domhash', value: 'ef'.repeat(32) }], []);
  store.putRegistration({
    domain: 'b.test', fetchedAt: '2024-05-02T00:00:00.000Z', source: 'import:b.txt', parsed: {},
    raw: 'Domain Name: b.test\nRegistrar: Evil Registrar\nRegistrant Name: Taro\nRegistrant Email: Taro@Evil.test\nRegistrant Phone: +81.312345678\nCreation Date: 2024-01-02T00:00:00Z\n',
  });
  return { store, job, other, message, link, v1, v2, v3 };
}

describe('toMisp', () => {
  const s = stored();
  const out = toMisp(redactBotTokens(s.store.bundle()), mispExtrasOf(s.store));
  const events = 'response' in out ? out.response.map((r) => r.Event) : [out.Event];
  const [first, second] = events as [MispEvent, MispEvent];

  it('gives one event per job, MISP\'s own { response: [{ Event }] } for several and { Event } for one', () => {
    expect('response' in out).toBe(true);
    expect(events.map((e) => e.info.split(':')[0])).toEqual(['hoptrace job campaign', 'hoptrace job elsewhere']);
    const one = toMisp(s.store.bundle(s.job.id), mispExtrasOf(s.store));
    expect('Event' in one && one.Event).toEqual(first);
  });

  it('fits the MISP object templates and PyMISP\'s event schema, with every reference to an object of the event', () => {
    for (const e of events) {
      expect(templateProblems(e)).toEqual([]);
      expect(schemaProblems(e)).toEqual([]);
      expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.timestamp).toMatch(/^\d+$/);
    }
    expect(new Set(first.Object.map((o) => o.name))).toEqual(new Set(['url', 'file', 'email', 'domain-ip', 'whois']));
  });

  it('the validator itself refuses what breaks a template', () => {
    const broken = structuredClone(first);
    const url = broken.Object.find((o) => o.name === 'url')!;
    url.Attribute.push({ ...url.Attribute[0]!, uuid: 'x', object_relation: 'colour', type: 'text' });
    url.Attribute.find((a) => a.object_relation === 'host')!.type = 'domain';
    url.ObjectReference.push({ ...url.ObjectReference[0]!, uuid: 'y', referenced_uuid: 'nowhere' });
    broken.Tag.push({ name: 7 as unknown as string });
    expect(schemaProblems(broken)).toEqual([`Event.Tag[${broken.Tag.length - 1}].name: should be string`]);
    expect(templateProblems(broken)).toEqual([
      'url.host: type domain, template hostname',
      'url: relation colour not in the template',
      'url: reference to missing nowhere',
    ]);
  });

  it('chains each visit from the mail in hop order, the popup opened from the hop before it', () => {
    const email = first.Object.find((o) => o.name === 'email')!;
    const lures = email.ObjectReference.filter((r) => r.relationship_type === 'contains').map((r) => byUuid(first, r.referenced_uuid));
    const chains = lures.map((o) => redirectChain(first, o)).sort();
    expect(chains).toEqual([
      ['http://a.test/c?u=cg==', 'https://b.test/login'],
      ['http://a.test/c?u=cg==', 'https://news.test/'],
    ]);
    const login = first.Object.find((o) => value(o, 'url')[0] === 'https://b.test/login')!;
    const popup = login.ObjectReference.find((r) => r.relationship_type === 'related-to')!;
    expect(value(byUuid(first, popup.referenced_uuid), 'url')).toEqual(['http://10.0.0.1/']);
    expect(popup.comment).toBe('opened popup branch 1');
    expect(value(login, 'host')).toEqual(['b.test']);
    expect(value(login, 'ip')).toEqual(['127.0.0.1']);
    expect(value(login, 'first-seen')).toEqual([s.v1.hops[1]!.startedAt]);
  });

  it('tags the landing with category, cloaking and kit family, and says the confidence', () => {
    const login = first.Object.find((o) => value(o, 'url')[0] === 'https://b.test/login')!;
    const url = login.Attribute.find((a) => a.object_relation === 'url')!;
    const family = first.Attribute.find((a) => a.value.startsWith('kit-family:'))!;
    const id = /^kit-family:(fam-\w+) /.exec(family.value)![1]!;
    expect(url.Tag?.map((t) => t.name).sort()).toEqual([categoryTag('credential-phishing'), cloakingTag(false), familyTag(id)].sort());
    expect(url.to_ids).toBe(true);
    expect(value(login, 'text')).toEqual(['landing: credential-phishing (confidence 0.93), impersonating Amazon; title: ログイン']);
    // The family holds a visit of each job: both events carry its tag and attribute (each its own uuid).
    for (const e of events) {
      expect(e.Tag.map((t) => t.name)).toEqual(expect.arrayContaining([categoryTag('credential-phishing'), familyTag(id)]));
      expect(e.Attribute.map((a) => a.value)).toContain(family.value);
    }
    expect(second.Attribute[0]!.uuid).not.toBe(family.uuid);
    expect(first.Tag.map((t) => t.name)).toContain(cloakingTag(false));
    // The cloak's benign page is no indicator and does not tag the event.
    const news = first.Object.find((o) => value(o, 'url')[0] === 'https://news.test/')!;
    expect(news.Attribute.find((a) => a.object_relation === 'url')!.to_ids).toBe(false);
    expect(first.Tag.map((t) => t.name)).not.toContain(categoryTag('benign'));
    expect(first.threat_level_id).toBe('2');
  });

  it('has the download, the mail, the hosts and the registration', () => {
    const file = first.Object.find((o) => o.name === 'file')!;
    expect([value(file, 'filename'), value(file, 'sha256'), value(file, 'size-in-bytes'), value(file, 'mimetype')])
      .toEqual([['invoice.zip'], ['cd'.repeat(32)], ['10'], ['application/zip']]);
    expect(value(byUuid(first, file.ObjectReference[0]!.referenced_uuid), 'url')).toEqual(['https://b.test/login']);
    const email = first.Object.find((o) => o.name === 'email')!;
    expect(JSON.stringify(first)).not.toContain('spam.mbox');
    expect(['from', 'from-display-name', 'subject', 'message-id', 'to', 'send-date'].map((r) => value(email, r)))
      .toEqual([['info@amaz0n.test'], ['Amazon'], ['【重要】アカウント確認'], ['<1@x.test>'], ['r@victim.test'], ['2024-05-01T10:00:00.000Z']]);
    expect(first.Object.filter((o) => o.name === 'domain-ip').map((o) => [value(o, 'hostname'), value(o, 'ip')]))
      .toEqual([[['a.test'], ['127.0.0.1']], [['b.test'], ['127.0.0.1']], [['news.test'], ['127.0.0.1']]]);
    const whois = first.Object.find((o) => o.name === 'whois')!;
    expect(['domain', 'registrant-email', 'registrant-phone', 'registrar', 'creation-date'].map((r) => value(whois, r)))
      .toEqual([['b.test'], ['taro@evil.test'], ['+81312345678'], ['Evil Registrar'], ['2024-01-02T00:00:00.000Z']]);
  });

  it('leaves out the addresses a --host-map gave, and every bot secret', () => {
    expect(second.Object.flatMap((o) => o.Attribute).filter((a) => a.type === 'ip-dst')).toEqual([]);
    expect(second.Object.filter((o) => o.name === 'domain-ip')).toEqual([]);
    const text = JSON.stringify(out);
    expect(text).not.toContain(BOT.split(':')[1]);
    expect(text).toContain(`bot${BOT.split(':')[0]}:[redacted]/x`);
  });

  it('is the same on every export (stable uuids); another job, even of the same visits, gets other uuids', () => {
    expect(toMisp(redactBotTokens(s.store.bundle()), mispExtrasOf(s.store))).toEqual(out);
    const again = stored();
    const uuids = (e: MispEvent) => [...e.Object.map((o) => o.uuid), ...e.Attribute.map((a) => a.uuid)];
    const fresh = toMisp(again.store.bundle(again.job.id), mispExtrasOf(again.store)) as { Event: MispEvent };
    expect(uuids(fresh.Event).some((u) => uuids(first).includes(u))).toBe(false);
    expect(uuids(second).some((u) => uuids(first).includes(u))).toBe(false);
  });

  it('makes an opened HTML attachment a file the mail names, its synthetic URL no domain', () => {
    const path = tmpDb();
    const store = TraceStore.open(path);
    const job = store.createJob('attachment', DEFAULT_JOB_OPTIONS);
    const page = Buffer.from('<form><input type=password></form>');
    const url = `https://attachment.invalid/${sha256(page)}/VM_0192.html`;
    const message = store.addMessage(job.id, { ...newMessage(), links: [{ url, wrappedUrl: null, text: null, kind: 'attachment', visitable: true, refused: null, where: 'attachment:VM_0192.html' }] });
    const hop0 = { ...fullVisit('', '', null).hops[1]!, seq: 0, url, cause: 'attachment' as const, bodySha256: sha256(page), serverIp: null, tls: null };
    store.saveVisit(fullVisit(job.id, 'v-a', message.links[0]!.id, { url, hops: [hop0], downloads: [], final: { ...fullVisit('', '', null).final!, url } }),
      { blobs: [{ sha256: sha256(page), mime: 'text/html', data: page }] });
    const { Event: event } = toMisp(store.bundle(), mispExtrasOf(store)) as { Event: MispEvent };
    expect(templateProblems(event)).toEqual([]);
    const file = event.Object.find((o) => o.name === 'file')!;
    expect([value(file, 'filename'), value(file, 'sha256'), value(file, 'mimetype')]).toEqual([['VM_0192.html'], [sha256(page)], ['text/html']]);
    const opened = byUuid(event, file.ObjectReference[0]!.referenced_uuid);
    expect([value(opened, 'url'), value(opened, 'domain'), value(opened, 'host')]).toEqual([[url], [], []]);
    expect(value(event.Object.find((o) => o.name === 'email')!, 'attachment')).toEqual(['VM_0192.html']);
  });

  it('with --redact-tokens, carries no per-recipient token and no recipient address', () => {
    const again = stored();
    again.store.saveTokens(again.job.id, tokensOf(again.job.id, again.link.id));
    const text = JSON.stringify(toMisp(redactTokens(again.store.bundle(again.job.id)), mispExtrasOf(again.store)));
    expect(JSON.stringify(toMisp(again.store.bundle(again.job.id), mispExtrasOf(again.store)))).toContain('u=cg==');
    expect(text).not.toContain('u=cg==');
    expect(text).not.toContain('r@victim.test');
  });

  it('takes hostile values as data: URLs that do not parse, an empty sender, a date that is no date', () => {
    const store = TraceStore.open(tmpDb());
    const job = store.createJob('hostile', DEFAULT_JOB_OPTIONS);
    const message = store.addMessage(job.id, { ...newMessage(), messageId: null, subject: '', date: 'yesterday', from: { address: '', name: '' }, recipients: [] });
    const odd = ['http://[::1', 'javascript:alert(1)', 'http://xn--80ak6aa92e.test/"><script>'];
    const hops = odd.map((url, seq) => ({ ...fullVisit('', '', null).hops[0]!, seq, url, serverIp: null, cause: seq ? 'script' as const : 'initial' as const }));
    store.saveVisit(fullVisit(job.id, 'v-h', message.links[0]!.id, { hops, downloads: [{ url: 'x', filename: '', mime: '', size: 0, sha256: 'ab'.repeat(32) }], final: null }));
    const { Event: event } = toMisp(store.bundle(), mispExtrasOf(store)) as { Event: MispEvent };
    expect(templateProblems(event)).toEqual([]);
    // The mail kept nothing an email object may hold: no email object, rather than an invalid one.
    expect(event.Object.filter((o) => o.name === 'email')).toEqual([]);
    const lure = event.Object.find((o) => value(o, 'url')[0] === odd[0])!;
    expect(redirectChain(event, lure)).toEqual(odd);
    expect(value(lure, 'host')).toEqual([]);
  });
});
