// Every text view, fed records whose every string (ids, enum-looking columns and all: a shared
// trace file is attacker data) ends in terminal controls, prints none of them raw.
import { describe, expect, it } from 'vitest';
import { formatReclassified } from '../../src/cli/views/classify.ts';
import { formatExtracted } from '../../src/cli/views/extract.ts';
import { formatPersonas } from '../../src/cli/views/personas.ts';
import { formatClusters } from '../../src/cli/views/pivot.ts';
import { formatLookupError, formatRegistrations } from '../../src/cli/views/rdap.ts';
import { formatCrawlSummary } from '../../src/cli/views/summary.ts';
import { clean, painter, table, useColor } from '../../src/cli/views/terminal.ts';
import { formatDiff, formatJob, formatJobDiff, formatJobTable, formatMessage, formatTokens, formatVisit } from '../../src/cli/views/trace.ts';
import { diffJobs, diffVisits } from '../../src/diff/diff.ts';
import { DEFAULT_JOB_OPTIONS } from '../../src/records/job-options.ts';
import type { Job, Message } from '../../src/model.ts';
import { loadPersonas } from '../../src/personas.ts';
import { cloakingOf, fullVisit, newMessage, tokensOf } from '../fixtures/store.ts';

const EVIL = '\x1b]0;pwned\x07\x1b[31m\u202e\u2066\x9b2J\r';
/** What a terminal would obey: C0/C1 controls (newline aside), DEL, bidi and zero-width formatting. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/;

/** Every string in `value` with EVIL appended; `keep` names fields the views switch on. */
function hostile<T>(value: T, keep = new Set(['op'])): T {
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === 'string') return key && keep.has(key) ? v : `${v}${EVIL}`;
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(value) as T;
}

function expectInert(text: string): void {
  const withoutOurColours = text.replace(/\x1b\[\d+m/g, '');
  expect(withoutOurColours).not.toMatch(RAW);
  expect(text).toContain('\\x1b]0;pwned\\x07');
}

const job: Job = { id: 'j-1', name: 'demo', createdAt: '2025-01-01T00:00:00.000Z', status: 'done', options: DEFAULT_JOB_OPTIONS };
const a = fullVisit('j-1', 'v-1', 'l-1');
const b = fullVisit('j-1', 'v-2', 'l-1', { persona: 'mobile-ja', hops: a.hops.map((h) => (h.seq === 1 ? { ...h, url: 'https://c.test/' } : h)) });
const tokens = tokensOf('j-1', 'l-1');
const message: Message = { ...newMessage(), id: 'm-1', jobId: 'j-1', links: newMessage().links.map((l, i) => ({ ...l, id: `l-${i}`, messageId: 'm-1', visited: i === 0 })) };
const registration = { domain: 'a.test', registrantName: 'N', registrantOrg: 'O', email: 'e@a.test', phone: '03-1234-5678', phoneNormalized: '+81312345678', address: 'Tokyo', addressNormalized: 'tokyo', registrar: 'R', created: '2024-01-01' };

const views: [string, (color: boolean) => string][] = [
  ['jobs', (color) => formatJobTable(hostile([{ ...job, messages: 1, links: 2, visits: 3 }]), { color })],
  ['show JOB', (color) => formatJob(hostile({ jobs: [job], messages: [message], visits: [a, b], tokens }), hostile(cloakingOf('j-1', 'l-1', ['v-1', 'v-2'])), { color })],
  ['show VISIT', (color) => formatVisit(hostile(a), hostile(tokens), { color })],
  ['show MESSAGE', (color) => formatMessage(hostile(message), { color })],
  ['tokens', (color) => formatTokens(hostile(tokens), { color })],
  ['diff', (color) => formatDiff(hostile(diffVisits(a, b, tokens)), { color })],
  ['diff --jobs', (color) => formatJobDiff(hostile(diffJobs([a], [{ ...b, persona: 'desktop-ja' }, { ...b, id: 'v-3' }])), { color })],
  ['extract', (color) => formatExtracted(hostile({
    messages: [{ ...newMessage(), replyTo: null, returnPath: null, charsets: ['utf-8'], links: newMessage().links.map((l) => ({ ...l, visitable: l.visitable })), tokens }],
    urlLists: [{ source: 'urls.txt', urls: ['http://a.test/'] }],
    errors: [{ source: 'x.eml', error: 'broken' }],
  } as unknown as Parameters<typeof formatExtracted>[0]), { color })],
  ['crawl summary', () => formatCrawlSummary(hostile({
    job: { id: 'j-1', name: 'demo', status: 'done' as const }, messages: 1, links: 2, visitable: 1, refused: 1, visits: 2,
    retries: 1, incomplete: [{ visitId: 'v-9', url: 'http://a.test/', persona: 'desktop-ja', reason: `snapshot: timed out${EVIL}` }],
    outcomes: { ok: 2 }, categories: { [`benign${EVIL}`]: 2 } as Record<string, number>, tokens: { total: 1, perRecipient: 1, explained: 1 },
    cloaked: cloakingOf('j-1', 'l-1', ['v-1', 'v-2']), inputErrors: [{ source: 'x.eml', error: 'bad' }], warnings: ['w'], elapsedMs: 10,
    rdap: { fetched: 1, cached: 0, errors: [{ domain: 'a.test', error: 'e' }] },
  }), `db${EVIL}.sqlite`)],
  ['classify', () => formatReclassified(hostile({ visits: 1, changed: [{ visitId: 'v-1', url: 'http://a.test/', persona: 'p', before: 'benign' as const, after: 'fake-scan' as const }] }))],
  ['rdap', () => `${formatRegistrations(hostile([{ registration, origin: 'imported' }]))}\n${formatLookupError(hostile({ domain: 'a.test', error: 'refused' }))}`],
  ['pivot', () => formatClusters(hostile([{ id: 'cluster-1', domains: ['a.test', 'b.test'], links: [{ kind: 'phone', value: '+81312345678', domains: ['a.test', 'b.test'] }], visits: ['v-1'], registrants: [{ domain: 'a.test', name: 'N', org: 'O', address: 'A' }], explanation: 'same phone' }] as unknown as Parameters<typeof formatClusters>[0]))],
  ['personas', () => formatPersonas(hostile(loadPersonas()))],
];

describe('every terminal view escapes what came from outside', () => {
  it.each(views)('%s', (_name, view) => {
    for (const color of [false, true]) expectInert(view(color));
  });
});

describe('the terminal writer', () => {
  it('cleans idempotently and keeps ordinary text, Japanese included', () => {
    expect(clean(EVIL)).toBe('\\x1b]0;pwned\\x07\\x1b[31m\\u202e\\u2066\\x9b2J\\x0d');
    expect(clean(clean(EVIL))).toBe(clean(EVIL));
    expect(clean('件名 http://a.test/?q=1')).toBe('件名 http://a.test/?q=1');
    expect(clean(null)).toBe('');
    expect(clean(42)).toBe('42');
  });

  it('colours with SGR only when asked, and a table cleans every cell', () => {
    expect(painter(true)('red', 'x')).toBe('\x1b[31mx\x1b[0m');
    expect(painter(false)('red', 'x')).toBe('x');
    expect(table(['A', 'B'], [[`x${EVIL}`, 1]], painter(false)).split('\n')[1]).toBe(`${clean(`x${EVIL}`)}  1`);
  });

  it('colours a terminal unless NO_COLOR is set, and never a pipe', () => {
    const tty = { isTTY: true } as NodeJS.WriteStream;
    const pipe = { isTTY: false } as NodeJS.WriteStream;
    const saved = process.env.NO_COLOR;
    try {
      delete process.env.NO_COLOR;
      expect(useColor(tty)).toBe(true);
      expect(useColor(pipe)).toBe(false);
      process.env.NO_COLOR = '1';
      expect(useColor(tty)).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = saved;
    }
  });
});
