// The browser engine tells a failed navigation or document read by the error's class and the page's
// own events; Chromium's net::ERR_ code is the one thing only the message carries.
import { errors } from 'playwright';
import { describe, expect, it } from 'vitest';
import { chromiumNetError, classifyGotoFailure, snapshotFailure } from '../../src/engines/browser/page-failures.ts';
import { WaitTimeout } from '../../src/engines/browser/timeout.ts';

const quiet = { download: false, committed: false };
// Playwright's own wording: "page.goto: <reason>" then a call log.
const gotoError = (reason: string, url = 'http://a.test/') => new Error(`page.goto: ${reason}\nCall log:\n  - navigating to "${url}", waiting until "commit"\n`);

describe('a failed first navigation', () => {
  it("is the deadline when Playwright's TimeoutError says so, whatever its text", () => {
    expect(classifyGotoFailure(new errors.TimeoutError('anything'), quiet)).toBe('deadline');
    // A plain Error named like one is not Playwright's timeout.
    expect(classifyGotoFailure(Object.assign(new Error('x'), { name: 'TimeoutError' }), quiet)).toBe('fault');
  });
  it("is a download or a replaced navigation from the page's events, not from the text", () => {
    expect(classifyGotoFailure(gotoError('Download is starting'), { ...quiet, download: true })).toBe('download');
    expect(classifyGotoFailure(new Error('anything'), { ...quiet, committed: true })).toBe('replaced');
    expect(classifyGotoFailure(gotoError('Download is starting'), quiet)).toBe('fault');
    expect(classifyGotoFailure(gotoError('Navigation to "http://a.test/" is interrupted by another navigation to "http://b.test/"'), quiet)).toBe('fault');
  });
  it('is a network failure only when a net::ERR_ code leads the message', () => {
    expect(chromiumNetError(gotoError('net::ERR_TUNNEL_CONNECTION_FAILED at https://a.test/'))).toBe('net::ERR_TUNNEL_CONNECTION_FAILED');
    expect(chromiumNetError(new Error('net::ERR_ABORTED at http://a.test/x'))).toBe('net::ERR_ABORTED');
    expect(classifyGotoFailure(gotoError('net::ERR_NAME_NOT_RESOLVED at http://a.test/'), quiet)).toBe('network');
    // The code anywhere else (a URL, the call log) is not the failure: the engine's fault stays one.
    const closed = gotoError('Target page, context or browser has been closed', 'http://a.test/net::ERR_FAILED');
    expect(chromiumNetError(closed)).toBeNull();
    expect(classifyGotoFailure(closed, quiet)).toBe('fault');
    expect(chromiumNetError(new Error('page.goto: Protocol error (Page.navigate): Cannot navigate to invalid URL net::ERR_X at y'))).toBeNull();
    expect(chromiumNetError('net::ERR_FAILED at x')).toBeNull();
  });
});

describe('a failed document read', () => {
  const page = { navigated: false, closed: false, elapsedMs: 1234 };
  it('is a timeout by class: our bounded wait or Playwright\'s', () => {
    expect(snapshotFailure(new WaitTimeout('snapshot timed out'), page)).toBe('timed out after 1234 ms');
    expect(snapshotFailure(new errors.TimeoutError('x'), page)).toBe('timed out after 1234 ms');
    // The words alone are not a timeout.
    expect(snapshotFailure(new Error('the script timed out'), page)).toBe('the script timed out');
  });
  it("is a navigation or a closed page from the page's state, not the wording", () => {
    expect(snapshotFailure(new Error('anything'), { ...page, navigated: true })).toBe('page navigated during read');
    expect(snapshotFailure(new Error('anything'), { ...page, closed: true })).toBe('the page was closed');
    expect(snapshotFailure(new Error('Execution context was destroyed, most likely because of a navigation\nmore'), page)).toBe(
      'Execution context was destroyed, most likely because of a navigation',
    );
  });
});
