// Waiting before connecting again: doubling from 1 s to a minute, with jitter so that many
// watchers cut off by the same outage do not all come back in the same second.
import { setTimeout as delay } from 'node:timers/promises';

/** Resolves after ms, or at once when the signal aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return delay(ms, undefined, { signal }).catch(() => {});
}
export class Backoff {
  private attempt = 0;

  constructor(
    private readonly firstMs = 1_000,
    private readonly maxMs = 60_000,
  ) {}

  next(): number {
    const base = Math.min(this.maxMs, this.firstMs * 2 ** this.attempt++);
    return base / 2 + Math.random() * (base / 2);
  }

  reset(): void {
    this.attempt = 0;
  }

  /** Resolves after ms, or at once when the signal aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void> {
    return pause(ms, signal);
  }
}
