import { describe, expect, it } from 'vitest';
import type { Hop, Token } from '../../src/model.ts';
import { propagateTokens, type VisitTraffic } from '../../src/tokens/propagate.ts';

const hop = (seq: number, url: string, branch = 0): Hop => ({
  seq, branch, url, method: 'GET', status: 302, cause: seq === 0 ? 'initial' : 'http', serverIp: '127.0.0.1',
  contentType: null, bodySha256: null, blocked: null, startedAt: '2026-01-01T00:00:00Z', durationMs: 1, setCookies: [],
});

const token = (over: Partial<Token>): Token => ({
  jobId: 'j', linkId: 'l1', url: 'https://click.a.test/c?e=alice%40mail.example.test&cid=88231', component: 'query:e',
  value: 'alice%40mail.example.test', kind: 'per-recipient', format: 'urlencoded-email', recipient: 'alice@mail.example.test',
  derivation: 'urlencoded(email)', seenOnHosts: [], ...over,
});

// A chain that hands the address on: the click host, a tracker that gets it re-encoded in its
// query, a landing page that gets it in a POST body, and an analytics host that never sees it.
const visit: VisitTraffic = {
  linkId: 'l1',
  hops: [
    hop(0, 'https://click.a.test/c?e=alice%40mail.example.test&cid=88231'),
    hop(1, 'https://track.b.test/t?u=alice@mail.example.test'),
    hop(2, 'https://land.c.test/welcome'),
  ],
  requests: [
    { url: 'https://land.c.test/api/profile', method: 'POST', postData: '{"mail":"alice@mail.example.test"}' },
    { url: 'https://stats.d.test/hit?cid=88231', method: 'GET', headers: { Referer: 'https://land.c.test/welcome' } },
    { url: 'https://img.e.test/p.gif', method: 'GET', headers: { referer: 'https://click.a.test/c?e=alice%40mail.example.test' } },
    { url: 'https://cdn.f.test/app.js', method: 'GET', headers: { Cookie: 'uid=alice%40mail.example.test' } },
  ],
};

describe('propagateTokens', () => {
  it.each([
    { name: 'the address follows the chain (URL, POST body, Referer, Cookie)', token: token({}), want: ['click.a.test', 'track.b.test', 'land.c.test', 'img.e.test', 'cdn.f.test'] },
    { name: 'a campaign id reaches the stats host too', token: token({ component: 'query:cid', value: '88231', kind: 'campaign' }), want: ['click.a.test', 'stats.d.test'] },
    { name: 'a token of another link is not matched', token: token({ linkId: 'l2' }), want: [] },
    { name: 'values too short to mean anything are not followed', token: token({ component: 'query:x', value: 'c' }), want: [] },
  ])('$name', ({ token: t, want }) => {
    const [out] = propagateTokens([t], [visit]);
    expect(out.seenOnHosts).toEqual(want);
  });

  it('matches a URL input visit (no link id) by its first URL, and keeps the other fields', () => {
    const t = token({ linkId: 'url-1' });
    const [out] = propagateTokens([t], [{ ...visit, linkId: null, requests: [] }]);
    expect(out).toEqual({ ...t, seenOnHosts: ['click.a.test', 'track.b.test'] });
  });

  it('follows popup branches as well', () => {
    const [out] = propagateTokens([token({})], [{ linkId: 'l1', hops: [hop(0, visit.hops[0].url), hop(0, 'https://pop.g.test/?m=alice%40mail.example.test', 1)] }]);
    expect(out.seenOnHosts).toEqual(['click.a.test', 'pop.g.test']);
  });
});
