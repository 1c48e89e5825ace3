import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { sha256 } from '../../src/bytes.ts';
import { StoreError, UsageError } from '../../src/errors.ts';
import { DEFAULT_JOB_OPTIONS } from '../../src/records/job-options.ts';
import type { JobOptions, Message, Visit } from '../../src/model.ts';
import { Connection } from '../../src/store/connection.ts';
import { TraceStore } from '../../src/store/store.ts';
import { BODY, cloakingOf, fullVisit, newMessage, PNG, rawDb, responses, tmpDb, tokensOf } from '../fixtures/store.ts';

const OPTIONS: JobOptions = {
  ...DEFAULT_JOB_OPTIONS,
  engine: 'http',
  personas: ['desktop-ja', 'mobile-ja'],
  net: { hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: true, allowPrivate: false, proxy: null },
  rules: [{ file: 'mine.json', sha256: sha256('[]'), json: '[]' }],
  overrides: [{ at: '2024-05-01T00:00:00.000Z', flag: '--timeout', from: 30000, to: 5000 }],
};

/** A job with one message of three links, two visits of the first link and its responses, tokens and cloaking. */
function populated(path = tmpDb()) {
  const store = TraceStore.open(path);
  const job = store.createJob('j1', OPTIONS);
  const message = store.addMessage(job.id, newMessage());
  const [urlLink] = store.addLinks(job.id, [{ url: 'http://u.test/', wrappedUrl: null, text: null, kind: 'other', visitable: true, refused: null }]);
  const link = message.links[0]!;
  const v1 = fullVisit(job.id, 'v-1', link.id);
  const v2 = fullVisit(job.id, 'v-2', link.id, {
    persona: 'mobile-ja', purpose: 'retry', attempt: 2, retryOf: 'v-1', incomplete: 'navigation still scheduled',
    hops: [], final: null, downloads: [], branchFinals: [], outcome: 'timeout', error: 'visit timed out',
  });
  store.saveVisit(v1, { responses: responses(), blobs: [{ sha256: sha256(BODY), mime: 'text/html', data: BODY }, { sha256: sha256(PNG), mime: 'image/png', data: PNG }] });
  store.saveVisit(v2);
  store.saveTokens(job.id, tokensOf(job.id, link.id));
  store.saveCloaking(job.id, cloakingOf(job.id, link.id, ['v-1', 'v-2']));
  return { store, path, job, message, urlLink: urlLink!, link, v1, v2 };
}

describe('TraceStore round trips (whole objects)', () => {
  it('a job reads back as created, with its typed options', () => {
    const { store, job } = populated();
    expect(job.status).toBe('running');
    expect(store.findJob(job.id)).toEqual(job);
    expect(store.findJob('j1')).toEqual(job);
    expect(store.listJobs()).toEqual([{ ...job, finishedAt: null, messages: 1, links: 4, visits: 2 }]);
    store.setJobStatus(job.id, 'done');
    const [row] = store.listJobs();
    expect(row!.status).toBe('done');
    expect(Date.parse(row!.finishedAt!)).not.toBeNaN();
  });

  it('a message reads back with every link, `where` included, marked visited once a visit names it', () => {
    const { store, message, link, job, urlLink } = populated();
    const expected: Message = { ...message, links: message.links.map((l) => ({ ...l, visited: l.id === link.id })) };
    expect(store.listMessages(job.id)).toEqual([expected]);
    expect(store.getMessage(message.id)).toEqual(expected);
    expect(store.getMessage('m-none')).toBeNull();
    expect(message.links.map((l) => l.where)).toEqual(['body', 'comment', 'qr:image001.png']);
    // URL inputs have no message; a link's own recipients win over the message's.
    const stored = store.listLinks(job.id);
    expect(stored.map((l) => [l.messageId, l.recipients, l.visitable])).toEqual([
      [message.id, ['r@victim.test'], true],
      [message.id, ['r@victim.test'], false],
      [message.id, ['other@victim.test'], true],
      [null, [], true],
    ]);
    expect(stored[3]).toMatchObject({ ...urlLink, jobId: job.id });
  });

  it('a visit reads back whole: hops with notes and TLS, final, downloads, branch finals, purpose, attempt, retryOf, incomplete', () => {
    const { store, job, v1, v2 } = populated();
    expect(store.getVisit('v-1')).toEqual(v1);
    expect(store.getVisit('v-2')).toEqual(v2);
    expect(store.listVisits(job.id)).toEqual([v1, v2]);
    expect(store.getVisit('v-none')).toBeNull();
  });

  it('a visit stored without purpose or attempt reads back as a first primary visit, or a replay', () => {
    const { store, job } = populated();
    const bare = fullVisit(job.id, 'v-3', null);
    for (const k of ['purpose', 'attempt', 'retryOf', 'incomplete'] as const) delete bare[k];
    store.saveVisit(bare);
    store.saveVisit({ ...bare, id: 'v-4', replayOf: 'v-3' });
    expect(store.getVisit('v-3')).toEqual({ ...bare, purpose: 'primary', attempt: 1, retryOf: null, incomplete: null });
    expect(store.getVisit('v-4')!.purpose).toBe('replay');
  });

  it('responses and blobs read back, per visit and per job; a blob is stored once however many visits bring it', () => {
    const { store, path, job, v1 } = populated();
    expect(store.getResponses('v-1')).toEqual(responses());
    expect(store.responsesOfJob(job.id)).toEqual(new Map([['v-1', responses()]]));
    expect(store.getBlob(sha256(BODY))).toEqual(BODY);
    expect(store.getBlob(sha256(PNG))).toEqual(PNG);
    expect(store.getBlob(sha256('nothing'))).toBeNull();
    store.saveVisit({ ...v1, id: 'v-5' }, { blobs: [{ sha256: sha256(BODY), mime: 'text/html', data: BODY }] });
    store.putBlob({ sha256: sha256(BODY), mime: 'text/html', data: BODY });
    const raw = rawDb(path);
    expect(raw.prepare('SELECT sha256, compression FROM blobs ORDER BY compression').all()).toEqual([
      { sha256: sha256(BODY), compression: 'br' },
      { sha256: sha256(PNG), compression: 'none' },
    ]);
    raw.close();
  });

  it('tokens and cloaking findings read back whole; saving again replaces the job\'s rows', () => {
    const { store, job, link } = populated();
    expect(store.listTokens(job.id)).toEqual(tokensOf(job.id, link.id));
    expect(store.listCloaking(job.id)).toEqual(cloakingOf(job.id, link.id, ['v-1', 'v-2']));
    store.saveTokens(job.id, tokensOf(job.id, link.id).slice(1));
    store.saveCloaking(job.id, []);
    expect(store.listTokens(job.id)).toEqual(tokensOf(job.id, link.id).slice(1));
    expect(store.listCloaking(job.id)).toEqual([]);
  });

  it('registration records are cached per lower-cased domain; a newer record replaces the older', () => {
    const store = TraceStore.open(':memory:');
    const rec = { domain: 'Evil.TEST', fetchedAt: '2024-05-01T00:00:00.000Z', source: 'rdap', raw: '{"ldhName":"evil.test"}', parsed: { domain: 'evil.test', phone: '+81.312345678' } };
    store.putRegistration(rec);
    store.putRegistration({ domain: 'a.test', fetchedAt: rec.fetchedAt, source: 'import:a.whois', raw: 'Domain: a.test', parsed: { domain: 'a.test' } });
    expect(store.getRegistration('EVIL.test')).toEqual({ ...rec, domain: 'evil.test' });
    expect(store.getRegistration('none.test')).toBeNull();
    store.putRegistration({ ...rec, fetchedAt: '2024-06-01T00:00:00.000Z' });
    expect(store.listRegistrations().map((r) => [r.domain, r.fetchedAt])).toEqual([
      ['a.test', rec.fetchedAt],
      ['evil.test', '2024-06-01T00:00:00.000Z'],
    ]);
  });

  it('the bundle of a job holds its jobs, messages, visits, tokens and cloaking', () => {
    const { store, job, link } = populated();
    const other = store.createJob('j2', DEFAULT_JOB_OPTIONS);
    const bundle = store.bundle(job.id);
    expect(bundle).toEqual({
      format: 'hoptrace.trace/1',
      jobs: [job],
      messages: store.listMessages(job.id),
      visits: store.listVisits(job.id),
      tokens: tokensOf(job.id, link.id),
      cloaking: cloakingOf(job.id, link.id, ['v-1', 'v-2']),
    });
    expect(store.bundle().jobs.map((j) => j.id)).toEqual([job.id, other.id]);
    expect(store.integrityCheck()).toBe('ok');
  });
});

describe('batched reads', () => {
  /** How many statements a read runs on a job of `n` messages with one visit each. */
  function statementsFor(n: number, read: (store: TraceStore, jobId: string) => unknown): number {
    const store = TraceStore.open(':memory:');
    const job = store.createJob('j', DEFAULT_JOB_OPTIONS);
    for (let i = 0; i < n; i++) {
      const m = store.addMessage(job.id, newMessage());
      store.saveVisit(fullVisit(job.id, `v-${i}`, m.links[0]!.id));
    }
    const spy = vi.spyOn(Connection.prototype, 'stmt');
    try {
      read(store, job.id);
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  }

  it.each([
    ['listVisits', (s: TraceStore, id: string) => s.listVisits(id)],
    ['listMessages', (s: TraceStore, id: string) => s.listMessages(id)],
    ['responsesOfJob', (s: TraceStore, id: string) => s.responsesOfJob(id)],
    ['bundle', (s: TraceStore, id: string) => s.bundle(id)],
  ] as const)('%s runs as many queries for 30 visits as for 1', (_name, read) => {
    expect(statementsFor(30, read)).toBe(statementsFor(1, read));
  });
});

describe('updateVisitClassification', () => {
  it('rewrites the final page and branch finals of one visit and nothing else', () => {
    const { store, job, v1, v2 } = populated();
    const final: Visit['final'] = { ...v1.final!, category: 'fake-scan', evidence: [{ rule: 'scan-words', detail: 'ウイルス' }] };
    const branchFinals = v1.branchFinals!.map((b) => ({ ...b, classification: { category: 'fake-scan' as const, evidence: final.evidence } }));
    store.updateVisitClassification('v-1', final, branchFinals);
    expect(store.getVisit('v-1')).toEqual({ ...v1, final, branchFinals });
    expect(store.getVisit('v-2')).toEqual(v2);
    store.updateVisitClassification('v-1', null, undefined);
    expect(store.getVisit('v-1')).toEqual({ ...v1, final: null, branchFinals: [] });
    expect(store.listVisits(job.id).map((v) => v.id)).toEqual(['v-1', 'v-2']);
  });
});

describe('opening for reading', () => {
  it('changes nothing in the file: no migration, no interrupted mark, and a write is refused', () => {
    const { store, path, job } = populated();
    store.close();
    const raw = rawDb(path);
    // A pid that cannot be alive: the largest pid value on Linux is 2^22.
    raw.prepare('UPDATE jobs SET pid = ? WHERE id = ?').run(4_194_304 + 7, job.id);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const before = readFileSync(path);

    const reader = TraceStore.open(path, { readonly: true });
    expect(reader.readonly).toBe(true);
    expect(reader.findJob(job.id)!.status).toBe('interrupted');
    expect(reader.listJobs()[0]!.status).toBe('interrupted');
    let err: unknown;
    try {
      reader.setJobStatus(job.id, 'done');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).kind).toBe('read-only');
    reader.close();
    expect(readFileSync(path).equals(before)).toBe(true);
    const check = rawDb(path);
    expect(check.prepare('SELECT status FROM jobs').get()).toEqual({ status: 'running' });
    check.close();
  });

  it('needs the file to exist and does not create it', () => {
    const path = tmpDb();
    expect(() => TraceStore.open(path, { readonly: true })).toThrow(StoreError);
    expect(existsSync(path)).toBe(false);
  });

  it('a writer marks the dead job interrupted in the file', () => {
    const { store, path, job } = populated();
    const raw = rawDb(path);
    raw.prepare('UPDATE jobs SET pid = ? WHERE id = ?').run(4_194_304 + 7, job.id);
    raw.close();
    store.markInterrupted();
    store.close();
    const check = rawDb(path);
    expect(check.prepare('SELECT status FROM jobs').get()).toEqual({ status: 'interrupted' });
    check.close();
  });
});

describe('TraceStore errors', () => {
  it('refuses a duplicate job name as a usage error, with the SQLite error as cause', () => {
    const store = TraceStore.open(':memory:');
    store.createJob('same', DEFAULT_JOB_OPTIONS);
    let err: unknown;
    try {
      store.createJob('same', DEFAULT_JOB_OPTIONS);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(/a job named "same" already exists/);
    expect(((err as Error).cause as { code: string }).code).toBe('SQLITE_CONSTRAINT_UNIQUE');
  });

  it('gives a one-line error for a file that is not a database', () => {
    const path = tmpDb('not.sqlite');
    writeFileSync(path, 'this is not sqlite at all'.repeat(100));
    for (const readonly of [false, true]) {
      let err: unknown;
      try {
        TraceStore.open(path, { readonly });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).kind).toBe('open');
      expect((err as Error).message).toMatch(/^cannot open database .*not\.sqlite: [^\n]+$/);
    }
  });

  it('refuses a file written by a newer schema, for reading and for writing', () => {
    const path = tmpDb();
    TraceStore.open(path).close();
    const raw = rawDb(path);
    raw.pragma('user_version = 99');
    raw.close();
    for (const readonly of [false, true]) {
      expect(() => TraceStore.open(path, { readonly })).toThrow(/written by a newer hoptrace \(schema 99\)/);
    }
  });
});
