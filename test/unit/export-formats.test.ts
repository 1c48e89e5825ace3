import { DEFAULT_JOB_OPTIONS } from '../../src/records/job-options.ts';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/export/csv.ts';
import { toJson } from '../../src/export/json.ts';
import { toJsonl } from '../../src/export/jsonl.ts';
import { redactTokens } from '../../src/export/redact.ts';
import { stixString, toStix } from '../../src/export/stix.ts';
import { TRACE_FORMAT, type Category, type Hop, type TraceBundle, type Visit } from '../../src/model.ts';

const ALICE = 'alice@example.jp';
const BOB = 'bob@example.jp';
const b64 = (s: string): string => Buffer.from(s).toString('base64url');
const T0 = '2025-03-01T09:00:00.000Z';

function hop(seq: number, url: string, extra: Partial<Hop> = {}): Hop {
  return {
    seq, branch: 0, url, method: 'GET', status: 302, cause: seq ? 'http' : 'initial', serverIp: '127.0.0.1',
    contentType: 'text/html', bodySha256: null, blocked: null, startedAt: T0, durationMs: 4, setCookies: [], ...extra,
  };
}

function visit(id: string, linkId: string, hops: Hop[], category: Category, persona = 'desktop-ja'): Visit {
  return {
    id, jobId: 'job1', linkId, url: hops[0].url, persona, engine: 'browser', replayOf: null, decoy: false,
    startedAt: T0, finishedAt: '2025-03-01T09:00:02.000Z', outcome: 'ok', error: null, hops,
    final: { url: hops.at(-1)!.url, status: 200, title: 'Match today', category, evidence: [{ rule: 'r1', detail: 'd' }],
      textExcerpt: 'x', screenshot: null },
    downloads: [],
  };
}

function sampleBundle(): TraceBundle {
  const lure = (who: string): string => `http://mail.lure.test/c/${b64(who)}?e=${encodeURIComponent(who)}`;
  const chain = (who: string): Hop[] => [
    hop(0, lure(who)),
    hop(1, `http://trk.ads.test/r?uid=${b64(who)}`, { setCookies: [`uid=${b64(who)}; Path=/`] }),
    hop(2, "http://date.site.test/join?'q'=\\x", { status: 200, cause: 'meta-refresh' }),
  ];
  const link = (who: string, n: number) => ({
    id: `link${n}`, messageId: `msg${n}`, url: lure(who), wrappedUrl: null, text: `=HYPERLINK("x")`, kind: 'anchor' as const,
    visited: true, refused: null,
  });
  return {
    format: TRACE_FORMAT,
    jobs: [{ id: 'job1', name: 'demo', createdAt: T0, status: 'done', options: DEFAULT_JOB_OPTIONS }],
    messages: [ALICE, BOB].map((who, i) => ({
      id: `msg${i + 1}`, jobId: 'job1', source: `mail${i + 1}.eml`, messageId: `<m${i + 1}@lure.test>`,
      subject: 'ウイルス検出', date: T0, from: { address: 'support@sec-check.test', name: 'Security' },
      recipients: [who], sender: { findings: [{ kind: 'lookalike-domain', detail: 'sec-check', brand: 'Norton' }] },
      links: [link(who, i + 1)], errors: [],
    })),
    visits: [
      visit('v1', 'link1', chain(ALICE), 'dating'),
      visit('v2', 'link2', chain(BOB), 'dating'),
      visit('v3', 'link1', [hop(0, lure(ALICE)), hop(1, 'http://www.realbank.test/', { status: 200 })], 'benign', 'mobile-ja'),
    ],
    tokens: [ALICE, BOB].flatMap((who, i) => [
      { jobId: 'job1', linkId: `link${i + 1}`, url: lure(who), component: 'path[1]', value: b64(who), kind: 'per-recipient' as const,
        format: 'base64url', recipient: who, derivation: 'base64url(email)', seenOnHosts: ['trk.ads.test'] },
      { jobId: 'job1', linkId: `link${i + 1}`, url: lure(who), component: 'query:e', value: who, kind: 'per-recipient' as const,
        format: 'plain-email', recipient: who, derivation: 'email', seenOnHosts: [] },
    ]),
    cloaking: [{
      jobId: 'job1', linkId: 'link1', url: lure(ALICE), divergesAt: 1,
      personas: [
        { persona: 'desktop-ja', visitId: 'v1', finalUrl: "http://date.site.test/join?'q'=\\x", category: 'dating' },
        { persona: 'mobile-ja', visitId: 'v3', finalUrl: 'http://www.realbank.test/', category: 'benign' },
      ],
    }],
  };
}

describe('toJson', () => {
  it('prints the contract keys in the contract order, stably', () => {
    const bundle = sampleBundle();
    const text = toJson(bundle);
    const obj = JSON.parse(text);
    expect(Object.keys(obj)).toEqual(['format', 'jobs', 'messages', 'visits', 'tokens', 'cloaking']);
    expect(obj.format).toBe('hoptrace.trace/1');
    expect(Object.keys(obj.jobs[0])).toEqual(['id', 'name', 'createdAt', 'status', 'options']);
    expect(Object.keys(obj.messages[0]).slice(0, 11)).toEqual(
      ['id', 'jobId', 'source', 'messageId', 'subject', 'date', 'from', 'recipients', 'sender', 'links', 'errors']);
    expect(Object.keys(obj.messages[0].links[0]).slice(0, 6)).toEqual(['id', 'url', 'text', 'kind', 'visited', 'refused']);
    expect(Object.keys(obj.visits[0])).toEqual(['id', 'jobId', 'linkId', 'url', 'persona', 'engine', 'replayOf', 'decoy',
      'startedAt', 'finishedAt', 'outcome', 'error', 'hops', 'final', 'downloads']);
    expect(Object.keys(obj.visits[0].hops[0])).toEqual(['seq', 'branch', 'url', 'method', 'status', 'cause', 'serverIp',
      'contentType', 'bodySha256', 'blocked', 'startedAt', 'durationMs', 'setCookies']);
    expect(Object.keys(obj.visits[0].final)).toEqual(['url', 'status', 'title', 'category', 'evidence', 'textExcerpt', 'screenshot']);
    expect(Object.keys(obj.tokens[0])).toEqual(['jobId', 'linkId', 'url', 'component', 'value', 'kind', 'format',
      'recipient', 'derivation', 'seenOnHosts']);
    // A finding from before --cloak-check says it is not noisy.
    expect(obj.cloaking).toEqual([{
      jobId: 'job1', linkId: 'link1', url: bundle.messages[0].links[0].url, divergesAt: 1, noisy: false,
      personas: [
        { persona: 'desktop-ja', visitId: 'v1', finalUrl: "http://date.site.test/join?'q'=\\x", category: 'dating' },
        { persona: 'mobile-ja', visitId: 'v3', finalUrl: 'http://www.realbank.test/', category: 'benign' },
      ],
    }]);
    expect(Object.keys(obj.cloaking[0].personas[0])).toEqual(['persona', 'visitId', 'finalUrl', 'category']);
    expect(JSON.parse(toJson({ ...bundle, cloaking: undefined })).cloaking).toEqual([]);
    // Field order of the input does not matter.
    const shuffled = { ...bundle, jobs: bundle.jobs.map(({ options, status, ...rest }) => ({ status, options, ...rest })) };
    expect(toJson(shuffled)).toBe(text);
  });
});

describe('toJsonl', () => {
  it('gives one parsable line per visit with job, message, link url and the link tokens', () => {
    const bundle = sampleBundle();
    const lines = [...toJsonl(bundle)];
    expect(lines).toHaveLength(bundle.visits.length + 1);
    const all = lines.map((l) => {
      expect(l).not.toContain('\n');
      return JSON.parse(l);
    });
    const parsed = all.slice(0, -1);
    expect(all.at(-1)).toEqual({ format: 'hoptrace.cloaking/1', ...JSON.parse(toJson(bundle)).cloaking[0] });
    expect(parsed.map((p) => [p.visit.id, p.jobId, p.messageId, p.linkUrl])).toEqual([
      ['v1', 'job1', 'msg1', bundle.messages[0].links[0].url],
      ['v2', 'job1', 'msg2', bundle.messages[1].links[0].url],
      ['v3', 'job1', 'msg1', bundle.messages[0].links[0].url],
    ]);
    expect(parsed[0].format).toBe('hoptrace.visit/1');
    expect(parsed[1].tokens.map((t: { value: string }) => t.value)).toEqual([b64(BOB), BOB]);
    expect(parsed[0].visit.hops).toHaveLength(3);
  });
});

describe('toCsv', () => {
  it('is parsable with one row per hop and a header, formulas defused', () => {
    const bundle = sampleBundle();
    const rows: Record<string, string>[] = parse(toCsv(bundle), { columns: true });
    expect(rows).toHaveLength(bundle.visits.reduce((n, v) => n + v.hops.length, 0));
    expect(rows[2]).toMatchObject({
      visit_id: 'v1', seq: '2', url: "http://date.site.test/join?'q'=\\x", host: 'date.site.test', status: '200',
      cause: 'meta-refresh', final_category: 'dating', blocked: '', cloaking: 'cloaked', cloak_diverges_at: '1',
    });
    // v2 (Bob's link) took part in no finding; a noisy finding says so.
    expect(rows.filter((r) => r.visit_id === 'v2').map((r) => r.cloaking)).toEqual(['', '', '']);
    const noisy = parse(toCsv({ ...bundle, cloaking: [{ ...bundle.cloaking![0]!, noisy: true }] }), { columns: true }) as Record<string, string>[];
    expect(noisy.filter((r) => r.visit_id === 'v3').map((r) => r.cloaking)).toEqual(['noisy', 'noisy']);
    const hostile = toCsv({ ...bundle, visits: [visit('vx', 'l', [hop(0, '=cmd|calc')], 'unknown')] });
    const [row] = parse(hostile, { columns: true }) as Record<string, string>[];
    expect(row.url.startsWith('=')).toBe(false);
  });
});

describe('toStix', () => {
  const now = '2025-04-01T00:00:00.000Z';
  const ID = /^[a-z][a-z0-9-]+--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const TS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

  it('has the properties STIX 2.1 requires on the bundle and every object', () => {
    const stix = toStix(sampleBundle(), { now });
    expect(stix.type).toBe('bundle');
    expect(stix.id).toMatch(/^bundle--/);
    expect(stix.id).toMatch(ID);
    for (const o of stix.objects) {
      expect(o.spec_version).toBe('2.1');
      expect(o.id.startsWith(`${o.type}--`)).toBe(true);
      expect(o.id).toMatch(ID);
      if (o.type === 'indicator' || o.type === 'identity') {
        expect(o.created).toMatch(TS);
        expect(o.modified).toMatch(TS);
      }
      if (o.type === 'indicator') {
        expect(o.pattern_type).toBe('stix');
        expect(o.valid_from).toMatch(TS);
        expect(o.pattern).toMatch(/^\[(url|domain-name):value = '.*'\]$/);
        expect(Array.isArray(o.indicator_types) && (o.indicator_types as string[]).length > 0).toBe(true);
        expect(stix.objects.some((x) => x.id === o.created_by_ref && x.type === 'identity')).toBe(true);
      }
    }
  });

  it('makes indicators for lures and malicious landings, not for the benign page a cloak showed', () => {
    const stix = toStix(sampleBundle(), { now });
    const patterns = stix.objects.filter((o) => o.type === 'indicator').map((o) => [o.pattern, o.labels]);
    expect(patterns).toContainEqual(["[url:value = 'http://date.site.test/join?\\'q\\'=\\\\x']", ['final-url', 'dating']]);
    expect(patterns).toContainEqual(["[domain-name:value = 'date.site.test']", ['final-domain', 'dating']]);
    const lure = `http://mail.lure.test/c/${b64(ALICE)}?e=${encodeURIComponent(ALICE)}`;
    expect(patterns).toContainEqual([`[url:value = '${lure}']`, ['lure-url', 'benign', 'dating']]);
    expect(JSON.stringify(stix)).not.toContain('realbank');
  });

  it('gives the same ids on every export, and the STIX-defined id for SCOs', () => {
    const a = toStix(sampleBundle(), { now });
    const b = toStix(sampleBundle(), { now: '2026-01-01T00:00:00.000Z' });
    expect(b.objects.map((o) => o.id)).toEqual(a.objects.map((o) => o.id));
    expect(b.id).toBe(a.id);
    // domain-name example.com is the STIX 2.1 specification's own deterministic-id example.
    const landing = 'https://example.com/research/index.html';
    const one = toStix({ ...sampleBundle(), visits: [visit('v9', 'link1', [hop(0, landing)], 'prize-scam')] }, { now });
    const ids = one.objects.filter((o) => o.type !== 'indicator' && o.type !== 'identity').map((o) => o.id);
    expect(ids.sort()).toEqual(['domain-name--bedb4899-d24b-5401-bc86-8f6b4cc18ec7', 'url--47c3cf9a-5027-5bf0-997a-017c7edc7c55']);
  });

  it.each([
    ["it's", "'it\\'s'"],
    ['a\\b', "'a\\\\b'"],
    ["\\'", "'\\\\\\''"],
  ])('escapes %s in a pattern literal', (value, expected) => {
    expect(stixString(value)).toBe(expected);
  });
});

describe('redactTokens', () => {
  it('removes every recipient address and token value from the whole exported text', () => {
    const bundle = sampleBundle();
    const plain = toJson(bundle);
    const secrets = [ALICE, BOB, b64(ALICE), b64(BOB), encodeURIComponent(ALICE)];
    for (const s of secrets) expect(plain).toContain(s);
    const redacted = toJson(redactTokens(bundle));
    for (const s of secrets) expect(redacted).not.toContain(s);
    const r = JSON.parse(redacted);
    expect(r.visits[0].hops[1].url).toBe('http://trk.ads.test/r?uid=[base64url(email)]');
    expect(r.visits[0].hops[1].setCookies).toEqual(['uid=[base64url(email)]; Path=/']);
    expect(r.messages[0].recipients).toEqual(['[recipient]']);
    expect(r.tokens[0]).toMatchObject({ value: '[base64url(email)]', recipient: '[recipient]' });
    // The rest of the trace stays intact.
    expect(r.visits[0].hops[2].url).toBe(bundle.visits[0].hops[2].url);
    expect(bundle.messages[0].recipients).toEqual([ALICE]);
  });
});
