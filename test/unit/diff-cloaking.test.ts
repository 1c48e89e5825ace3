import { describe, expect, it } from 'vitest';
import { findCloaking } from '../../src/diff/cloaking.ts';
import type { Category, Hop, Visit } from '../../src/model.ts';

let n = 0;
function visit(persona: string, urls: string[], category: Category, extra: Partial<Visit> = {}): Visit {
  const hops = urls.map((url, seq): Hop => ({
    seq, branch: 0, url, method: 'GET', status: seq < urls.length - 1 ? 302 : 200, cause: seq ? 'http' : 'initial',
    serverIp: '127.0.0.1', contentType: 'text/html', bodySha256: null, blocked: null,
    startedAt: '2025-01-01T00:00:00.000Z', durationMs: 3, setCookies: [],
  }));
  return {
    id: `v${++n}`, jobId: 'job1', linkId: 'link1', url: urls[0], persona, engine: 'browser', replayOf: null, decoy: false,
    startedAt: '2025-01-01T00:00:00.000Z', finishedAt: '2025-01-01T00:00:01.000Z', outcome: 'ok', error: null, hops,
    final: { url: urls.at(-1)!, status: 200, title: '', category, evidence: [], textExcerpt: '', screenshot: null },
    downloads: [], ...extra,
  };
}

const gate = 'http://gate.cloak.test/in';
const desktopChain = [gate, 'http://trk.cloak.test/r', 'http://news.benign.test/'];
const mobileChain = [gate, 'http://trk.cloak.test/r', 'http://login.bank-verify.test/signin'];

describe('findCloaking', () => {
  it('flags a link whose desktop and mobile chains part, naming personas and the divergence hop', () => {
    const desktop = visit('desktop-ja', desktopChain, 'benign');
    const mobile = visit('mobile-ja', mobileChain, 'credential-phishing');
    const [finding, ...rest] = findCloaking([desktop, mobile]);
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      jobId: 'job1',
      linkId: 'link1',
      url: gate,
      personas: [
        { persona: 'desktop-ja', visitId: desktop.id, finalUrl: 'http://news.benign.test/', category: 'benign' },
        { persona: 'mobile-ja', visitId: mobile.id, finalUrl: 'http://login.bank-verify.test/signin', category: 'credential-phishing' },
      ],
      divergesAt: 2,
    });
  });

  it('finds nothing when personas agree, when one persona only, or for replays', () => {
    expect(findCloaking([visit('desktop-ja', desktopChain, 'benign'), visit('mobile-ja', desktopChain, 'benign')])).toEqual([]);
    expect(findCloaking([visit('desktop-ja', desktopChain, 'benign')])).toEqual([]);
    const original = visit('desktop-ja', desktopChain, 'benign');
    expect(findCloaking([original, visit('mobile-ja', mobileChain, 'credential-phishing', { replayOf: original.id })])).toEqual([]);
  });

  it('keeps different links apart', () => {
    const findings = findCloaking([
      visit('desktop-ja', desktopChain, 'benign'),
      visit('mobile-ja', desktopChain, 'benign'),
      visit('desktop-ja', ['http://other.test/'], 'benign', { linkId: 'link2' }),
      visit('mobile-ja', ['http://other.test/'], 'parked', { linkId: 'link2' }),
    ]);
    expect(findings.map((f) => [f.linkId, f.divergesAt])).toEqual([['link2', 0]]);
  });

  it('marks a finding noisy when a same-persona re-visit differs too, and not noisy when it agrees', () => {
    const visits = [visit('desktop-ja', desktopChain, 'benign'), visit('mobile-ja', mobileChain, 'credential-phishing')];
    const steady = findCloaking(visits, { noiseCheck: [visit('desktop-ja', desktopChain, 'benign')] });
    expect(steady[0].noisy).toBe(false);
    const rotating = findCloaking(visits, {
      noiseCheck: [visit('desktop-ja', [gate, 'http://trk.cloak.test/r', 'http://casino.test/'], 'unknown')],
    });
    expect(rotating[0].noisy).toBe(true);
    // Re-visits inside the visit list itself count as noise checks as well.
    const inline = findCloaking([...visits, visit('mobile-ja', mobileChain, 'credential-phishing')]);
    expect(inline[0]).toMatchObject({ noisy: false, personas: [{ persona: 'desktop-ja' }, { persona: 'mobile-ja' }] });
    expect(findCloaking(visits)[0].noisy).toBeUndefined();
  });
});
