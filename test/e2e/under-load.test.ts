// Trustworthy visits on a saturated machine: 24 visits of a chain with a 302, a meta refresh, a
// fake-scan page moving on by script after 1.2 s and a 5 s setTimeout redirect, at concurrency 8,
// with two CPU hogs running beside the crawl. Not timed: every visit must reach the landing with
// its title and screenshot, complete, and the fake-scan page on the way must be named from its text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TraceBundle } from '../../src/model.ts';
import { latestAttempts } from '../../src/records/visit-record.ts';
import { hoptrace, LOOPBACK } from '../fixtures/cli.ts';
import { startHogs, stopHogs } from '../fixtures/hogs.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { STRESS_LANDING_TITLE, stressChain } from '../fixtures/stress-chain.ts';

const VISITS = 24;
let server: FixtureServer;
const dir = mkdtempSync(join(tmpdir(), 'hoptrace-load-'));

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

describe('under load', { timeout: 600_000 }, () => {
  it('every visit ends on the landing with a title and a screenshot, none incomplete', async () => {
    const urls = Array.from({ length: VISITS }, (_, i) => stressChain(server, i).start);
    writeFileSync(join(dir, 'urls.txt'), urls.join('\n'));
    const db = join(dir, 'load.sqlite');
    const hogs = startHogs(2, 10 * 60_000);
    let r;
    try {
      // The visit deadline is wall-clock time: beside more load than these two hogs (another test
      // file, busy loops of the machine's own) a visit can be starved past the default 30 s twice
      // and end incomplete for the machine's sake. What is tested is that nothing ends a visit
      // early on a busy machine; the deadline is only the last resort, so it is set far out.
      r = await hoptrace(['crawl', join(dir, 'urls.txt'), ...LOOPBACK, '--db', db, '--concurrency', '8', '--timeout', '180000', '--json']);
    } finally {
      stopHogs(hogs);
    }
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.incomplete).toEqual([]);
    expect(summary.cloaked).toEqual([]);
    const ex = await hoptrace(['export', '--db', db, '--format', 'json']);
    const trace = JSON.parse(ex.stdout) as TraceBundle;
    const traces = latestAttempts(trace.visits);
    expect(traces).toHaveLength(VISITS);
    for (const [i, v] of traces.entries()) {
      const ctx = `visit ${i}: ${v.hops.map((h) => `${h.cause} ${h.url}`).join(' → ')}`;
      expect(v.incomplete, ctx).toBeNull();
      expect(v.hops.map((h) => h.cause), ctx).toEqual(['initial', 'http', 'meta-refresh', 'script', 'script']);
      expect(v.final, ctx).toMatchObject({ url: stressChain(server, Number(new URL(v.url).searchParams.get('n'))).landing, title: STRESS_LANDING_TITLE });
      expect(v.final!.screenshot, ctx).toMatch(/^[0-9a-f]{64}$/);
      expect(v.final!.evidence.find((e) => e.rule === 'chain:fake-scan')?.detail, ctx).toMatch(/^passed through http:\/\/scan\.stress-scan\.test:\d+\/result\?n=\d+ \(fake-scan\./);
    }
    console.log(`under load: ${VISITS} visits, ${summary.retries} retried, all complete`);
  });
});
