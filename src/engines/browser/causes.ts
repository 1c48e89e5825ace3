// Why Chromium navigated, in the contract's words. The reasons are CDP's
// Page.frameRequestedNavigation / Page.frameScheduledNavigation reasons.
import type { HopCause } from '../../model.ts';

const BY_REASON: Record<string, HopCause> = {
  httpHeaderRefresh: 'refresh-header',
  metaTagRefresh: 'meta-refresh',
  scriptInitiated: 'script',
  formSubmissionGet: 'form',
  formSubmissionPost: 'form',
  formSubmission: 'form',
  anchorClick: 'other',
  reload: 'other',
  reloadBypassingCache: 'other',
  restore: 'other',
  restoreWithPost: 'other',
  historyNavigation: 'other',
  pageBlockInterstitial: 'other',
  initialFrameNavigation: 'initial',
  other: 'other',
};

export function causeForReason(reason: string | undefined): HopCause {
  return (reason && BY_REASON[reason]) || 'other';
}
