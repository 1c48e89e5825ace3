// Which visit speaks for a link, and what a job still owes: the last attempt of each link ×
// persona × role, and a retry while an incomplete one has retries left. Resume relies on both.
import { describe, expect, it } from 'vitest';
import { dueVisits } from '../../src/jobs/crawl.ts';
import type { Visit } from '../../src/model.ts';
import { getPersona } from '../../src/personas.ts';
import { latestAttempts, visitRole } from '../../src/records/visit-record.ts';
import type { StoredLink } from '../../src/store/store.ts';

const link = (id: string): StoredLink => ({
  id, jobId: 'j', messageId: null, url: `http://${id}.test/`, wrappedUrl: null, text: null, kind: 'anchor',
  visited: false, refused: null, visitable: true, recipients: [],
});

function visit(id: string, linkId: string, persona: string, extra: Partial<Visit> = {}): Visit {
  return {
    id, jobId: 'j', linkId, url: `http://${linkId}.test/`, persona, engine: 'browser', replayOf: null, decoy: false,
    startedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-01-01T00:00:01.000Z', outcome: 'ok', error: null,
    purpose: 'primary', attempt: 1, retryOf: null, incomplete: null, hops: [], final: null, downloads: [], ...extra,
  };
}

const desktop = getPersona('desktop-ja');
const mobile = getPersona('mobile-ja');

describe('latestAttempts', () => {
  it('lets the last attempt of each link × persona × role speak, a retry standing for what it retried', () => {
    const visits = [
      visit('p1', 'a', 'desktop-ja', { incomplete: 'deadline reached while a document is loading' }),
      visit('p2', 'a', 'desktop-ja', { purpose: 'retry', attempt: 2, retryOf: 'p1' }),
      visit('c1', 'a', 'desktop-ja', { purpose: 'cloak-check', incomplete: 'snapshot: timed out after 900 ms' }),
      visit('c2', 'a', 'desktop-ja', { purpose: 'retry', attempt: 2, retryOf: 'c1' }),
      visit('m1', 'a', 'mobile-ja'),
      visit('r1', 'a', 'mobile-ja', { purpose: 'replay', replayOf: 'm1' }),
    ];
    const byId = new Map(visits.map((v) => [v.id, v]));
    expect(visitRole(byId.get('c2')!, byId)).toBe('cloak-check');
    expect(latestAttempts(visits).map((v) => [v.id, v.role])).toEqual([
      ['p2', 'primary'],
      ['c2', 'cloak-check'],
      ['m1', 'primary'],
    ]);
  });

  it('reads visits written before purposes existed as primary, or replay when they replay', () => {
    const old = [visit('o1', 'a', 'desktop-ja', { purpose: undefined, attempt: undefined }), visit('o2', 'a', 'desktop-ja', { purpose: undefined, replayOf: 'o1' })];
    expect(latestAttempts(old).map((v) => [v.id, v.role])).toEqual([['o1', 'primary']]);
  });
});

describe('dueVisits', () => {
  const opts = { personas: [desktop, mobile], cloakCheck: true, retries: 1 };

  it('owes every link × persona and one cloak-check per link in a new job', () => {
    const due = dueVisits([link('a'), { ...link('b'), visitable: false }], [], opts);
    expect(due.map((d) => [d.link.id, d.persona.name, d.role, d.attempt])).toEqual([
      ['a', 'desktop-ja', 'primary', 1],
      ['a', 'mobile-ja', 'primary', 1],
      ['a', 'desktop-ja', 'cloak-check', 1],
    ]);
  });

  it('owes a retry of an incomplete visit while retries remain, and nothing for complete ones', () => {
    const visits = [
      visit('p1', 'a', 'desktop-ja', { incomplete: 'deadline reached while a popup is on its way' }),
      visit('m1', 'a', 'mobile-ja'),
      visit('c1', 'a', 'desktop-ja', { purpose: 'cloak-check' }),
    ];
    expect(dueVisits([link('a')], visits, opts).map((d) => [d.persona.name, d.role, d.attempt, d.retryOf])).toEqual([
      ['desktop-ja', 'primary', 2, 'p1'],
    ]);
    const retried = [...visits, visit('p2', 'a', 'desktop-ja', { purpose: 'retry', attempt: 2, retryOf: 'p1', incomplete: 'still' })];
    expect(dueVisits([link('a')], retried, opts)).toEqual([]);
    expect(dueVisits([link('a')], retried, { ...opts, retries: 2 }).map((d) => [d.attempt, d.retryOf])).toEqual([[3, 'p2']]);
  });

  it('does not take a stored cloak-check for the primary visit it never was (killed between the two)', () => {
    const visits = [visit('c1', 'a', 'desktop-ja', { purpose: 'cloak-check' }), visit('m1', 'a', 'mobile-ja')];
    expect(dueVisits([link('a')], visits, opts).map((d) => [d.persona.name, d.role])).toEqual([['desktop-ja', 'primary']]);
  });
});
