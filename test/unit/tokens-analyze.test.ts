import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/model.ts';
import { analyzeTokens } from '../../src/tokens/analyze.ts';
import { isShortenerHost, isTrackingParam } from '../../src/tokens/tracking.ts';
import { campaignLinks, TEMPLATES } from '../fixtures/tokens/campaign.ts';

const links = campaignLinks();
const tokens = analyzeTokens('job1', links);
const tokenAt = (linkId: string, component: string): Token | undefined => tokens.find((t) => t.linkId === linkId && t.component === component);

describe('analyzeTokens on a campaign sent to three recipients', () => {
  const explained = links.flatMap((l) => l.template.explained.map((want) => ({ name: `${l.linkId} ${want.component}`, link: l, want })));
  it.each(explained)('$name is per-recipient with its derivation and recipient', ({ link, want }) => {
    expect(tokenAt(link.linkId, want.component)).toMatchObject({
      jobId: 'job1',
      url: link.url,
      kind: 'per-recipient',
      format: want.format,
      derivation: want.derivation,
      recipient: link.recipient,
      seenOnHosts: [],
    });
  });

  const constants = links.flatMap((l) => (l.template.campaign ?? []).map((component) => ({ name: `${l.linkId} ${component}`, link: l, component })));
  it.each(constants)('$name is campaign data', ({ link, component }) => {
    expect(tokenAt(link.linkId, component)).toMatchObject({ kind: 'campaign', recipient: null, derivation: null });
  });

  const tracked = links.flatMap((l) => (l.template.tracking ?? []).map((component) => ({ name: `${l.linkId} ${component}`, link: l, component })));
  it.each(tracked)('$name is a tracking-param', ({ link, component }) => {
    expect(tokenAt(link.linkId, component)).toMatchObject({ kind: 'tracking-param', derivation: null });
  });

  const opaque = links.flatMap((l) => (l.template.opaque ?? []).map((component) => ({ name: `${l.linkId} ${component}`, link: l, component })));
  it.each(opaque)('$name is per-recipient, opaque, with its entropy', ({ link, component }) => {
    const token = tokenAt(link.linkId, component);
    expect(token).toMatchObject({ kind: 'per-recipient', format: 'opaque', derivation: null, recipient: link.recipient });
    expect(token!.entropy).toBeGreaterThan(3.5);
  });

  it('emits nothing else: no token for words such as index.html, go or lang=ja', () => {
    const expected = new Set(
      links.flatMap((l) => [...l.template.explained.map((e) => e.component), ...(l.template.campaign ?? []), ...(l.template.tracking ?? []), ...(l.template.opaque ?? [])].map((c) => `${l.linkId} ${c}`)),
    );
    expect(tokens.map((t) => `${t.linkId} ${t.component}`).sort()).toEqual([...expected].sort());
  });

  it('aligns the k-th link of a shape across messages, whatever the order of the input', () => {
    const shuffled = [...links].reverse();
    const again = analyzeTokens('job1', shuffled);
    expect(again.length).toBe(tokens.length);
    expect(again.find((t) => t.linkId === 'm1-random' && t.component === 'path[2]')?.kind).toBe('per-recipient');
  });
});

describe('analyzeTokens with one message', () => {
  const random = TEMPLATES.find((t) => t.name === 'random')!;
  const single = analyzeTokens('job2', [
    { linkId: 'a', url: 'https://click.camp.test/u/YWxpY2VAbWFpbC5leGFtcGxlLnRlc3Q', recipients: ['alice@mail.example.test'] },
    { linkId: 'b', url: random.url('alice@mail.example.test'), recipients: ['alice@mail.example.test'] },
    { linkId: 'c', url: 'https://shop.camp.test/item/index.html?utm_medium=email&lang=ja', recipients: ['alice@mail.example.test'] },
  ]);

  it.each([
    { linkId: 'a', component: 'path[2]', want: { kind: 'per-recipient', format: 'base64url', derivation: 'base64url(email)', recipient: 'alice@mail.example.test' } },
    { linkId: 'b', component: 'path[2]', want: { kind: 'unknown', format: 'opaque', derivation: null, recipient: null } },
    { linkId: 'c', component: 'query:utm_medium', want: { kind: 'tracking-param', format: 'word', recipient: null } },
  ])('$linkId $component', ({ linkId, component, want }) => {
    expect(single.find((t) => t.linkId === linkId && t.component === component)).toMatchObject(want);
  });

  it('reports only those three', () => {
    expect(single).toHaveLength(3);
  });

  it('reads no tokens out of script or inline documents (javascript:, data:), but does out of mailto:', () => {
    const alice = ['alice@mail.example.test'];
    const found = analyzeTokens('job3', [
      { linkId: 'js', url: "javascript:location='https://x.test/u/a8Fk2mQ9zLw4'", recipients: alice },
      { linkId: 'data', url: 'data:text/html;base64,PGgxPlBheSBub3c8L2gxPjxhIGhyZWY9Imh0dHBzOi8veC50ZXN0Ij4=', recipients: alice },
      { linkId: 'mail', url: 'mailto:unsub+YWxpY2VAbWFpbC5leGFtcGxlLnRlc3Q@list.test', recipients: alice },
    ]);
    expect(found.map((t) => t.linkId)).toEqual(['mail']);
  });
});

describe('tracking data', () => {
  it.each([
    ['utm_source', true], ['UTM_Content', true], ['gclid', true], ['fbclid', true], ['mc_eid', true], ['_hsenc', true], ['mkt_tok', true],
    ['msclkid', true], ['cm_mmc_x', true], ['e', false], ['email', false], ['id', false], ['token', false],
  ] as const)('%s is a tracking parameter: %s', (name, want) => {
    expect(isTrackingParam(name)).toBe(want);
  });

  it.each([
    ['bit.ly', true], ['www.bit.ly', true], ['tinyurl.com', true], ['reurl.cc', true], ['example.test', false], ['notbit.ly', false],
  ] as const)('%s is a shortener: %s', (host, want) => {
    expect(isShortenerHost(host)).toBe(want);
  });
});
