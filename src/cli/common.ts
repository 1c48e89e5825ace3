// What the commands on a trace database share: opening it for writing or for reading, finding a
// job. Exit codes are decided in exit.ts, error text in views/failure.ts.
import { existsSync } from 'node:fs';
import { InputError, StoreError, UsageError } from '../errors.ts';
import type { Job } from '../model.ts';
import { TraceStore } from '../store/store.ts';

// One import for the commands that open the store (the helpers themselves live without it).
export { UsageError } from '../errors.ts';
export { abortOnSignals, collect, log, parseCount, parsePositiveInt, printJson } from './flags.ts';

export const DEFAULT_DB = 'crawls/hoptrace.sqlite';

/**
 * Opens the database named by --db: for writing (created and migrated, dead jobs marked
 * interrupted) unless `readonly`. A file that cannot be opened as a trace database is unreadable
 * input named on the command line; a busy one stays a StoreError.
 */
export function openStore(path: string, opts: { mustExist?: boolean; readonly?: boolean } = {}): TraceStore {
  if ((opts.mustExist || opts.readonly) && !existsSync(path)) {
    throw new InputError(`no database at ${path} (run a crawl first, or pass --db FILE)`);
  }
  let store: TraceStore;
  try {
    store = TraceStore.open(path, { readonly: opts.readonly });
  } catch (err) {
    if (err instanceof StoreError && (err.kind === 'open' || err.kind === 'schema')) throw new InputError(err.message, { cause: err });
    throw err;
  }
  if (!opts.readonly) store.markInterrupted();
  return store;
}

async function closingAfter<T>(store: TraceStore, fn: (store: TraceStore) => T | Promise<T>): Promise<T> {
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

/** Runs fn on an existing database opened for writing, and closes it whatever happens. */
export function withStore<T>(path: string, fn: (store: TraceStore) => T | Promise<T>): Promise<T> {
  return closingAfter(openStore(path, { mustExist: true }), fn);
}

/** Runs fn on an existing database opened read-only (no migration, no write), and closes it. */
export function withReader<T>(path: string, fn: (store: TraceStore) => T | Promise<T>): Promise<T> {
  return closingAfter(openStore(path, { readonly: true }), fn);
}

export function requireJob(store: TraceStore, idOrName: string): Job {
  const job = store.findJob(idOrName);
  if (!job) throw new UsageError(`no job "${idOrName}" in this database (see: hoptrace jobs)`);
  return job;
}
