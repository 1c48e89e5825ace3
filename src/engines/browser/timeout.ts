// Every wait on a renderer is bounded: one stuck in script (an alert loop, a memory hog) never answers.

/** A bounded wait ran out: callers tell it by its class, never by its text. */
export class WaitTimeout extends Error {
  override name = 'WaitTimeout';
}

/** `p`, or a rejection after `ms`; the timer is cleared either way so it never keeps the process alive. */
export function withTimeout<T>(p: Promise<T>, ms: number, what = 'snapshot'): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<T>((_, reject) => {
    timer = setTimeout(() => reject(new WaitTimeout(`${what} timed out`)), Math.max(0, ms));
  });
  return Promise.race([p, expired]).finally(() => clearTimeout(timer));
}
