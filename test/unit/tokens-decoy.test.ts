import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { analyzeTokens } from '../../src/tokens/analyze.ts';
import { decomposeUrl } from '../../src/tokens/decompose.ts';
import { containsRecipient, decoyUrl } from '../../src/tokens/decoy.ts';
import { explainToken } from '../../src/tokens/explain.ts';
import { campaignLinks, DECOY, RECIPIENTS } from '../fixtures/tokens/campaign.ts';

const links = campaignLinks();
// Base64 without any of - _ + / = reads the same in both alphabets, so a substitute may carry
// either name at a layer where the original carried one: the round trip compares modulo that.
const unmarked = (derivation: string) => derivation.replace(/base64url\(/g, 'base64(');
const tokens = analyzeTokens('job1', links);

describe('decoyUrl on the fixture campaign', () => {
  it.each(links.map((l) => ({ name: l.linkId, link: l })))('$name', ({ link }) => {
    const result = decoyUrl(link.url, tokens, DECOY);
    const explained = link.template.explained;
    expect(result.substitutions.map((s) => s.component).sort()).toEqual(explained.map((e) => e.component).sort());
    // Round trip: each substitute explains to the decoy address with the same derivation.
    for (const s of result.substitutions) {
      const want = explained.find((e) => e.component === s.component)!;
      expect(s.derivation).toBe(want.derivation);
      const again = explainToken(s.substitute, DECOY);
      expect(again && unmarked(again.derivation)).toBe(unmarked(want.derivation));
      expect(decomposeUrl(result.url).find((c) => c.component === s.component)?.value).toBe(s.substitute);
    }
    // No encoding of the real address survives, and nothing but the tokens changed.
    for (const r of RECIPIENTS) expect(containsRecipient(result.url, r)).toBeNull();
    const untouched = (url: string) => decomposeUrl(url).filter((c) => !c.component.startsWith('host') && !explained.some((e) => c.component === e.component || c.component === 'fragment'));
    expect(untouched(result.url).map((c) => [c.component, c.value])).toEqual(untouched(link.url).map((c) => [c.component, c.value]));
    expect(result.unexplained).toEqual(link.template.opaque ?? []);
    expect(result.warnings).toEqual(link.template.name === 'fragment-jwt' ? [expect.stringContaining('signature')] : []);
  });

  it('keeps the bytes outside the tokens identical', () => {
    const url = 'https://click.camp.test/r?cid=88231&e=alice%40mail.example.test&utm_source=newsletter&utm_campaign=spring';
    const result = decoyUrl(url, analyzeTokens('j', [{ linkId: 'l', url, recipients: ['alice@mail.example.test'] }]), DECOY);
    expect(result.url).toBe('https://click.camp.test/r?cid=88231&e=decoy.persona%40sandbox.example.test&utm_source=newsletter&utm_campaign=spring');
    expect(result.substitutions).toEqual([{ component: 'query:e', original: 'alice%40mail.example.test', substitute: 'decoy.persona%40sandbox.example.test', derivation: 'urlencoded(email)' }]);
  });

  it('leaves a URL without tokens alone', () => {
    expect(decoyUrl('https://x.test/a?b=c', [], DECOY)).toEqual({ url: 'https://x.test/a?b=c', substitutions: [], unexplained: [], warnings: [] });
  });
});

describe('containsRecipient', () => {
  const r = 'Alice@Mail.example.test';
  const lower = r.toLowerCase();
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  it.each([
    { text: `GET /x?e=${lower}`, want: 'email' },
    { text: `Referer: https://a.test/?e=${encodeURIComponent(r)}`, want: 'urlencoded(email)' },
    { text: `https://a.test/?e=${encodeURIComponent(encodeURIComponent(r))}`, want: 'urlencoded(urlencoded(email))' },
    { text: `uid=${createHash('md5').update(lower).digest('hex')}`, want: 'md5(lower(email))' },
    { text: `uid=${createHash('sha256').update(r).digest('hex').toUpperCase()}`, want: 'sha256(email)' },
    { text: `x=${Buffer.from(lower).toString('hex')}`, want: 'hex(lower(email))' },
    // Base64 of the address at each of the three alignments inside a longer encoded string.
    { text: `d=${b64(`${lower}|7`)}`, want: 'base64(lower(email))' },
    { text: `d=${b64(`x${lower}|7`)}`, want: 'base64(lower(email))' },
    { text: `d=${Buffer.from(`xy${lower}|7`).toString('base64url')}`, want: 'base64(lower(email))' },
    { text: `t=${b64('{"alg":"none"}')}.${Buffer.from(`{"sub":"${lower}"}`).toString('base64url')}.`, want: 'base64(lower(email))' },
    { text: 'an ordinary body with alice@mail.example.org in it', want: null },
    { text: `d=${b64('decoy.persona@sandbox.example.test')}`, want: null },
  ])('$text', ({ text, want }) => {
    expect(containsRecipient(text, r)).toBe(want);
  });

  it('finds the address under zlib inside base64', async () => {
    const { deflateSync } = await import('node:zlib');
    const text = `p=${deflateSync(Buffer.from(`{"m":"${lower}"}`)).toString('base64url')}`;
    expect(containsRecipient(text, r)).toMatch(/^base64(url)?\(zlib\(email\)\)$/);
  });
});
