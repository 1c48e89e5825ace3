// The errors hoptrace raises on purpose. The class says what went wrong, so the command line picks
// its exit code from the class (docs/CONTRACT.md: 2 for bad usage or unreadable input, 1 for
// anything fatal) and no code ever matches message text. Every one carries the error that caused
// it (`cause`), which `--debug` prints with its stack.

/** Bad flags or arguments, or a request the database contradicts (a job name already taken). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Input named on the command line that cannot be read or parsed: a file, a rules file, the database. */
export class InputError extends Error {
  override name = 'InputError';
}

/** The network policy refused a destination (SSRF guard, `--mapped-only`, a scheme). */
export class PolicyError extends Error {
  override name = 'PolicyError';
}

/** An error of a class that fails in a few known ways: `kind` says which, so callers switch on it. */
abstract class KindedError<K extends string> extends Error {
  constructor(
    readonly kind: K,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * What went wrong with the trace database: it cannot be opened, was written by a newer hoptrace,
 * another process holds the write lock, or a reader tried to write.
 */
export type StoreErrorKind = 'open' | 'schema' | 'busy' | 'read-only';

export class StoreError extends KindedError<StoreErrorKind> {
  override name = 'StoreError';
}

/**
 * Where a visit's engine failed: the browser would not start, a context could not be made, the
 * navigation failed, the browser crashed, or the visit ran out of time.
 */
export type EngineErrorKind = 'launch' | 'context' | 'navigation' | 'crashed' | 'timeout';

export class EngineError extends KindedError<EngineErrorKind> {
  override name = 'EngineError';
}

/** `err` followed by its causes, outermost first; a cause that repeats ends the chain. */
export function causeChain(err: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e: unknown = err; e !== undefined && !chain.includes(e); e = (e as { cause?: unknown } | null)?.cause) {
    chain.push(e);
  }
  return chain;
}
