// Flag parsing and plain output every command shares, without the store: `extract` and `personas`
// never load the database driver.
import { UsageError } from '../errors.ts';

export function parsePositiveInt(flag: string) {
  return parseCount(flag, 1);
}

/** A whole number of times, at least `min`. */
export function parseCount(flag: string, min = 0) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) {
      throw new UsageError(`${flag} expects a ${min === 1 ? 'positive ' : ''}whole number${min > 1 ? ` of at least ${min}` : ''}, got "${value}"`);
    }
    return n;
  };
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Logs go to stderr so stdout stays machine-readable. */
export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/**
 * An abort signal raised by the first SIGINT or SIGTERM, saying `message` on stderr; `release()`
 * takes the handlers off again once the work is over.
 */
export function abortOnSignals(message: string): { signal: AbortSignal; release(): void } {
  const controller = new AbortController();
  const onSignal = () => {
    log(message);
    controller.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    release: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
