// The watch's pure parts: durations and schedules, and the rule that turns rounds into events
// (confirmation, incomplete visits, flaky flips, dark rounds and expiry).
import { describe, expect, it } from 'vitest';
import { DEFAULT_JOB_OPTIONS } from '../../src/records/job-options.ts';
import type { Watch, WatchRound } from '../../src/model.ts';
import { backoffMs } from '../../src/watch/deliver.ts';
import type { ChainObservation, LureObservation } from '../../src/watch/observe.ts';
import { hostIgnored, withoutParams } from '../../src/watch/ignore.ts';
import { nextSlot, parseCron, parseDuration } from '../../src/watch/schedule.ts';
import { readState, trackRound, type WatchState } from '../../src/watch/track.ts';

const LURE = 'http://lure.test/c/Xk93jQ2aZ';

function watch(confirm: number, expireAfter = 3): Watch {
  return {
    id: 'w-1',
    name: 'camp',
    createdAt: '2026-01-01T00:00:00Z',
    status: 'active',
    nextDue: null,
    spec: {
      targets: [{ url: LURE, recipients: [], tokens: [], from: 'url' }],
      schedule: { every: 1000 },
      until: null,
      confirm,
      expireAfter,
      ignoreHosts: [],
      ignoreParams: ['sid'],
      webhook: null,
      options: DEFAULT_JOB_OPTIONS,
    },
  };
}

const round = (seq: number): WatchRound => ({ id: `r-${seq}`, watchId: 'w-1', seq, jobId: `j-${seq}`, dueAt: '', startedAt: '', finishedAt: null, status: 'running', verdict: null });

function chain(seq: number, over: Partial<ChainObservation> = {}): LureObservation {
  const c: ChainObservation = {
    visitId: `v-${seq}`,
    dark: null,
    incomplete: null,
    finalUrl: 'http://date-a.test/',
    finalDomain: 'date-a.test',
    category: 'dating',
    trackers: ['trk.test'],
    loads: [],
    ips: ['127.0.0.1'],
    certIssuer: null,
    registrant: null,
    ...over,
  };
  return { url: LURE, personas: { 'desktop-ja': c }, cloaked: null };
}

/** Feeds rounds one by one; returns each round's verdict and the kinds of the events it raised. */
function play(w: Watch, observations: LureObservation[]): { verdicts: string[]; kinds: string[][]; state: WatchState } {
  let state = readState({});
  const verdicts: string[] = [];
  const kinds: string[][] = [];
  observations.forEach((o, i) => {
    const out = trackRound(w, round(i + 1), [o], state);
    state = out.state;
    verdicts.push(out.verdict);
    kinds.push(out.events.map((e) => e.kind));
  });
  return { verdicts, kinds, state };
}

describe('watch schedules', () => {
  it('reads durations and refuses anything else with the flag named', () => {
    expect(parseDuration('--every', '5s')).toBe(5_000);
    expect(parseDuration('--every', '15m')).toBe(900_000);
    expect(parseDuration('--every', '6h')).toBe(21_600_000);
    expect(parseDuration('--every', '1d')).toBe(86_400_000);
    for (const bad of ['0s', '5', '1.5h', '5 minutes', '-1m', '']) expect(() => parseDuration('--every', bad)).toThrow(/--every must be a duration/);
  });

  it('checks cron expressions with croner', () => {
    expect(parseCron('*/5 * * * *')).toBe('*/5 * * * *');
    expect(() => parseCron('61 * * * *')).toThrow(/--cron "61 \* \* \* \*"/);
  });

  it('turns any number of missed slots into one round: the next slot is after now', () => {
    const due = new Date('2026-01-01T00:00:00Z');
    expect(nextSlot({ every: 60_000 }, due, due)!.toISOString()).toBe('2026-01-01T00:01:00.000Z');
    // Down for 10 minutes and a half: one round now, the next on the grid after now.
    expect(nextSlot({ every: 60_000 }, due, new Date('2026-01-01T00:10:30Z'))!.toISOString()).toBe('2026-01-01T00:11:00.000Z');
    expect(nextSlot({ cron: '0 * * * *' }, due, new Date('2026-01-01T05:20:00Z'))!.toISOString()).toBe('2026-01-01T06:00:00.000Z');
  });

  it('backs off webhook retries by doubling up to the cap', () => {
    const o = { baseMs: 1000, capMs: 8000 };
    expect([1, 2, 3, 4, 5, 9].map((n) => backoffMs(n, o))).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });
});

describe('watch rounds into events', () => {
  it('reports a change only when the confirming round agrees, with both rounds as evidence', () => {
    const moved = { finalUrl: 'http://date-b.test/', finalDomain: 'date-b.test' };
    const { verdicts, kinds, state } = play(watch(2), [chain(1), chain(2), chain(3, moved), chain(4, moved), chain(5, moved)]);
    expect(verdicts).toEqual(['baseline', 'same', 'changed, to confirm (1/2)', 'changed: final-moved', 'same']);
    expect(kinds).toEqual([[], [], [], ['final-moved'], []]);
    expect(state.lures[LURE]!.baseline!.round).toBe('r-4');
  });

  it('forgets a change that flips back (a flaky load) and never compares an incomplete visit', () => {
    const moved = { finalUrl: 'http://date-b.test/', finalDomain: 'date-b.test' };
    const { verdicts, kinds } = play(watch(2), [chain(1), chain(2, moved), chain(3), chain(4, { incomplete: 'pending navigation', finalUrl: 'http://elsewhere.test/' }), chain(5, moved), chain(6)]);
    expect(verdicts).toEqual(['baseline', 'changed, to confirm (1/2)', 'same', 'incomplete', 'changed, to confirm (1/2)', 'same']);
    expect(kinds.flat()).toEqual([]);
  });

  it('does not call a fresh session id or an ignored parameter a move', () => {
    const { kinds } = play(watch(1), [
      chain(1, { finalUrl: 'http://date-a.test/lp?sid=1&s=8f3a9c21d0' }),
      chain(2, { finalUrl: 'http://date-a.test/lp?sid=2&s=77b0e4aa91' }),
    ]);
    expect(kinds.flat()).toEqual([]);
  });

  it('names each kind of change', () => {
    const w = watch(1);
    const { kinds } = play(w, [
      chain(1),
      chain(2, { trackers: ['trk.test', 'trk2.test'] }),
      chain(3, { trackers: ['trk.test', 'trk2.test'], category: 'credential-phishing' }),
      chain(4, { trackers: ['trk.test'], category: 'credential-phishing', loads: ['cdn.test'] }),
      chain(5, { trackers: ['trk.test'], category: 'credential-phishing', loads: ['cdn.test'], registrant: 'A Corp' }),
      chain(6, { trackers: ['trk.test'], category: 'credential-phishing', loads: ['cdn.test'], registrant: 'B Corp' }),
    ]);
    expect(kinds).toEqual([[], ['tracker-added'], ['category-changed'], ['host-added', 'host-removed'], [], ['registrant-changed']]);
  });

  it('reports a site going dark and coming back, and expires a watch dark for N rounds', () => {
    const dark = { dark: 'connect ECONNREFUSED', finalUrl: null, finalDomain: null, category: null, trackers: [] };
    const back = play(watch(2, 5), [chain(1), chain(2, dark), chain(3, dark), chain(4), chain(5)]);
    expect(back.kinds).toEqual([[], [], ['went-dark'], [], ['came-back']]);
    const gone = play(watch(1, 3), [chain(1), chain(2, dark), chain(3, dark), chain(4, dark)]);
    expect(gone.kinds).toEqual([[], ['went-dark'], [], ['expired']]);
  });
});

describe('watch ignore lists', () => {
  it('matches hosts as --host-map patterns do, and drops only the named parameters', () => {
    expect(hostIgnored('Pixel.CDN.example.', ['*.cdn.example'])).toBe(true);
    expect(hostIgnored('cdn.example', ['*.cdn.example'])).toBe(true);
    expect(hostIgnored('evilcdn.example', ['*.cdn.example'])).toBe(false);
    expect(hostIgnored('trk.test', ['trk2.test'])).toBe(false);
    expect(withoutParams('http://a.test/lp?sid=9&utm_source=x&id=1', ['sid', 'utm_source'])).toBe('http://a.test/lp?id=1');
    expect(withoutParams('not a url', ['sid'])).toBe('not a url');
  });
});
