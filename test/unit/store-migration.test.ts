// A database written by the previous schema (version 2: no visit purpose, no link provenance,
// flat job options) must read back whole with the current code: migrated by a writer, and as it
// is by a reader, which may not change the file.
import { readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/bytes.ts';
import { DEFAULT_JOB_OPTIONS } from '../../src/records/job-options.ts';
import type { Job, Message, Visit } from '../../src/model.ts';
import { MIGRATIONS } from '../../src/store/schema.ts';
import { TraceStore } from '../../src/store/store.ts';
import { BODY, cloakingOf, fullVisit, rawDb, responses, tmpDb, tokensOf } from '../fixtures/store.ts';

const T = '2024-04-01T09:00:00.000Z';

/** The visits as the old code stored them: the cloak-check re-visit known only by its warning. */
function oldVisits(jobId: string, linkId: string) {
  const strip = (v: Visit): Visit => {
    const { purpose: _p, attempt: _a, retryOf: _r, incomplete: _i, ...rest } = v;
    return rest;
  };
  return [
    strip(fullVisit(jobId, 'v-primary', linkId)),
    strip(fullVisit(jobId, 'v-cloak', linkId, { warnings: ['cloak-check: same-persona re-visit'], hops: [] })),
    strip(fullVisit(jobId, 'v-replay', linkId, { replayOf: 'v-primary', warnings: [] })),
  ];
}

function buildV2(path: string) {
  const db = rawDb(path);
  db.exec(MIGRATIONS[0]!);
  db.exec(MIGRATIONS[1]!);
  db.pragma('user_version = 2');
  const jobId = 'j-old';
  // Jobs from before typed options stored the net policy's fields at the top level.
  const flatOptions = { inputs: ['spam.mbox'], engine: 'http', personas: ['desktop-ja', 'mobile-ja'], hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: true, allowPrivate: false, proxy: null, timeoutMs: 5000, decoy: true };
  db.prepare('INSERT INTO jobs (id, name, created_at, finished_at, status, options, pid) VALUES (?,?,?,?,?,?,?)')
    .run(jobId, 'old-job', T, T, 'done', JSON.stringify(flatOptions), null);
  db.prepare(`INSERT INTO messages (id, job_id, ord, source, message_id, subject, date, from_address, from_name, recipients, findings, errors)
    VALUES ('m-1', ?, 0, 'spam.mbox#1', '<a@x.test>', '件名', NULL, 'a@x.test', 'A', '["r@victim.test"]', '[]', '[]')`).run(jobId);
  db.prepare(`INSERT INTO links (id, job_id, message_id, ord, url, wrapped_url, text, kind, visitable, refused, recipients)
    VALUES ('l-1', ?, 'm-1', 0, 'http://a.test/c?u=cg==', NULL, 'click', 'anchor', 1, NULL, '["r@victim.test"]')`).run(jobId);
  const visits = oldVisits(jobId, 'l-1');
  visits.forEach((v, ord) => {
    db.prepare(`INSERT INTO visits (id, job_id, link_id, ord, url, persona, engine, replay_of, decoy, started_at, finished_at, outcome, error,
        final, downloads, branch_finals, substitutions, decoy_unexplained, warnings) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`)
      .run(v.id, jobId, v.linkId, ord, v.url, v.persona, v.engine, v.replayOf, v.decoy ? 1 : 0, v.startedAt, v.finishedAt, v.outcome, v.error,
        JSON.stringify(v.final), JSON.stringify(v.downloads), JSON.stringify(v.branchFinals), JSON.stringify(v.substitutions),
        JSON.stringify(v.decoyUnexplained), JSON.stringify(v.warnings));
    for (const h of v.hops) {
      db.prepare(`INSERT INTO hops (visit_id, seq, branch, url, method, status, cause, server_ip, content_type, body_sha256, blocked, started_at,
          duration_ms, set_cookies, note, tls) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`)
        .run(v.id, h.seq, h.branch, h.url, h.method, h.status, h.cause, h.serverIp, h.contentType, h.bodySha256, h.blocked, h.startedAt,
          h.durationMs, JSON.stringify(h.setCookies), h.note, h.tls ? JSON.stringify(h.tls) : null);
    }
  });
  for (const r of responses()) {
    db.prepare('INSERT INTO responses (visit_id, ord, method, url, status, headers, body_sha256, resource_type, truncated) VALUES (?,?,?,?,?,?,?,?,?)')
      .run('v-primary', r.order, r.method, r.url, r.status, JSON.stringify(r.headers), r.bodySha256, r.resourceType, r.truncated ? 1 : 0);
  }
  db.prepare("INSERT INTO blobs (sha256, size, mime, compression, data) VALUES (?, ?, 'text/html', 'br', ?)").run(sha256(BODY), BODY.length, brotliCompressSync(BODY));
  for (const t of tokensOf(jobId, 'l-1')) {
    db.prepare(`INSERT INTO tokens (job_id, link_id, component, url, value, kind, format, recipient, derivation, seen_on_hosts, entropy)
      VALUES (?,?,?,?,?,?,?,?,?,?,?)`).run(jobId, t.linkId, t.component, t.url, t.value, t.kind, t.format, t.recipient, t.derivation, JSON.stringify(t.seenOnHosts), t.entropy ?? null);
  }
  for (const f of cloakingOf(jobId, 'l-1', ['v-primary', 'v-replay'])) {
    db.prepare('INSERT INTO cloaking (job_id, link_id, finding) VALUES (?,?,?)').run(jobId, f.linkId, JSON.stringify(f));
  }
  db.prepare("INSERT INTO registrations (domain, fetched_at, source, raw, parsed) VALUES ('a.test', ?, 'rdap', '{}', '{\"domain\":\"a.test\"}')").run(T);
  db.close();
  return { jobId, visits };
}

function expectOldTraceReadsBack(store: TraceStore, jobId: string, visits: Visit[]) {
  const job: Job = {
    id: jobId, name: 'old-job', createdAt: T, status: 'done',
    options: {
      ...DEFAULT_JOB_OPTIONS, inputs: ['spam.mbox'], engine: 'http', personas: ['desktop-ja', 'mobile-ja'], timeoutMs: 5000, decoy: true,
      net: { hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: true, allowPrivate: false, proxy: null },
      retries: 0,
    },
  };
  expect(store.findJob('old-job')).toEqual(job);
  const message: Message = {
    id: 'm-1', jobId, source: 'spam.mbox#1', messageId: '<a@x.test>', subject: '件名', date: null, from: { address: 'a@x.test', name: 'A' },
    recipients: ['r@victim.test'], sender: { findings: [] }, errors: [],
    links: [{ id: 'l-1', messageId: 'm-1', url: 'http://a.test/c?u=cg==', wrappedUrl: null, text: 'click', kind: 'anchor', visited: true, refused: null, where: 'body' }],
  };
  expect(store.listMessages(jobId)).toEqual([message]);
  expect(store.getMessage('m-1')).toEqual(message);
  const [primary, cloak, replay] = visits;
  expect(store.listVisits(jobId)).toEqual([
    { ...primary, purpose: 'primary', attempt: 1, retryOf: null, incomplete: null },
    { ...cloak, purpose: 'cloak-check', attempt: 1, retryOf: null, incomplete: null },
    { ...replay, purpose: 'replay', attempt: 1, retryOf: null, incomplete: null },
  ]);
  expect(store.getVisit('v-cloak')!.purpose).toBe('cloak-check');
  expect(store.getResponses('v-primary')).toEqual(responses());
  expect(store.getBlob(sha256(BODY))).toEqual(BODY);
  expect(store.listTokens(jobId)).toEqual(tokensOf(jobId, 'l-1'));
  expect(store.listCloaking(jobId)).toEqual(cloakingOf(jobId, 'l-1', ['v-primary', 'v-replay']));
  expect(store.listRegistrations()).toEqual([{ domain: 'a.test', fetchedAt: T, source: 'rdap', raw: '{}', parsed: { domain: 'a.test' } }]);
}

describe('a database from schema version 2', () => {
  it('reads back whole through a reader, which leaves the file as it was', () => {
    const path = tmpDb();
    const { jobId, visits } = buildV2(path);
    const before = readFileSync(path);
    const store = TraceStore.open(path, { readonly: true });
    expectOldTraceReadsBack(store, jobId, visits);
    store.close();
    expect(readFileSync(path).equals(before)).toBe(true);
    const raw = rawDb(path);
    expect(raw.pragma('user_version', { simple: true })).toBe(2);
    raw.close();
  });

  it('is migrated by a writer, reads back the same, and takes visits with the new fields', () => {
    const path = tmpDb();
    const { jobId, visits } = buildV2(path);
    const store = TraceStore.open(path);
    expectOldTraceReadsBack(store, jobId, visits);
    const retry = fullVisit(jobId, 'v-retry', 'l-1', { purpose: 'retry', attempt: 2, retryOf: 'v-primary', incomplete: 'no final snapshot' });
    store.saveVisit(retry);
    expect(store.getVisit('v-retry')).toEqual(retry);
    const [link] = store.addLinks(jobId, [{ url: 'http://q.test/', wrappedUrl: null, text: null, kind: 'qr', visitable: true, refused: null, where: 'qr:a.png' }]);
    expect(store.listLinks(jobId).find((l) => l.id === link!.id)!.where).toBe('qr:a.png');
    store.close();
    const raw = rawDb(path);
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    raw.close();
  });
});
