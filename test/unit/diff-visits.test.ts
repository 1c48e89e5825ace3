import { describe, expect, it } from 'vitest';
import { diffJobs, diffVisits } from '../../src/diff/diff.ts';
import { looksLikeId } from '../../src/diff/url-compare.ts';
import type { Category, Hop, HopCause, Token, Visit } from '../../src/model.ts';

type HopSpec = [url: string, status: number | null, cause: HopCause, extra?: Partial<Hop>];

function visit(id: string, specs: HopSpec[], category: Category = 'dating', extra: Partial<Visit> = {}): Visit {
  const hops = specs.map(([url, status, cause, more], seq): Hop => ({
    seq, branch: 0, url, method: 'GET', status, cause, serverIp: '127.0.0.1', contentType: 'text/html',
    bodySha256: `body-${seq}`, blocked: null, startedAt: '2025-01-01T00:00:00.000Z', durationMs: 5, setCookies: [],
    ...more,
  }));
  const last = hops.filter((h) => h.branch === 0).at(-1);
  return {
    id, jobId: 'job1', linkId: `link-${id}`, url: hops[0]?.url ?? 'http://x.test/', persona: 'desktop-ja', engine: 'browser',
    replayOf: null, decoy: false, startedAt: '2025-01-01T00:00:00.000Z', finishedAt: '2025-01-01T00:00:01.000Z',
    outcome: 'ok', error: null, hops,
    final: { url: last?.url ?? '', status: 200, title: 't', category, evidence: [], textExcerpt: '', screenshot: null },
    downloads: [], ...extra,
  };
}

const chain = (token: string): HopSpec[] => [
  [`http://mail.lure.test/c/${token}?utm_source=mail`, 302, 'initial'],
  [`http://trk.ads.test/r?uid=${token}&cmp=77`, 200, 'http'],
  ['http://scan.fake.test/virus', 200, 'script'],
  ['http://date.site.test/join', 200, 'meta-refresh'],
];

const tokenOf = (value: string, recipient: string): Token => ({
  jobId: 'job1', linkId: 'link1', url: '', component: 'path[1]', value, kind: 'per-recipient',
  format: 'base64url', recipient, derivation: 'base64url(email)', seenOnHosts: [],
});

describe('diffVisits', () => {
  it('says same for identical chains', () => {
    const d = diffVisits(visit('a', chain('abc')), visit('b', chain('abc')));
    expect(d).toMatchObject({ a: 'a', b: 'b', same: true, divergesAt: null, final: { a: 'dating', b: 'dating' } });
    expect(d.hops.map((h) => h.op)).toEqual(['same', 'same', 'same', 'same']);
    expect(d.hops.every((h) => h.changes.length === 0)).toBe(true);
  });

  it('counts two recipients whose chains differ only in token values as same, reporting "token"', () => {
    // Values the token finder listed (even short, readable ones) are masked.
    const tokens = [tokenOf('alice', 'alice@example.jp'), tokenOf('bob1', 'bob@example.jp')];
    const d = diffVisits(visit('a', chain('alice')), visit('b', chain('bob1')), tokens);
    expect(d.same).toBe(true);
    expect(d.hops.map((h) => h.op)).toEqual(['same', 'same', 'same', 'same']);
    expect(d.hops[0].changes).toEqual(['token']);
    expect(d.hops[1].changes).toEqual(['token']);
    expect(d.hops[2].changes).toEqual([]);
  });

  it('masks listed values that span path segments (standard base64 with a slash)', () => {
    const tokens = [tokenOf('YWxp/Y2U=', 'alice@example.jp'), tokenOf('Ym9i', 'bob@example.jp')];
    const d = diffVisits(visit('a', chain('YWxp/Y2U=')), visit('b', chain('Ym9i')), tokens);
    expect(d.same).toBe(true);
    expect(d.hops[0].changes).toEqual(['token']);
  });

  it('recognises unlisted per-recipient ids by their look when only they differ', () => {
    const d = diffVisits(visit('a', chain('YWxpY2VAZXhhbXBsZS5qcA')), visit('b', chain('Ym9iQGV4YW1wbGUuanA')));
    expect(d.same).toBe(true);
    expect(d.hops[0].changes).toContain('token');
  });

  it('does not mask readable words: /c/alice vs /c/bob without a token list is a change', () => {
    const d = diffVisits(visit('a', chain('alice')), visit('b', chain('bob')));
    expect(d.same).toBe(false);
    expect(d.hops[0]).toMatchObject({ op: 'changed', changes: expect.arrayContaining(['path']) });
    expect(d.divergesAt).toBe(0);
  });

  it('finds a middle hop that changed host as one changed hop at its seq', () => {
    const moved = chain('abc');
    moved[2] = ['http://scan.other-fake.test/virus', 200, 'script', { serverIp: '127.0.0.2' }];
    const d = diffVisits(visit('a', chain('abc')), visit('b', moved));
    expect(d.hops.map((h) => h.op)).toEqual(['same', 'same', 'changed', 'same']);
    expect(d.hops[2].changes).toEqual(['host', 'serverIp']);
    expect(d.divergesAt).toBe(2);
    expect(d.same).toBe(false);
  });

  it('reports a chain that got longer as added hops, diverging where the new hop sits', () => {
    const longer = chain('abc');
    longer.splice(2, 0, ['http://cloak.gate.test/check', 302, 'http']);
    const d = diffVisits(visit('a', chain('abc')), visit('b', longer));
    expect(d.hops.map((h) => h.op)).toEqual(['same', 'same', 'added', 'same', 'same']);
    expect(d.hops[2]).toMatchObject({ a: null, b: { url: 'http://cloak.gate.test/check' } });
    expect(d.divergesAt).toBe(2);
    const shorter = diffVisits(visit('b', longer), visit('a', chain('abc')));
    expect(shorter.hops.map((h) => h.op)).toEqual(['same', 'same', 'removed', 'same', 'same']);
  });

  it('appended hops diverge one past the last hop of A', () => {
    const longer = [...chain('abc'), ['http://date.site.test/pay', 200, 'form'] as HopSpec];
    const d = diffVisits(visit('a', chain('abc')), visit('b', longer));
    expect(d.hops.at(-1)?.op).toBe('added');
    expect(d.divergesAt).toBe(4);
  });

  it.each([
    ['status', { status: 404 }, ['status']],
    ['cause', { cause: 'refresh-header' as HopCause }, ['cause']],
    ['blocked', { status: null, blocked: 'private address' }, ['status', 'blocked']],
    ['body only', { bodySha256: 'other' }, ['bodySha256']],
    ['server ip only', { serverIp: '127.0.0.9' }, ['serverIp']],
  ])('reports a %s difference on the hop', (_name, change, expected) => {
    const other = chain('abc');
    const [url, status, cause] = other[1];
    other[1] = [url, 'status' in change ? (change.status ?? null) : status, cause, change];
    const d = diffVisits(visit('a', chain('abc')), visit('b', other));
    expect(d.hops[1].changes).toEqual(expected);
    const informational = expected.every((c) => c === 'bodySha256' || c === 'serverIp');
    expect(d.hops[1].op).toBe(informational ? 'same' : 'changed');
    expect(d.same).toBe(informational);
  });

  it('aligns popup branches separately and reports a popup only one side opened', () => {
    const withPopup = (popupHost: string | null): HopSpec[] => [
      ...chain('abc'),
      ...(popupHost ? [[`http://${popupHost}/ad`, 200, 'popup', { branch: 1 }] as HopSpec] : []),
    ];
    const same = diffVisits(visit('a', withPopup('pop.ads.test')), visit('b', withPopup('pop.ads.test')));
    expect(same.same).toBe(true);
    expect(same.hops.at(-1)).toMatchObject({ op: 'same', a: { branch: 1 }, b: { branch: 1 } });

    const changedPopup = diffVisits(visit('a', withPopup('pop.ads.test')), visit('b', withPopup('pop.evil.test')));
    expect(changedPopup.hops.map((h) => h.op)).toEqual(['same', 'same', 'same', 'same', 'changed']);
    expect(changedPopup.divergesAt).toBe(4);

    const noPopup = diffVisits(visit('a', withPopup('pop.ads.test')), visit('b', withPopup(null)));
    expect(noPopup.hops.at(-1)).toMatchObject({ op: 'removed', b: null });
    expect(noPopup.same).toBe(false);
  });

  it('is not same when only the final category differs, diverging at the last hop', () => {
    const d = diffVisits(visit('a', chain('abc'), 'dating'), visit('b', chain('abc'), 'parked'));
    expect(d).toMatchObject({ same: false, divergesAt: 3, final: { a: 'dating', b: 'parked' } });
  });
});

describe('looksLikeId', () => {
  it.each([
    ['alice%40example.jp', true],
    ['3f2504e0-4f89-11d3-9a0c-0305e82c3301', true],
    ['5d41402abc4b2a76b9719d911017c592', true],
    ['8812345', true],
    ['YWxpY2VAZXhhbXBsZS5qcA', true],
    ['login', false],
    ['verify-account', false],
    ['index.html', false],
    ['2024', false],
  ])('%s → %s', (value, expected) => {
    expect(looksLikeId(value)).toBe(expected);
  });
});

describe('diffJobs', () => {
  it('pairs visits by url, then by campaign shape, per persona, and counts', () => {
    const mobile = { persona: 'mobile-ja' };
    const jobA = [
      visit('a1', chain('YWxpY2VAZXhhbXBsZS5qcA')),
      visit('a2', chain('YWxpY2VAZXhhbXBsZS5qcA'), 'dating', mobile),
      visit('a3', [['http://only.a.test/', 200, 'initial']]),
      visit('a4', chain('YWxpY2VAZXhhbXBsZS5qcA'), 'dating', { replayOf: 'a1' }),
    ];
    const moved = chain('Ym9iQGV4YW1wbGUuanA');
    moved[3] = ['http://prize.site.test/win', 200, 'meta-refresh'];
    const jobB = {
      visits: [
        visit('b1', chain('Ym9iQGV4YW1wbGUuanA')),
        visit('b2', moved, 'prize-scam', mobile),
        visit('b3', [['http://only.b.test/', 200, 'initial']]),
      ],
    };
    const d = diffJobs(jobA, jobB);
    expect(d.pairs.map((p) => [p.a.visitId, p.b.visitId, p.pairedBy, p.diff.same])).toEqual([
      ['a1', 'b1', 'shape', true],
      ['a2', 'b2', 'shape', false],
    ]);
    expect(d.pairs[1].diff.divergesAt).toBe(3);
    expect(d.onlyInA.map((v) => v.visitId)).toEqual(['a3']);
    expect(d.onlyInB.map((v) => v.visitId)).toEqual(['b3']);
    expect(d.counts).toEqual({ same: 1, changed: 1, inconclusive: 0, onlyInA: 1, onlyInB: 1 });
  });
});
