// One round of a watch: a crawl job of the watch's lures, made with the watch's kept crawl options
// (the recipients each lure was mailed to and the tokens found in it come along, so `--decoy` and
// token explanations work as in the original job), then observed and compared with what the
// watch remembers. Finishing a round (verdict, state, events) is one transaction.
import type { Job, Watch, WatchRound } from '../model.ts';
import { refusalForUrl } from '../net/url-policy.ts';
import type { StoredWatchEvent, TraceStore } from '../store/store.ts';
import { observeRound } from './observe.ts';
import { readState, trackRound } from './track.ts';

/** Runs a job's owed visits (resuming it when some are stored); false when it was stopped before the end. */
export type RoundCrawler = (store: TraceStore, job: Job) => Promise<boolean>;

/** The round's job; the same name every time, so a round picked up after a crash finds the job it had begun. */
export function roundJobName(watch: Watch, round: WatchRound): string {
  return `watch/${watch.name}/${watch.id.slice(2, 8)}/r${round.seq}`;
}

function roundJob(store: TraceStore, watch: Watch, round: WatchRound): Job {
  const existing = store.findJob(round.jobId ?? roundJobName(watch, round));
  if (existing) {
    if (!round.jobId) store.setRoundJob(round.id, existing.id);
    return existing;
  }
  return store.tx(() => {
    const job = store.createJob(roundJobName(watch, round), watch.spec.options);
    const links = store.addLinks(
      job.id,
      watch.spec.targets.map((t) => {
        const refused = refusalForUrl(t.url);
        return { url: t.url, wrappedUrl: null, text: null, kind: 'other' as const, visitable: refused === null, refused, recipients: t.recipients };
      }),
    );
    store.saveTokens(
      job.id,
      watch.spec.targets.flatMap((t, i) => t.tokens.map((tok) => ({ ...tok, jobId: job.id, linkId: links[i]!.id, seenOnHosts: [] }))),
    );
    store.setRoundJob(round.id, job.id);
    return job;
  });
}

/**
 * Makes the round's visits and, unless stopped, finishes the round: its events are stored (and
 * owed to the webhook) before they are returned. A stopped round stays running in the store; the
 * next scheduler adopts it and finishes the same job.
 */
export async function runRound(store: TraceStore, watch: Watch, round: WatchRound, crawl: RoundCrawler, now = () => new Date()): Promise<StoredWatchEvent[] | null> {
  const job = roundJob(store, watch, round);
  if (!(await crawl(store, job))) return null;
  const observations = observeRound(store, job.id, watch.spec);
  const outcome = trackRound(watch, { ...round, jobId: job.id }, observations, readState(store.watchState(watch.id)), now());
  return store.finishWatchRound(round, outcome.verdict, outcome.state, outcome.events, {
    webhook: watch.spec.webhook !== null,
    status: outcome.expired ? 'expired' : undefined,
  });
}
