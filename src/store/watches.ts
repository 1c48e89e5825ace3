// The watch tables (issue 29): one row per watch with its spec and the state its comparison keeps,
// one per round (a crawl job, claimed by the pid that runs it so that no round runs twice and a
// round whose process died is picked up once), the events raised and every webhook delivery.
import { UsageError } from '../errors.ts';
import type { Watch, WatchEvent, WatchRound, WatchSpec, WatchStatus } from '../model.ts';
import { json, parseJson, type Connection, type Row } from './connection.ts';
import { newId, processAlive } from './jobs.ts';

export interface WatchSummaryRow extends Watch {
  rounds: number;
  events: number;
  lastRound: string | null;
}

export interface StoredWatchEvent {
  id: number;
  watchId: string;
  event: WatchEvent;
  deliveredAt: string | null;
  attempts: number;
}

export interface WatchDelivery {
  eventId: number;
  attempt: number;
  at: string;
  url: string;
  status: number | null;
  error: string | null;
  durationMs: number;
}

const toWatch = (r: Row): Watch => ({
  id: r.id as string,
  name: r.name as string,
  createdAt: r.created_at as string,
  status: r.status as WatchStatus,
  spec: parseJson<WatchSpec>(r.spec as string, {} as WatchSpec),
  nextDue: (r.next_due as string | null) ?? null,
});

const toRound = (r: Row): WatchRound => ({
  id: r.id as string,
  watchId: r.watch_id as string,
  seq: r.seq as number,
  jobId: (r.job_id as string | null) ?? null,
  dueAt: r.due_at as string,
  startedAt: r.started_at as string,
  finishedAt: (r.finished_at as string | null) ?? null,
  status: r.status as WatchRound['status'],
  verdict: (r.verdict as string | null) ?? null,
});

const toEvent = (r: Row): StoredWatchEvent => ({
  id: r.id as number,
  watchId: r.watch_id as string,
  event: JSON.parse(r.body as string) as WatchEvent,
  deliveredAt: (r.delivered_at as string | null) ?? null,
  attempts: r.attempts as number,
});

export class WatchesRoom {
  private readonly present: boolean;

  constructor(private readonly conn: Connection) {
    this.present = conn.readonly ? this.tableExists() : true;
  }

  private tableExists(): boolean {
    return this.conn.stmt("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'watches'").get() !== undefined;
  }

  create(name: string, spec: WatchSpec, nextDue: string): Watch {
    const watch: Watch = { id: newId('w-'), name, createdAt: new Date().toISOString(), status: 'active', spec, nextDue };
    try {
      this.conn.tx(() =>
        this.conn
          .stmt('INSERT INTO watches (id, name, created_at, status, spec, next_due) VALUES (?, ?, ?, ?, ?, ?)')
          .run(watch.id, name, watch.createdAt, watch.status, json(spec), nextDue),
      );
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new UsageError(`a watch named "${name}" already exists`, { cause: err });
      throw err;
    }
    return watch;
  }

  find(idOrName: string): Watch | null {
    if (!this.present) return null;
    const r = this.conn.stmt('SELECT * FROM watches WHERE id = ? OR name = ?').get(idOrName, idOrName) as Row | undefined;
    return r ? toWatch(r) : null;
  }

  list(): WatchSummaryRow[] {
    if (!this.present) return [];
    const rows = this.conn
      .stmt(
        `SELECT w.*,
          (SELECT count(*) FROM watch_rounds r WHERE r.watch_id = w.id) AS n_rounds,
          (SELECT count(*) FROM watch_events e WHERE e.watch_id = w.id) AS n_events,
          (SELECT max(started_at) FROM watch_rounds r WHERE r.watch_id = w.id) AS last_round
         FROM watches w ORDER BY w.created_at`,
      )
      .all() as Row[];
    return rows.map((r) => ({ ...toWatch(r), rounds: r.n_rounds as number, events: r.n_events as number, lastRound: (r.last_round as string | null) ?? null }));
  }

  setStatus(id: string, status: WatchStatus): void {
    this.conn.tx(() => this.conn.stmt('UPDATE watches SET status = ? WHERE id = ?').run(status, id));
  }

  setNextDue(id: string, nextDue: string | null): void {
    this.conn.tx(() => this.conn.stmt('UPDATE watches SET next_due = ? WHERE id = ?').run(nextDue, id));
  }

  /** Removes the watch, its rounds' rows and its events; the rounds' crawl jobs stay (they are traces). */
  remove(id: string): void {
    this.conn.tx(() => {
      this.conn.stmt('DELETE FROM watch_deliveries WHERE event_id IN (SELECT id FROM watch_events WHERE watch_id = ?)').run(id);
      this.conn.stmt('DELETE FROM watch_events WHERE watch_id = ?').run(id);
      this.conn.stmt('DELETE FROM watch_rounds WHERE watch_id = ?').run(id);
      this.conn.stmt('DELETE FROM watches WHERE id = ?').run(id);
    });
  }

  state(id: string): unknown {
    const r = this.conn.stmt('SELECT state FROM watches WHERE id = ?').get(id) as Row | undefined;
    return parseJson(r?.state as string | undefined, {});
  }

  /**
   * Claims the next round of a watch for this process, and moves its due time on, in one
   * transaction; null when a round of the watch is still running in a live process (never twice).
   */
  claimRound(watchId: string, dueAt: string, nextDue: string | null): WatchRound | null {
    return this.conn.tx(() => {
      // Another scheduler on the same file may have taken this slot since the caller read the watch.
      const w = this.conn.stmt('SELECT status, next_due FROM watches WHERE id = ?').get(watchId) as Row | undefined;
      if (!w || w.status !== 'active' || w.next_due !== dueAt) return null;
      if (this.conn.stmt("SELECT 1 FROM watch_rounds WHERE watch_id = ? AND status = 'running'").get(watchId)) return null;
      const seq = ((this.conn.stmt('SELECT max(seq) AS s FROM watch_rounds WHERE watch_id = ?').get(watchId) as Row).s as number | null) ?? 0;
      const round: WatchRound = {
        id: newId('r-'),
        watchId,
        seq: seq + 1,
        jobId: null,
        dueAt,
        startedAt: new Date().toISOString(),
        finishedAt: null,
        status: 'running',
        verdict: null,
      };
      this.conn
        .stmt("INSERT INTO watch_rounds (id, watch_id, seq, job_id, due_at, started_at, status, pid) VALUES (?, ?, ?, NULL, ?, ?, 'running', ?)")
        .run(round.id, watchId, round.seq, dueAt, round.startedAt, process.pid);
      this.conn.stmt('UPDATE watches SET next_due = ? WHERE id = ?').run(nextDue, watchId);
      return round;
    });
  }

  /**
   * Rounds left running by a process that died (kill -9), taken over by this one: each is
   * returned to exactly one caller, which finishes it.
   */
  adoptOrphanRounds(): WatchRound[] {
    return this.conn.tx(() => {
      const rows = this.conn.stmt("SELECT * FROM watch_rounds WHERE status = 'running'").all() as Row[];
      const dead = rows.filter((r) => r.pid !== process.pid && (r.pid == null || !processAlive(r.pid as number)));
      for (const r of dead) this.conn.stmt('UPDATE watch_rounds SET pid = ? WHERE id = ?').run(process.pid, r.id);
      return dead.map(toRound);
    });
  }

  setRoundJob(roundId: string, jobId: string): void {
    this.conn.tx(() => this.conn.stmt('UPDATE watch_rounds SET job_id = ? WHERE id = ?').run(jobId, roundId));
  }

  /** The round's verdict, the watch's new comparison state and status, and its events, in one transaction. */
  finishRound(round: WatchRound, verdict: string, state: unknown, events: WatchEvent[], opts: { webhook: boolean; status?: WatchStatus }): StoredWatchEvent[] {
    return this.conn.tx(() => {
      const now = new Date().toISOString();
      this.conn.stmt("UPDATE watch_rounds SET status = 'done', finished_at = ?, verdict = ?, pid = NULL WHERE id = ?").run(now, verdict, round.id);
      this.conn.stmt('UPDATE watches SET state = ? WHERE id = ?').run(json(state), round.watchId);
      if (opts.status) this.conn.stmt('UPDATE watches SET status = ? WHERE id = ?').run(opts.status, round.watchId);
      const insert = this.conn.stmt('INSERT INTO watch_events (watch_id, round_id, body, next_attempt_at) VALUES (?, ?, ?, ?)');
      return events.map((event) => {
        const id = Number(insert.run(round.watchId, round.id, json(event), opts.webhook ? now : null).lastInsertRowid);
        return { id, watchId: round.watchId, event, deliveredAt: null, attempts: 0 };
      });
    });
  }

  rounds(watchId: string): WatchRound[] {
    if (!this.present) return [];
    return (this.conn.stmt('SELECT * FROM watch_rounds WHERE watch_id = ? ORDER BY seq').all(watchId) as Row[]).map(toRound);
  }

  events(watchId: string): StoredWatchEvent[] {
    if (!this.present) return [];
    return (this.conn.stmt('SELECT * FROM watch_events WHERE watch_id = ? ORDER BY id').all(watchId) as Row[]).map(toEvent);
  }

  /** Events not yet written out by a scheduler (it died between storing and printing them). */
  unprintedEvents(): StoredWatchEvent[] {
    return (this.conn.stmt('SELECT * FROM watch_events WHERE printed = 0 ORDER BY id').all() as Row[]).map(toEvent);
  }

  markPrinted(ids: number[]): void {
    this.conn.tx(() => {
      for (const id of ids) this.conn.stmt('UPDATE watch_events SET printed = 1 WHERE id = ?').run(id);
    });
  }

  /** Events owed a webhook delivery whose next attempt is due. */
  dueDeliveries(now: string): StoredWatchEvent[] {
    return (
      this.conn.stmt('SELECT * FROM watch_events WHERE delivered_at IS NULL AND next_attempt_at IS NOT NULL AND next_attempt_at <= ? ORDER BY id').all(now) as Row[]
    ).map(toEvent);
  }

  /** Records one delivery attempt; a failed one sets when to try again. */
  recordDelivery(d: WatchDelivery, nextAttemptAt: string | null): void {
    this.conn.tx(() => {
      this.conn
        .stmt('INSERT INTO watch_deliveries (event_id, attempt, at, url, status, error, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(d.eventId, d.attempt, d.at, d.url, d.status, d.error, d.durationMs);
      const delivered = nextAttemptAt === null;
      this.conn
        .stmt('UPDATE watch_events SET attempts = ?, delivered_at = ?, next_attempt_at = ? WHERE id = ?')
        .run(d.attempt, delivered ? d.at : null, nextAttemptAt, d.eventId);
    });
  }

  deliveries(eventId: number): WatchDelivery[] {
    return (this.conn.stmt('SELECT * FROM watch_deliveries WHERE event_id = ? ORDER BY attempt').all(eventId) as Row[]).map((r) => ({
      eventId: r.event_id as number,
      attempt: r.attempt as number,
      at: r.at as string,
      url: r.url as string,
      status: (r.status as number | null) ?? null,
      error: (r.error as string | null) ?? null,
      durationMs: r.duration_ms as number,
    }));
  }
}
