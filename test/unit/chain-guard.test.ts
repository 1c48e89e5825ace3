// The one rule both engines end runaway chains by: loops and the hop cap are errors naming the loop.
import { describe, expect, it } from 'vitest';
import { ChainGuard, LOOP_LIMIT } from '../../src/engines/chain-guard.ts';
import type { HopCause } from '../../src/model.ts';

const walk = (guard: ChainGuard, hops: [number, string, HopCause, boolean?][]) => hops.map(([b, url, cause, frame]) => guard.admit(b, url, cause, frame));

describe('ChainGuard', () => {
  it('lets a cookie check come back to a URL, and names a redirect loop once it repeats past the limit', () => {
    const g = new ChainGuard(50);
    expect(walk(g, [[0, 'A', 'initial'], [0, 'B', 'http'], [0, 'A', 'http'], [0, 'C', 'http']])).toEqual([true, true, true, true]);
    const loop = new ChainGuard(50);
    const taken = walk(loop, Array.from({ length: 12 }, (_, i) => [0, i % 2 ? 'B' : 'A', i ? 'http' : 'initial'] as [number, string, HopCause]));
    expect(taken.filter(Boolean)).toHaveLength(2 * LOOP_LIMIT + 1);
    expect(loop.stopReason).toBe(`redirect loop: B loaded ${LOOP_LIMIT} times`);
    expect(loop.admit(0, 'Z', 'http')).toBe(false);
  });

  it.each([
    ['meta-refresh', 'meta-refresh loop'],
    ['refresh-header', 'refresh-header loop'],
    ['script', 'script navigation loop'],
  ] as const)('names a %s loop', (cause, name) => {
    const g = new ChainGuard(50);
    walk(g, Array.from({ length: LOOP_LIMIT + 2 }, (_, i) => [0, 'S', i ? cause : 'initial'] as [number, string, HopCause]));
    expect(g.stopReason).toBe(`${name}: S loaded ${LOOP_LIMIT} times`);
    expect(g.stoppedInFrame).toBe(false);
  });

  it('counts loops per branch: two popups at one URL are not a loop', () => {
    const g = new ChainGuard(50);
    expect(walk(g, [[0, 'A', 'initial'], [1, 'P', 'popup'], [2, 'P', 'popup'], [3, 'P', 'popup'], [4, 'P', 'popup']]).every(Boolean)).toBe(true);
    expect(g.stopReason).toBeNull();
  });

  it('ends the chain at the hop cap, but only drops frame hops past it', () => {
    const g = new ChainGuard(3);
    expect(walk(g, [[0, 'A', 'initial'], [0, 'B', 'http'], [1, 'F', 'frame', true], [1, 'G', 'script', true]])).toEqual([true, true, true, false]);
    expect(g.stopReason).toBeNull();
    expect(g.framesDropped).toBe(1);
    expect(g.admit(0, 'C', 'http')).toBe(false);
    expect(g.stopReason).toBe('hop cap of 3 reached before C');
  });

  it('marks a loop inside a frame as the frame\'s', () => {
    const g = new ChainGuard(50);
    walk(g, Array.from({ length: LOOP_LIMIT + 2 }, (_, i) => [1, 'F', i ? 'meta-refresh' : 'frame', true] as [number, string, HopCause, boolean]));
    expect(g.stoppedInFrame).toBe(true);
    expect(g.stopReason).toBe(`meta-refresh loop: F loaded ${LOOP_LIMIT} times in a frame`);
  });
});
