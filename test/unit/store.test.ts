import { DEFAULT_JOB_OPTIONS } from '../../src/job-options.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Visit } from '../../src/model.ts';
import { sha256, StoreError, TraceStore } from '../../src/store/store.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'hoptrace-store-'));

function visit(jobId: string, id: string, linkId: string | null): Visit {
  const t = new Date().toISOString();
  return {
    id, jobId, linkId, url: 'http://a.test/x?t=1', persona: 'desktop-ja', engine: 'http', replayOf: null, decoy: false,
    startedAt: t, finishedAt: t, outcome: 'ok', error: null,
    hops: [
      { seq: 0, branch: 0, url: 'http://a.test/x?t=1', method: 'GET', status: 302, cause: 'initial', serverIp: '127.0.0.1',
        contentType: null, bodySha256: null, blocked: null, startedAt: t, durationMs: 3, setCookies: ['a=1; Path=/'] },
      { seq: 1, branch: 0, url: 'http://b.test/', method: 'GET', status: 200, cause: 'http', serverIp: '127.0.0.1',
        contentType: 'text/html', bodySha256: sha256('<p>hi</p>'), blocked: null, startedAt: t, durationMs: 2, setCookies: [] },
    ],
    final: { url: 'http://b.test/', status: 200, title: 'hi', category: 'benign', evidence: [], textExcerpt: 'hi', screenshot: null },
    downloads: [],
  };
}

describe('TraceStore', () => {
  it('round-trips a job, message, links, visit, hops, responses, blobs and tokens', () => {
    const store = TraceStore.open(join(tmp(), 'a', 'x.sqlite'));
    const job = store.createJob('j1', { ...DEFAULT_JOB_OPTIONS, engine: 'http' });
    const msg = store.addMessage(job.id, {
      source: 'm.eml', messageId: '<1@x>', subject: '件名', date: null, from: { address: 'a@b.test', name: 'ウイルスバスター' },
      recipients: ['r@x.test'], sender: { findings: [{ kind: 'display-name-brand', detail: 'd', brand: 'Trend Micro' }] }, errors: [],
      links: [{ url: 'http://a.test/x?t=1', wrappedUrl: null, text: '今すぐ', kind: 'anchor', visitable: true, refused: null }],
    });
    const link = msg.links[0]!;
    const body = Buffer.from('<p>hi</p>');
    store.saveVisit(visit(job.id, 'v-1', link.id), {
      responses: [{ order: 0, method: 'GET', url: 'http://b.test/', status: 200, headers: [['content-type', 'text/html']],
        bodySha256: sha256(body), resourceType: 'document', truncated: false }],
      blobs: [{ sha256: sha256(body), mime: 'text/html', data: body }],
    });
    store.saveTokens(job.id, [{ jobId: job.id, linkId: link.id, url: link.url, component: 'query:t', value: '1', kind: 'campaign',
      format: 'numeric', recipient: null, derivation: null, seenOnHosts: ['a.test'] }]);

    const bundle = store.bundle(job.id);
    expect(bundle.format).toBe('hoptrace.trace/1');
    expect(bundle.messages[0]!.links[0]!.visited).toBe(true);
    expect(bundle.messages[0]!.from.name).toBe('ウイルスバスター');
    expect(bundle.visits[0]!.hops.map((h) => h.cause)).toEqual(['initial', 'http']);
    expect(bundle.visits[0]!.hops[0]!.setCookies).toEqual(['a=1; Path=/']);
    expect(bundle.tokens[0]!.seenOnHosts).toEqual(['a.test']);
    expect(store.getBlob(sha256(body))!.toString()).toBe('<p>hi</p>');
    expect(store.getResponses('v-1')[0]!.headers).toEqual([['content-type', 'text/html']]);
    expect(store.integrityCheck()).toBe('ok');
  });

  it('stores a blob once however many visits bring it', () => {
    const store = TraceStore.open(':memory:');
    const data = Buffer.from('x'.repeat(1000));
    for (let i = 0; i < 3; i++) store.putBlob({ sha256: sha256(data), mime: 'text/plain', data });
    expect(store.db.prepare('SELECT count(*) AS n FROM blobs').get()).toEqual({ n: 1 });
  });

  it('marks a job left running by a dead process as interrupted', () => {
    const path = join(tmp(), 'x.sqlite');
    const store = TraceStore.open(path);
    const job = store.createJob('j', DEFAULT_JOB_OPTIONS);
    // A pid that cannot be alive: the largest pid value on Linux is 2^22.
    store.db.prepare('UPDATE jobs SET pid = ? WHERE id = ?').run(4_194_304 + 7, job.id);
    store.markInterrupted();
    expect(store.findJob('j')!.status).toBe('interrupted');
  });

  it('refuses a duplicate job name with a clear message', () => {
    const store = TraceStore.open(':memory:');
    store.createJob('same', DEFAULT_JOB_OPTIONS);
    expect(() => store.createJob('same', DEFAULT_JOB_OPTIONS)).toThrow(/already exists/);
  });

  it('gives a one-line error for a file that is not a database', () => {
    const path = join(tmp(), 'not.sqlite');
    writeFileSync(path, 'this is not sqlite at all'.repeat(100));
    expect(() => TraceStore.open(path)).toThrow(StoreError);
    expect(() => TraceStore.open(path)).toThrow(/cannot open database/);
  });
});
