// The decoy promise checked where it matters, at the server: requests built from decoy URLs
// (path, Referer, Cookie, POST body) never carry a real recipient; the original URLs do.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeTokens } from '../../src/tokens/analyze.ts';
import { decoyUrl } from '../../src/tokens/decoy.ts';
import { campaignLinks, DECOY, RECIPIENTS } from '../fixtures/tokens/campaign.ts';
import { recipientLeaks } from '../fixtures/tokens/leaks.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

/** Sends what a browser would for `url` (the fragment stays home) to the fixture server on 127.0.0.1. */
function send(url: string, extra: { referer?: string; cookie?: string; body?: string } = {}): Promise<void> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: extra.body ? 'POST' : 'GET',
        path: `${target.pathname}${target.search}`,
        headers: {
          host: target.hostname,
          ...(extra.referer ? { referer: extra.referer } : {}),
          ...(extra.cookie ? { cookie: extra.cookie } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve());
      },
    );
    req.on('error', reject);
    req.end(extra.body ?? '');
  });
}

describe('decoy URLs at the fixture server', () => {
  const links = campaignLinks();
  const tokens = analyzeTokens('job1', links);

  it('carry no real recipient in any encoding, in the path, the Referer, a cookie or a body', async () => {
    server.hits.length = 0;
    for (const link of links) {
      const decoy = decoyUrl(link.url, tokens, DECOY);
      const fragment = new URL(decoy.url).hash;
      await send(decoy.url, { referer: decoy.url, cookie: `t=${encodeURIComponent(fragment)}`, body: fragment ? JSON.stringify({ hash: fragment }) : undefined });
    }
    expect(server.hits).toHaveLength(links.length);
    expect(recipientLeaks(server.hits, RECIPIENTS)).toEqual([]);
    // …and they carry the decoy instead.
    expect(recipientLeaks(server.hits, [DECOY]).length).toBeGreaterThan(links.length);
  });

  it('catches the original URLs, which do carry the recipients', async () => {
    server.hits.length = 0;
    for (const link of links.filter((l) => l.template.name !== 'random' && l.template.name !== 'matrix-local')) {
      await send(link.url, { referer: link.url });
    }
    const leaks = recipientLeaks(server.hits, RECIPIENTS);
    for (const r of RECIPIENTS) expect(leaks.filter((l) => l.endsWith(` of ${r}`)).length).toBeGreaterThanOrEqual(8);
  });
});
