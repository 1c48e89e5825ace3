import { describe, expect, it } from 'vitest';
import { causeForReason } from '../../src/engines/browser/causes.ts';

// CDP Page.frameRequestedNavigation / frameScheduledNavigation reasons → the contract's causes.
describe('causeForReason', () => {
  it.each([
    ['httpHeaderRefresh', 'refresh-header'],
    ['metaTagRefresh', 'meta-refresh'],
    ['scriptInitiated', 'script'],
    ['formSubmissionGet', 'form'],
    ['formSubmissionPost', 'form'],
    ['initialFrameNavigation', 'initial'],
    ['anchorClick', 'other'],
    ['reload', 'other'],
    ['historyNavigation', 'other'],
    ['other', 'other'],
    ['aReasonChromiumAddsLater', 'other'],
    [undefined, 'other'],
    ['', 'other'],
  ])('%s → %s', (reason, cause) => {
    expect(causeForReason(reason)).toBe(cause);
  });
});
