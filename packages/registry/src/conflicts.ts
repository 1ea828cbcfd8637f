import { setTimeout as sleep } from 'node:timers/promises';
import { RegistryError } from './errors.js';

export interface RetryOptions {
  /** Attempts before giving up (default 8). */
  maxTries?: number;
  /** Waits before attempt `attempt + 1` (default: a growing delay with jitter). */
  wait?: (attempt: number) => Promise<void>;
  /** Told each time another run took the name first. */
  onConflict?: (tag: string, attempt: number) => void;
}

/** One try of a write: done, or the tag another run took first. */
export type Attempt<T> = { done: T } | { taken: string };

/**
 * The registry's one way to write under contention: a push is atomic (the
 * remote refuses a tag name that exists), so a run that loses re-reads the
 * remote and tries again, a bounded number of times, waiting a little longer
 * each time so that racing runs spread out. `tryOnce` reads the remote afresh
 * on each call. `exhausted` describes the failure after `maxTries` losses.
 */
export async function retryOnConflict<T>(
  tryOnce: (attempt: number) => Promise<Attempt<T>>,
  exhausted: (tries: number) => string,
  options: RetryOptions = {},
): Promise<T> {
  const { maxTries = 8, wait = backoff, onConflict } = options;
  for (let attempt = 1; attempt <= maxTries; attempt++) {
    const result = await tryOnce(attempt);
    if ('done' in result) return result.done;
    onConflict?.(result.taken, attempt);
    if (attempt < maxTries) await wait(attempt);
  }
  throw new RegistryError('too-many-conflicts', exhausted(maxTries));
}

/** Waits 100 ms to 3.2 s, growing with the attempt, with full jitter so that racing runs spread out. */
export async function backoff(attempt: number): Promise<void> {
  const ceiling = Math.min(3200, 100 * 2 ** attempt);
  await sleep(50 + Math.random() * ceiling);
}
