// `hoptrace watch run`: croner ticks every second; each tick starts the round of every active
// watch that is due (one per watch at a time, claimed in the store), and the webhook deliveries
// that are due. On start it first finishes the rounds a killed scheduler left running and writes
// out the events it had stored but not printed, so a kill -9 loses nothing and repeats nothing.
import type { Watch } from '../model.ts';
import type { StoredWatchEvent, TraceStore } from '../store/store.ts';
import { deliverEvent, type DeliveryOptions } from './deliver.ts';
import { runRound, type RoundCrawler } from './round.ts';
import { nextSlot, startTicker } from './schedule.ts';

export interface SchedulerOptions {
  crawl: RoundCrawler;
  /** Writes events out (stdout, --events file); they are marked printed once it returns. */
  emit(events: StoredWatchEvent[]): void;
  /** A line about the scheduler's own doings (a round started or finished, a failure). */
  log(line: string): void;
  delivery: DeliveryOptions;
  signal: AbortSignal;
}

export async function runScheduler(store: TraceStore, o: SchedulerOptions): Promise<void> {
  const rounds = new Map<string, Promise<void>>();
  const deliveries = new Set<number>();

  const emit = (events: StoredWatchEvent[]) => {
    if (events.length === 0) return;
    o.emit(events);
    store.markWatchEventsPrinted(events.map((e) => e.id));
  };

  const start = (watch: Watch, round: NonNullable<ReturnType<TraceStore['claimWatchRound']>>) => {
    o.log(`round ${round.seq} of ${watch.name} started (${round.id})`);
    const run = runRound(store, watch, round, o.crawl)
      .then((events) => {
        if (events === null) return o.log(`round ${round.seq} of ${watch.name} stopped; the next start finishes it`);
        o.log(`round ${round.seq} of ${watch.name} done: ${store.watchRounds(watch.id).find((r) => r.id === round.id)?.verdict ?? ''}`);
        emit(events);
      })
      .catch((err: Error) => {
        // A round that threw (the database, the engine) is closed as failed, state untouched, so the
        // watch is not stuck behind it: its next slot runs as usual.
        const why = `failed: ${err.message.split('\n')[0]}`;
        o.log(`round ${round.seq} of ${watch.name} ${why}`);
        store.finishWatchRound(round, why, store.watchState(watch.id), [], { webhook: false });
      })
      .catch((err: Error) => o.log(`round ${round.seq} of ${watch.name} could not be closed: ${err.message.split('\n')[0]}`))
      .finally(() => rounds.delete(watch.id));
    rounds.set(watch.id, run);
  };

  const tick = async () => {
    if (o.signal.aborted) return;
    const now = new Date();
    for (const watch of store.listWatches()) {
      if (watch.status !== 'active' || rounds.has(watch.id)) continue;
      if (!watch.nextDue || (watch.spec.until && now.toISOString() > watch.spec.until)) {
        store.setWatchStatus(watch.id, 'ended');
        o.log(`${watch.name} ended: ${watch.nextDue ? 'past --until' : 'its schedule has no further slot'}`);
        continue;
      }
      if (new Date(watch.nextDue) > now) continue;
      const next = nextSlot(watch.spec.schedule, new Date(watch.nextDue), now);
      const round = store.claimWatchRound(watch.id, watch.nextDue, next && (!watch.spec.until || next.toISOString() <= watch.spec.until) ? next.toISOString() : null);
      if (round) start(watch, round);
    }
    for (const e of store.dueWatchDeliveries(now.toISOString())) {
      if (deliveries.has(e.id)) continue;
      deliveries.add(e.id);
      void deliverEvent(store, e, o.delivery).finally(() => deliveries.delete(e.id));
    }
  };

  emit(store.unprintedWatchEvents());
  for (const round of store.adoptOrphanRounds()) {
    const watch = store.listWatches().find((w) => w.id === round.watchId);
    if (watch) start(watch, round);
  }
  const ticker = startTicker(() => tick().catch((err: Error) => o.log(`scheduler: ${err.message.split('\n')[0]}`)));
  await new Promise<void>((resolve) => (o.signal.aborted ? resolve() : o.signal.addEventListener('abort', () => resolve(), { once: true })));
  ticker.stop();
  await Promise.all([...rounds.values()]);
}
