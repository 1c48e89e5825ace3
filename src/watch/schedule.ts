// When a watch looks again: `--every 5s|15m|6h|1d` or `--cron EXPR` (croner's syntax, seconds
// allowed). A round's next due time is the first slot after now, so however long the scheduler
// was down, the missed slots come to one round.
import { Cron } from 'croner';
import { UsageError } from '../errors.ts';
import type { WatchSchedule } from '../model.ts';

const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `5s`, `15m`, `6h`, `1d` (whole numbers, one unit) in milliseconds. */
export function parseDuration(flag: string, value: string): number {
  const m = /^(\d{1,9})([smhd])$/.exec(value.trim());
  const ms = m ? Number(m[1]) * UNITS[m[2]!]! : 0;
  if (!m || ms <= 0) throw new UsageError(`${flag} must be a duration like 5s, 15m, 6h or 1d, got "${value}"`);
  return ms;
}

/** A cron expression checked by croner; the error names what is wrong. */
export function parseCron(value: string): string {
  try {
    new Cron(value, { paused: true }).stop();
  } catch (err) {
    throw new UsageError(`--cron "${value}": ${(err as Error).message}`);
  }
  return value;
}

/** The next slot strictly after `now` (on the grid started at `due` for intervals); null when croner finds none. */
export function nextSlot(schedule: WatchSchedule, due: Date, now: Date): Date | null {
  if ('every' in schedule) {
    const steps = Math.floor(Math.max(0, now.getTime() - due.getTime()) / schedule.every) + 1;
    return new Date(due.getTime() + steps * schedule.every);
  }
  const cron = new Cron(schedule.cron, { paused: true });
  const next = cron.nextRun(now);
  cron.stop();
  return next;
}

/** The first round of a new watch: at once for an interval, at the next slot for a cron. */
export function firstDue(schedule: WatchSchedule, now: Date): Date | null {
  return 'every' in schedule ? now : nextSlot(schedule, now, now);
}

/** croner's ticking clock: calls `tick` every second, never two ticks at once. */
export function startTicker(tick: () => Promise<void>): { stop(): void } {
  return new Cron('* * * * * *', { protect: true, catch: false }, tick);
}
