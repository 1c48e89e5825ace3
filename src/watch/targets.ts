// What a watch follows, from what `watch add` was given: every visitable link of a job, the link
// of one visit, or a bare URL. Each lure keeps its recipients and tokens, so a round re-crawls it
// as the recipient it was mailed to (or under `--decoy`, as the persona's decoy).
import type { Job, WatchTarget } from '../model.ts';
import type { StoredLink, TraceStore } from '../store/store.ts';

function targetOfLink(store: TraceStore, link: StoredLink, from: string): WatchTarget {
  const tokens = store.listTokens(link.jobId).filter((t) => t.linkId === link.id);
  return {
    url: link.url,
    recipients: link.recipients,
    tokens: tokens.map(({ jobId: _j, linkId: _l, ...t }) => t),
    from,
  };
}

/** A job's visitable links (attachments are the mail's own files: nothing to watch on the web). */
export function targetsOfJob(store: TraceStore, job: Job): WatchTarget[] {
  return store
    .listLinks(job.id)
    .filter((l) => l.visitable && l.kind !== 'attachment')
    .map((l) => targetOfLink(store, l, `job:${job.id}`));
}

/** The link a stored visit followed, with the job it belongs to; null when the id names no visit of a link. */
export function targetOfVisit(store: TraceStore, visitId: string): { target: WatchTarget; job: Job } | null {
  const visit = store.getVisit(visitId);
  const link = visit?.linkId ? store.listLinks(visit.jobId).find((l) => l.id === visit.linkId) : undefined;
  const job = visit ? store.findJob(visit.jobId) : null;
  if (!link || !job) return null;
  return { target: targetOfLink(store, link, `visit:${visitId}`), job };
}

export function targetOfUrl(url: string, recipient: string | null): WatchTarget {
  return { url, recipients: recipient ? [recipient] : [], tokens: [], from: 'url' };
}

/** One lure per URL: the same link given twice (or by a job and one of its visits) is watched once. */
export function uniqueTargets(targets: WatchTarget[]): WatchTarget[] {
  const seen = new Map<string, WatchTarget>();
  for (const t of targets) if (!seen.has(t.url)) seen.set(t.url, t);
  return [...seen.values()];
}
