// Webhook deliveries of stored events: each attempt recorded; a failed one is tried again after a
// backoff that doubles from `baseMs` up to `capMs`, for as long as the scheduler runs (and after a
// restart: what is owed is in the store), so a receiver that was down gets every event once back.
import { postSigned } from '../net/webhook.ts';
import type { StoredWatchEvent, TraceStore } from '../store/store.ts';

export interface DeliveryOptions {
  timeoutMs: number;
  baseMs: number;
  capMs: number;
  /** The secret of a watch's webhook, from the environment variable it names. */
  secret(envVar: string): string | undefined;
}

export const DEFAULT_DELIVERY: Omit<DeliveryOptions, 'secret'> = { timeoutMs: 10_000, baseMs: 1_000, capMs: 60_000 };

export function backoffMs(attempt: number, o: Pick<DeliveryOptions, 'baseMs' | 'capMs'>): number {
  return Math.min(o.capMs, o.baseMs * 2 ** Math.max(0, attempt - 1));
}

/** One attempt at one event; the outcome is recorded whatever it is. */
export async function deliverEvent(store: TraceStore, e: StoredWatchEvent, o: DeliveryOptions): Promise<void> {
  const webhook = store.findWatch(e.watchId)?.spec.webhook;
  if (!webhook) return;
  const attempt = e.attempts + 1;
  const at = new Date();
  const secret = o.secret(webhook.secretEnv);
  const result = secret
    ? await postSigned(webhook.url, JSON.stringify(e.event), secret, o.timeoutMs)
    : { status: null, error: `no secret: environment variable ${webhook.secretEnv} is not set`, durationMs: 0 };
  const next = result.error ? new Date(Date.now() + backoffMs(attempt, o)).toISOString() : null;
  store.recordWatchDelivery({ eventId: e.id, attempt, at: at.toISOString(), url: webhook.url, status: result.status, error: result.error, durationMs: result.durationMs }, next);
}
