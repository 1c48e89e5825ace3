// What every command shares: typed flag parsing, opening the store, failing with one clear line
// and the contract's exit codes (0 done, 1 fatal, 2 bad usage or unreadable input).
import { existsSync } from 'node:fs';
import { StoreError, TraceStore } from '../store/store.ts';
import type { Job } from '../model.ts';

export const DEFAULT_DB = 'crawls/hoptrace.sqlite';

/** An error the user caused: bad flags, unreadable input. Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A fatal error that is not the user's input. Exit code 1. */
export class FatalError extends Error {
  override name = 'FatalError';
}

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

/** Opens the database; reading commands require it to exist already. */
export function openStore(path: string, opts: { mustExist?: boolean } = {}): TraceStore {
  if (opts.mustExist && !existsSync(path)) throw new UsageError(`no database at ${path} (run a crawl first, or pass --db FILE)`);
  try {
    const store = TraceStore.open(path);
    store.markInterrupted();
    return store;
  } catch (err) {
    if (err instanceof StoreError) throw new UsageError(err.message);
    throw err;
  }
}

/** Runs fn on an existing database and closes it whatever happens. */
export async function withStore<T>(path: string, fn: (store: TraceStore) => T | Promise<T>): Promise<T> {
  const store = openStore(path, { mustExist: true });
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

export function requireJob(store: TraceStore, idOrName: string): Job {
  const job = store.findJob(idOrName);
  if (!job) throw new UsageError(`no job "${idOrName}" in this database (see: hoptrace jobs)`);
  return job;
}

export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  return Boolean(stream.isTTY) && !process.env.NO_COLOR;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Logs go to stderr so stdout stays machine-readable. */
export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}
